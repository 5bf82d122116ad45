// Pixels between the browser's RGBA and fastclahe's single-channel images.
import type { ImageLike } from 'fastclahe';
import { B_TO_Y, G_TO_Y, HALF, R_TO_Y, SHIFT } from '../assembly/bt601.js';

export type Gray = ImageLike<Uint8Array>;

/**
 * Decodes a picture file to RGBA exactly as stored: no colour-profile conversion, as OpenCV's
 * imread, so a gray PNG comes back with R = G = B = its levels.
 */
export async function decode(file: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(file, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * OpenCV's 8-bit `cvtColor(RGB2GRAY)`: Y = (4899 R + 9617 G + 1868 B + 8192) >> 14, the
 * fixed-point 0.299 / 0.587 / 0.114 weights. The weights sum to 2^14, so gray pictures keep
 * their levels exactly.
 */
export function luma(picture: ImageData): Gray {
  const rgba = picture.data;
  const data = new Uint8Array(picture.width * picture.height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    data[i] = (R_TO_Y * rgba[j]! + G_TO_Y * rgba[j + 1]! + B_TO_Y * rgba[j + 2]! + HALF) >> SHIFT;
  }
  return { data, width: picture.width, height: picture.height };
}

/** Writes `gray` into `target` as opaque RGBA with R = G = B. */
export function grayToRgba(gray: Gray, target: ImageData): void {
  // One 32-bit store per pixel; every browser is little-endian, so the bytes land as R, G, B, A.
  const words = new Uint32Array(target.data.buffer, target.data.byteOffset, gray.data.length);
  const levels = gray.data;
  for (let i = 0; i < levels.length; i++) words[i] = 0xff000000 | (levels[i]! * 0x010101);
}
