// Colour test images: every byte triple, seeded random colours, and the channel layouts
// (BGR order, a fourth alpha channel) the API accepts besides RGB.
import type { ImageLike } from 'fastclahe';
import { below } from './images.js';

/** A 4096×4096 RGB image holding each of the 2^24 byte triples once, in order. */
export function everyTriple(): ImageLike<Uint8Array> {
  const side = 4096;
  const data = new Uint8Array(side * side * 3);
  for (let i = 0, at = 0; i < side * side; i++, at += 3) {
    data[at] = i >> 16;
    data[at + 1] = (i >> 8) & 255;
    data[at + 2] = i & 255;
  }
  return { data, width: side, height: side };
}

/** A 3-channel image of uniformly random bytes. */
export function randomColours(random: () => number, width: number, height: number): ImageLike<Uint8Array> {
  return { data: Uint8Array.from({ length: width * height * 3 }, () => below(random, 256)), width, height };
}

/** The same pixels with the first and third channel swapped (RGB ↔ BGR), alpha kept. */
export function swapRedBlue<I extends ImageLike>(image: I, channels = 3): I {
  const data = image.data.slice();
  for (let i = 0; i < data.length; i += channels) {
    data[i] = image.data[i + 2];
    data[i + 2] = image.data[i];
  }
  return { ...image, data };
}

/** A 4-channel copy of a 3-channel image with alpha from `alpha(pixel index)`, at the image's depth. */
export function withAlpha<I extends ImageLike<Uint8Array | Uint16Array>>(
  image: I,
  alpha: (pixel: number) => number,
): I {
  const pixels = image.width * image.height;
  const data = image.data instanceof Uint16Array ? new Uint16Array(pixels * 4) : new Uint8Array(pixels * 4);
  for (let p = 0; p < pixels; p++) {
    data.set(image.data.subarray(3 * p, 3 * p + 3), 4 * p);
    data[4 * p + 3] = alpha(p);
  }
  return { ...image, data };
}

/** Channels 0..2 of 4-channel data, and channel 3 separately, at the data's depth. */
export function splitAlpha<T extends Uint8Array | Uint16Array>(data: T): { colour: T; alpha: T } {
  const pixels = data.length / 4;
  const make = (length: number) =>
    (data instanceof Uint16Array ? new Uint16Array(length) : new Uint8Array(length)) as T;
  const colour = make(pixels * 3);
  const alpha = make(pixels);
  for (let p = 0; p < pixels; p++) {
    colour[3 * p] = data[4 * p];
    colour[3 * p + 1] = data[4 * p + 1];
    colour[3 * p + 2] = data[4 * p + 2];
    alpha[p] = data[4 * p + 3];
  }
  return { colour, alpha };
}
