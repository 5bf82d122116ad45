// The 8-bit views every score is computed on. 16-bit samples are reduced to their high byte
// (v >> 8), which is what Pillow does when it opens a 16-bit RGB PNG; gray is Pillow's
// convert('L'): (19595 R + 38470 G + 7471 B + 0x8000) >> 16, alpha ignored.
import type { Pixels } from '../io/decode.js';
import type { Plane } from './pillowResample.js';

/** The image as 8-bit samples, channels unchanged (the same memory when it already is 8-bit). */
export function eightBit(image: Pixels): Plane {
  const { width, height, channels } = image;
  if (image.bitDepth === 8) return { data: image.data as Uint8Array, width, height, channels };
  const source = image.data as Uint16Array;
  const data = new Uint8Array(source.length);
  for (let i = 0; i < source.length; i++) data[i] = source[i]! >> 8;
  return { data, width, height, channels };
}

/** Pillow's convert('L') of an 8-bit plane with 1 to 4 channels. */
export function pillowGray(plane: Plane): Plane {
  const { data, width, height, channels } = plane;
  if (channels === 1) return plane;
  const pixels = width * height;
  const gray = new Uint8Array(pixels);
  if (channels === 2) {
    for (let p = 0; p < pixels; p++) gray[p] = data[p * 2]!;
  } else {
    for (let p = 0, i = 0; p < pixels; p++, i += channels) {
      gray[p] = (data[i]! * 19595 + data[i + 1]! * 38470 + data[i + 2]! * 7471 + 0x8000) >>> 16;
    }
  }
  return { data: gray, width, height, channels: 1 };
}

/** Whether the image has no colour: one gray channel (plus alpha), or R = G = B in every pixel (compared at full depth). */
export function isGrayscale(image: { data: ArrayLike<number>; channels: number }): boolean {
  const { data, channels } = image;
  if (channels <= 2) return true;
  for (let i = 0; i < data.length; i += channels) {
    if (data[i] !== data[i + 1] || data[i] !== data[i + 2]) return false;
  }
  return true;
}
