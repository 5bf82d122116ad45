import type { Pixels } from './kernels.js';
import { invalid, readInteger, Worded } from './validate.js';

/** Storage for pixels: 8-bit (`Uint8Array`, `Uint8ClampedArray`) or 16-bit (`Uint16Array`). */
export type PixelArray = Uint8Array | Uint8ClampedArray | Uint16Array;

/** 8-bit storage, what OpenCV's HSV and Lab conversions take. */
export type BytePixelArray = Uint8Array | Uint8ClampedArray;

/**
 * An image: `width`×`height` pixels, row by row, channels interleaved. The channel count is
 * `data.length / (width × height)`: 1 (gray), 3 (RGB) or 4 (RGBA). A browser `ImageData` is one.
 */
export interface ImageLike<D extends PixelArray = PixelArray> {
  data: D;
  width: number;
  height: number;
}

/** An image that passed the checks, with its pixels as the kernels take them. */
export interface CheckedImage<D extends PixelArray = PixelArray> {
  image: ImageLike<D>;
  /** The same memory: a Uint8ClampedArray is viewed as a Uint8Array. */
  values: Pixels;
  width: number;
  height: number;
  /** width × height */
  pixels: number;
  /** 1, 3 or 4; an image without pixels counts as 1. */
  channels: number;
}

const MAX_SIDE = 2 ** 31 - 1;
const CHANNEL_COUNTS = [1, 3, 4];

/** Checks that `value` is an image with 1, 3 or 4 channels; `name` is how messages call it. */
export function readImage<D extends PixelArray>(fn: string, value: unknown, name = 'image'): CheckedImage<D> {
  if (typeof value !== 'object' || value === null) {
    invalid(TypeError, fn, name, 'an image object { data, width, height }', value);
  }
  const { data, width, height } = value as Record<string, unknown>;
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray || data instanceof Uint16Array)) {
    invalid(TypeError, fn, `${name}.data`, 'a Uint8Array, Uint8ClampedArray or Uint16Array', data);
  }
  readInteger(fn, `${name}.width`, width, 0, MAX_SIDE);
  readInteger(fn, `${name}.height`, height, 0, MAX_SIDE);
  const pixels = (width as number) * (height as number);
  const channels = pixels === 0 ? (data.length === 0 ? 1 : 0) : data.length / pixels;
  if (!CHANNEL_COUNTS.includes(channels)) {
    const expected = pixels === 0
      ? 'an empty array, as width × height is 0'
      : `width × height × 1, 3 or 4 channels = ${CHANNEL_COUNTS.map((count) => count * pixels).join(', ').replace(/, (?=\d+$)/, ' or ')}`;
    invalid(RangeError, fn, `${name}.data.length`, expected, data.length);
  }
  return { image: value as ImageLike<D>, values: asPixels(data), width: width as number, height: height as number, pixels, channels };
}

/**
 * The destination for a result: `value` checked to have `source`'s size, channel count and
 * depth, or a new image of the same shape and array type when `value` is undefined (a browser
 * `ImageData` when `source` is one, ready for putImageData).
 */
export function readOutput<D extends PixelArray>(fn: string, value: unknown, source: CheckedImage<D>): CheckedImage<D> {
  if (value === undefined) {
    const { width, height, pixels, channels } = source;
    const input = source.image.data;
    // By family, not constructor: a Node Buffer input gets a Uint8Array, not a Buffer.
    const data = (input instanceof Uint16Array ? new Uint16Array(input.length)
      : input instanceof Uint8ClampedArray ? new Uint8ClampedArray(input.length) : new Uint8Array(input.length)) as D;
    const image = isImageData(source.image)
      ? (new ImageData(data as Uint8ClampedArray<ArrayBuffer>, width, height) as unknown as ImageLike<D>)
      : { data, width, height };
    return { image, values: asPixels(data), width, height, pixels, channels };
  }
  const output = readImage<D>(fn, value, 'options.output');
  if (output.width !== source.width || output.height !== source.height || output.channels !== source.channels) {
    invalid(RangeError, fn, 'options.output', `an image of the input's shape, ${shape(source)}`, new Worded(`an image of shape ${shape(output)}`));
  }
  if ((output.values instanceof Uint16Array) !== (source.values instanceof Uint16Array)) {
    invalid(TypeError, fn, 'options.output.data', source.values instanceof Uint16Array
      ? 'a Uint16Array, like the input' : 'a Uint8Array or Uint8ClampedArray, like the input', output.image.data);
  }
  return output;
}

function shape({ width, height, channels }: CheckedImage): string {
  return `${width}×${height} × ${channels} channel${channels === 1 ? '' : 's'}`;
}

function isImageData(image: unknown): boolean {
  return typeof ImageData !== 'undefined' && image instanceof ImageData;
}

/** The same memory as the kernels take it: 8-bit data as a Uint8Array. */
export function asPixels(data: PixelArray): Pixels {
  return data instanceof Uint8ClampedArray ? new Uint8Array(data.buffer, data.byteOffset, data.length) : data;
}
