// The playground with 16-bit PNGs: their 16 bits reach the library (not the browser's 8), the
// chosen bitDepth and display window are applied, and the downloaded result is a 16-bit PNG
// whose samples are exactly the library's own 16-bit CLAHE (or equalizeHist) of the file's.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as twin from 'fastclahe/js';
import { sameBytes } from '../helpers/bytes.js';
import { readPhoto16, readWidenedPhoto } from '../helpers/images.js';
import {
  paintedLevels,
  paintedRgba,
  repaintAfter,
  SCREENSHOTS,
  startPlayground,
  type Playground,
} from './helpers/playground.js';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await playground?.close();
});

interface Downloaded {
  name: string;
  depth: number;
  colorType: number;
  /** Samples as stored, channels interleaved (pngjs's RGBA cut back to the file's channels). */
  data: Uint16Array;
}

/** Clicks "Download result (PNG)" and reads the file the browser saves. */
async function download(page: Page, channels: number): Promise<Downloaded> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const bytes = readFileSync((await saved.path())!);
  const png = PNG.sync.read(bytes, { skipRescale: true });
  const pixels = png.width * png.height;
  const data = new Uint16Array(pixels * channels);
  for (let i = 0; i < pixels; i++) for (let k = 0; k < channels; k++) data[i * channels + k] = png.data[i * 4 + k]!;
  return { name: saved.suggestedFilename(), depth: png.depth, colorType: png.colorType, data };
}

/** The display window as the page should paint it: low → 0, high → 255, linear, rounded. */
function windowed(data: Uint16Array, low: number, high: number): Uint8Array {
  return Uint8Array.from(data, (level) =>
    Math.round(((Math.min(Math.max(level, low), high) - low) * 255) / (high - low)),
  );
}

