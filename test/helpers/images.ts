// Test images: committed photographs (test/images, see SOURCES.md) and seeded synthetic ones.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { ImageLike } from 'fastclahe';

export const GRAY_PHOTOS = ['camera.png', 'cell.png', 'clock_motion.png', 'retina-gray.png', 'hubble-gray.png'];
export const COLOUR_PHOTOS = ['astronaut.png', 'coffee.png', 'chelsea.png', 'retina.png'];

/** A grayscale PNG from test/images as a single-channel image. */
export function readGrayPhoto(name: string): ImageLike<Uint8Array> {
  return readPhoto(name, 1);
}

/** A colour PNG from test/images as RGB (3 channels) or RGBA (4; these photographs are opaque). */
export function readColourPhoto(name: string, channels: 3 | 4 = 3): ImageLike<Uint8Array> {
  return readPhoto(name, channels);
}

/** The first `channels` channels of each pixel of a PNG (pngjs decodes to RGBA). */
function readPhoto(name: string, channels: number): ImageLike<Uint8Array> {
  const png = PNG.sync.read(readFileSync(new URL(`../images/${name}`, import.meta.url)));
  const pixels = png.width * png.height;
  const data = new Uint8Array(pixels * channels);
  for (let i = 0; i < pixels; i++) for (let k = 0; k < channels; k++) data[i * channels + k] = png.data[i * 4 + k];
  return { data, width: png.width, height: png.height };
}

export const PHOTOS_16BIT = ['ct-16bit.png', 'mr-16bit.png'];

/** A 16-bit grayscale PNG from test/images as a single-channel Uint16Array image. */
export function readPhoto16(name: string): ImageLike<Uint16Array> {
  const png = PNG.sync.read(readFileSync(new URL(`../images/${name}`, import.meta.url)), { skipRescale: true });
  const data = new Uint16Array(png.width * png.height);
  for (let i = 0; i < data.length; i++) data[i] = png.data[i * 4];
  return { data, width: png.width, height: png.height };
}

/**
 * A colour photograph widened to 16-bit RGB: each byte in the high half, the low half filled by
 * a fixed hash, so that the content is real and every bit varies (no redistributable 16-bit
 * colour photograph was at hand). scripts/make-native-reference.py widens them the same way.
 */
export function readWidenedPhoto(name: string): ImageLike<Uint16Array> {
  const photo = readColourPhoto(name);
  const data = Uint16Array.from(photo.data, (value, i) => (value << 8) | (Math.imul(i, 2654435761) >>> 24));
  return { data, width: photo.width, height: photo.height };
}

/** Mulberry32: a small, well-mixed seeded generator; returns floats in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function below(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** `state = (state · 1103515245 + 12345) mod 2^31`, the generator scripts/make-native-reference.py uses. */
export class Lcg {
  constructor(private state: number) {}
  below(n: number): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) & 0x7fffffff;
    return (this.state >> 8) % n;
  }
}
