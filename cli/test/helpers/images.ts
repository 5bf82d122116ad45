// Test images written and read with pngjs — independently of sharp, which the CLI uses — so a
// decode or encode mistake in the CLI cannot hide behind the same mistake in the test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PNG } from 'pngjs';

export interface TestImage {
  data: Uint8Array | Uint16Array;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  bitDepth: 8 | 16;
}

const COLOR_TYPE = { 1: 0, 2: 4, 3: 2, 4: 6 } as const;

/** A seeded image with structure (gradients, a bright blob, noise) so that CLAHE changes it. */
export function syntheticImage(
  width: number,
  height: number,
  channels: TestImage['channels'],
  bitDepth: 8 | 16,
  seed = 1,
): TestImage {
  const max = bitDepth === 16 ? 65535 : 255;
  const data = bitDepth === 16 ? new Uint16Array(width * height * channels) : new Uint8Array(width * height * channels);
  let state = seed >>> 0;
  const noise = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16) / 65536;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const blob = Math.exp(-((x - width * 0.3) ** 2 + (y - height * 0.6) ** 2) / (0.05 * width * height));
      for (let c = 0; c < channels; c++) {
        const alpha = (channels === 2 && c === 1) || (channels === 4 && c === 3);
        const base = alpha
          ? 0.5 + 0.5 * Math.sin(x / 7)
          : 0.25 + 0.2 * (x / width) + 0.1 * c * (y / height) + 0.4 * blob + 0.05 * noise();
        data[(y * width + x) * channels + c] = Math.min(max, Math.round(base * max * 0.6));
      }
    }
  }
  return { data, width, height, channels, bitDepth };
}

export function writePng(path: string, image: TestImage): void {
  const colorType = COLOR_TYPE[image.channels];
  const png = new PNG({
    width: image.width,
    height: image.height,
    bitDepth: image.bitDepth,
    colorType,
    inputColorType: colorType,
    inputHasAlpha: image.channels % 2 === 0,
  });
  png.data = image.data as unknown as Buffer;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    PNG.sync.write(png, {
      bitDepth: image.bitDepth,
      colorType,
      inputColorType: colorType,
      inputHasAlpha: image.channels % 2 === 0,
    }),
  );
}

/** Reads a PNG, keeping `channels` channels of pngjs's RGBA and the file's bit depth. */
export function readPng(path: string, channels: TestImage['channels']): TestImage {
  const png = PNG.sync.read(readFileSync(path), { skipRescale: true });
  const bitDepth = png.depth === 16 ? 16 : 8;
  const count = png.width * png.height;
  const data = bitDepth === 16 ? new Uint16Array(count * channels) : new Uint8Array(count * channels);
  const pick = channels === 2 ? [0, 3] : [0, 1, 2, 3].slice(0, channels);
  for (let i = 0; i < count; i++)
    for (let k = 0; k < channels; k++) data[i * channels + k] = png.data[i * 4 + pick[k]!]!;
  return { data, width: png.width, height: png.height, channels, bitDepth };
}
