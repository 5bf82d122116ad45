import { invalid, readInteger, Worded } from './validate.js';

/** Storage for 8-bit pixels. */
export type PixelArray = Uint8Array | Uint8ClampedArray;

/**
 * An image: `width`×`height` pixels, row by row, channels interleaved.
 * The channel count is `data.length / (width × height)`. A browser `ImageData` is one.
 */
export interface ImageLike<D extends PixelArray = PixelArray> {
  data: D;
  width: number;
  height: number;
}

/** An image that passed the checks, with its pixels viewed as plain bytes. */
export interface CheckedImage<D extends PixelArray = PixelArray> {
  image: ImageLike<D>;
  bytes: Uint8Array;
  width: number;
  height: number;
  /** width × height */
  pixels: number;
}

const MAX_SIDE = 2 ** 31 - 1;

/** Checks that `value` is a single-channel 8-bit image; `name` is how messages call it. */
export function readGrayImage<D extends PixelArray>(fn: string, value: unknown, name = 'image'): CheckedImage<D> {
  if (typeof value !== 'object' || value === null) {
    invalid(TypeError, fn, name, 'an image object { data, width, height }', value);
  }
  const { data, width, height } = value as Record<string, unknown>;
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray)) {
    invalid(TypeError, fn, `${name}.data`, 'a Uint8Array or Uint8ClampedArray', data);
  }
  readInteger(fn, `${name}.width`, width, 0, MAX_SIDE);
  readInteger(fn, `${name}.height`, height, 0, MAX_SIDE);
  const pixels = (width as number) * (height as number);
  if (data.length !== pixels) {
    const channels = data.length / pixels;
    const colour = channels === 3 || channels === 4 ? ` (${channels} channels: colour images are not supported yet)` : '';
    invalid(RangeError, fn, `${name}.data.length`, `width × height = ${pixels} (one 8-bit channel)`, new Worded(`${data.length}${colour}`));
  }
  return { image: value as ImageLike<D>, bytes: asBytes(data), width: width as number, height: height as number, pixels };
}

/**
 * The destination for a result: `value` checked to have `source`'s shape, or a new image of
 * the same shape and array type when `value` is undefined.
 */
export function readOutput<D extends PixelArray>(fn: string, value: unknown, source: CheckedImage<D>): CheckedImage<D> {
  if (value === undefined) {
    const data = (source.image.data instanceof Uint8ClampedArray
      ? new Uint8ClampedArray(source.pixels)
      : new Uint8Array(source.pixels)) as D;
    const image = { data, width: source.width, height: source.height };
    return { image, bytes: asBytes(data), width: source.width, height: source.height, pixels: source.pixels };
  }
  const output = readGrayImage<D>(fn, value, 'options.output');
  if (output.width !== source.width || output.height !== source.height) {
    invalid(RangeError, fn, 'options.output', `an image of the input's size ${source.width}×${source.height}`,
      new Worded(`an image of size ${output.width}×${output.height}`));
  }
  return output;
}

/** The same memory as plain bytes. */
export function asBytes(data: PixelArray): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.length);
}