/** Moves a range input to `value` as a drag would: the value changes, then an input event. */
async function slide(page: Page, id: string, value: number): Promise<void> {
  await page.$eval(
    `#${id}`,
    (input, to) => {
      (input as HTMLInputElement).value = String(to);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** A 16-bit RGB PNG written by pngjs, and its samples as pngjs reads them back. */
function rgb16Png(): { file: Buffer; image: { data: Uint16Array; width: number; height: number } } {
  const { data, width, height } = readWidenedPhoto('coffee.png');
  const png = new PNG({ width, height, bitDepth: 16, colorType: 2, inputColorType: 6 });
  const rgba = new Uint16Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([data[3 * i]!, data[3 * i + 1]!, data[3 * i + 2]!, 65535], 4 * i);
  png.data = rgba as unknown as Buffer; // pngjs takes 16-bit input as one array element per sample
  const file = PNG.sync.write(png, { bitDepth: 16, colorType: 2, inputColorType: 6 });
  const back = PNG.sync.read(file, { skipRescale: true });
  const samples = new Uint16Array(width * height * 3);
  for (let i = 0; i < width * height; i++) for (let k = 0; k < 3; k++) samples[3 * i + k] = back.data[4 * i + k]!;
  return { file, image: { data: samples, width, height } };
}

describe('playground with 16-bit PNGs', () => {
  it('runs the 16-bit CLAHE on a CT slice with the chosen bitDepth and display window', async () => {
    const { page, problems } = await playground.open();
    const slice = readPhoto16('ct-16bit.png'); // 12 significant bits: levels up to 2191
    await repaintAfter(page, () => page.selectOption('#sample', { label: 'CT slice (16-bit, 12 bits used)' }));
    expect(await page.textContent('#beforeInfo')).toBe(
      'CT slice (16-bit, 12 bits used), 128×128, 16-bit, levels up to 2191',
    );
    expect(await page.$$eval('#bitDepth option', (options) => options.map((option) => option.textContent))).toEqual([
      '12',
      '14',
      '16',
    ]);
    expect(await page.inputValue('#bitDepth')).toBe('12');
    expect(await page.textContent('#call')).toBe('clahe(gray16, { bitDepth: 12, clipLimit: 2, tileGridSize: [8, 8] })');
    const expected12 = twin.clahe(slice, { bitDepth: 12 }).data;
    expect(sameBytes(await paintedLevels(page, 'beforeImage'), windowed(slice.data, 0, 4095))).toBe('');
    expect(sameBytes(await paintedLevels(page, 'afterImage'), windowed(expected12, 0, 4095))).toBe('');
    const saved = await download(page, 1);
    expect([saved.name, saved.depth, saved.colorType]).toEqual(['CT-slice-16-bit-12-bits-used-clahe.png', 16, 0]);
    expect(sameBytes(saved.data, expected12)).toBe('');

    // The display window changes what is shown, not what is computed.
    await repaintAfter(page, () => slide(page, 'windowHigh', 2191));
    await repaintAfter(page, () => slide(page, 'windowLow', 800));
    expect(sameBytes(await paintedLevels(page, 'beforeImage'), windowed(slice.data, 800, 2191))).toBe('');
    expect(sameBytes(await paintedLevels(page, 'afterImage'), windowed(expected12, 800, 2191))).toBe('');
    expect(sameBytes((await download(page, 1)).data, expected12)).toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'ct-16bit.png') });

    // bitDepth 16 is OpenCV's own CV_16U CLAHE, 65536 bins; the window resets to the full range.
    await repaintAfter(page, () => page.selectOption('#bitDepth', '16'));
    expect([await page.inputValue('#windowLow'), await page.inputValue('#windowHigh')]).toEqual(['0', '65535']);
    await repaintAfter(page, () => page.fill('#clipLimit', '8'));
    expect(await page.textContent('#call')).toBe('clahe(gray16, { bitDepth: 16, clipLimit: 8, tileGridSize: [8, 8] })');
    expect(sameBytes((await download(page, 1)).data, twin.clahe(slice, { bitDepth: 16, clipLimit: 8 }).data)).toBe('');

    await repaintAfter(page, () => page.click('label:has(input[value="equalizeHist"])'));
    expect(await page.textContent('#call')).toBe('equalizeHist(gray16, { bitDepth: 16 })');
    const equalized = await download(page, 1);
    expect(equalized.name).toBe('CT-slice-16-bit-12-bits-used-equalizeHist.png');
    expect(sameBytes(equalized.data, twin.equalizeHist(slice, { bitDepth: 16 }).data)).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('equalizes a 16-bit RGB PNG on YCrCb Y and downloads 16-bit RGB', async () => {
    const { page, problems } = await playground.open();
    const { file, image } = rgb16Png();
    await repaintAfter(page, () =>
      page.setInputFiles('#file', { name: 'coffee16.png', mimeType: 'image/png', buffer: file }),
    );
    expect(await page.$$eval('#mode option', (options) => options.map((option) => option.textContent))).toEqual([
      'Colour, YCrCb Y only, 16-bit',
    ]);
    expect(await page.inputValue('#bitDepth')).toBe('16');
    expect(await page.textContent('#call')).toBe(
      "clahe(rgb16, { colorSpace: 'ycrcb', bitDepth: 16, clipLimit: 2, tileGridSize: [8, 8] })",
    );
    const expected = twin.clahe(image, { colorSpace: 'ycrcb', bitDepth: 16 }).data;
    const saved = await download(page, 3);
    expect([saved.name, saved.depth, saved.colorType]).toEqual(['coffee16-clahe.png', 16, 2]);
    expect(sameBytes(saved.data, expected)).toBe('');
    const painted = await paintedRgba(page, 'afterImage');
    const red = painted.data.filter((_, i) => i % 4 === 0);
    expect(
      sameBytes(
        red,
        windowed(
          expected.filter((_, i) => i % 3 === 0),
          0,
          65535,
        ),
      ),
    ).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});
