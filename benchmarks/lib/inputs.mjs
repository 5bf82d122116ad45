// The inputs of benchmarks/run.mjs: the retina photograph (test/images) tiled to each size, RGBA
// with opaque alpha; 16-bit gray from the CT slice, 16-bit RGB widened from the photograph.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const image = (name) => new URL(`../../test/images/${name}`, import.meta.url);

export function readPng(name) {
  return PNG.sync.read(readFileSync(image(name)));
}

function photoOfSize(png, width, height, channels) {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = 4 * ((y % png.height) * png.width + (x % png.width));
      for (let c = 0; c < channels; c++) data[(y * width + x) * channels + c] = png.data[from + c];
    }
  }
  return { data, width, height };
}

/** The colour photograph tiled to the requested size as 16-bit RGB: each byte high, a fixed hash low. */
function widenedOfSize(png, width, height) {
  const photo = photoOfSize(png, width, height, 3);
  return {
    ...photo,
    data: Uint16Array.from(photo.data, (value, i) => (value << 8) | (Math.imul(i, 2654435761) >>> 24)),
  };
}

/** The 16-bit CT slice (test/images) tiled to the requested size. */
function ctOfSize(width, height) {
  const png = PNG.sync.read(readFileSync(image('ct-16bit.png')), {
    skipRescale: true,
  });
  const data = new Uint16Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      data[y * width + x] = png.data[4 * ((y % png.height) * png.width + (x % png.width))];
  }
  return { data, width, height };
}

/** Which input a case runs on: gray, rgba, gray16 or rgb16 (the keys of the images built per size). */
export function inputKind({ channels, depth = 8 }) {
  return `${channels === 1 ? 'gray' : channels === 3 ? 'rgb' : 'rgba'}${depth === 16 ? '16' : ''}`;
}

/** Every input of one size, keyed as inputKind names them. */
export function imagesOfSize(gray, colour, width, height) {
  return {
    gray: photoOfSize(gray, width, height, 1),
    rgba: photoOfSize(colour, width, height, 4),
    gray16: ctOfSize(width, height),
    rgb16: widenedOfSize(colour, width, height),
  };
}
