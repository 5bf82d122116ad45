import type { Pixels } from './kernels.js';
import { invalid, readInteger, Worded } from './validate.js';

/** Storage for pixels: 8-bit (`Uint8Array`, `Uint8ClampedArray`) or 16-bit (`Uint16Array`). */
export type PixelArray = Uint8Array | Uint8ClampedArray | Uint16Array;

/**
 * An image: `width`×`height` pixels, row by row, channels interleaved.
 * The channel count is `data.length / (width × height)`. A browser `ImageData` is one.
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
}

const MAX_SIDE = 2 ** 31 - 1;
const ARRAY_TYPES = 'a Uint8Array, Uint8ClampedArray or Uint16Array';

/** Checks that `value` is a single-channel image; `name` is how messages call it. */
export function readGrayImage<D extends PixelArray>(fn: string, value: unknown, name = 'image'): CheckedImage<D> {
  if (typeof value !== 'object' || value === null) {
    invalid(TypeError, fn, name, 'an image object { data, width, height }', value);
  }
  const { data, width, height } = value as Record<string, unknown>;
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray || data instanceof Uint16Array)) {
    invalid(TypeError, fn, `${name}.data`, ARRAY_TYPES, data);
  }
  readInteger(fn, `${name}.width`, width, 0, MAX_SIDE);
  readInteger(fn, `${name}.height`, height, 0, MAX_SIDE);
  const pixels = (width as number) * (height as number);
  if (data.length !== pixels) {
    const channels = data.length / pixels;
    const colour = channels === 3 || channels === 4 ? ` (${channels} channels: colour images are not supported yet)` : '';
    invalid(RangeError, fn, `${name}.data.length`, `width × height = ${pixels} (one channel)`, new Worded(`${data.length}${colour}`));
  }
  return { image: value as ImageLike<D>, values: asPixels(data), width: width as number, height: height as number, pixels };
}

/**
 * The destination for a result: `value` checked to have `source`'s shape and pixel depth, or a
 * new image of the same shape and array type when `value` is undefined.
 */
export function readOutput<D extends PixelArray>(fn: string, value: unknown, source: CheckedImage<D>): CheckedImage<D> {
  if (value === undefined) {
    // By family, not constructor: a Node Buffer input gets a Uint8Array, not a Buffer.
    const input = source.image.data;
    const data = (input instanceof Uint16Array ? new Uint16Array(source.pixels)
      : input instanceof Uint8ClampedArray ? new Uint8ClampedArray(source.pixels) : new Uint8Array(source.pixels)) as D;
    const image = { data, width: source.width, height: source.height };
    return { image, values: asPixels(data), width: source.width, height: source.height, pixels: source.pixels };
  }
  const output = readGrayImage<D>(fn, value, 'options.output');
  if (output.width !== source.width || output.height !== source.height) {
    invalid(RangeError, fn, 'options.output', `an image of the input's size ${source.width}×${source.height}`,
      new Worded(`an image of size ${output.width}×${output.height}`));
  }
  if ((output.values instanceof Uint16Array) !== (source.values instanceof Uint16Array)) {
    invalid(TypeError, fn, 'options.output.data', source.values instanceof Uint16Array
      ? 'a Uint16Array, like the input' : 'a Uint8Array or Uint8ClampedArray, like the input', output.image.data);
  }
  return output;
}

/** The same memory as the kernels take it: 8-bit data as a Uint8Array. */
export function asPixels(data: PixelArray): Pixels {
  return data instanceof Uint8ClampedArray ? new Uint8Array(data.buffer, data.byteOffset, data.length) : data;
}
