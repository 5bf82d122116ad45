import type { Pixels } from './kernels.js';
import { field, invalid, isDetached, readInteger, storageOf, typedArrayKind, Worded } from './validate.js';

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

/**
 * The DOM's `ImageData` in programs that have the DOM library, `never` elsewhere: the
 * overloads taking it then match nothing, and declarations compile in Node-only projects.
 */
export type DomImageData = typeof globalThis extends { ImageData: { prototype: infer T } } ? T : never;

/** Options of a call on an `ImageData`: its result is one, so its `output` must be one too. */
export type ImageDataOptions<O extends { output?: unknown }> = Omit<O, 'output'> & {
  output?: DomImageData | undefined;
};

/**
 * The array type of a result: a new array of the input's family (what the functions allocate;
 * a Node `Buffer` input gives a plain `Uint8Array`, so `toString('base64')` is not offered).
 */
export type ResultArray<D extends PixelArray> = D extends Uint16Array
  ? Uint16Array
  : D extends Uint8ClampedArray
    ? Uint8ClampedArray
    : Uint8Array;

/** An image's fields as read, once each, from the caller's object (see `readImageFields`). */
export interface ImageFields {
  image: object;
  data: unknown;
  width: unknown;
  height: unknown;
  /** How messages call it: 'image' or 'options.output'. */
  name: string;
}

/** An image that passed the checks, with its pixels as the kernels take them. */
export interface CheckedImage<D extends PixelArray = PixelArray> {
  /** The caller's object, returned as the result when it is the output. */
  image: ImageLike<D>;
  /** The caller's `data`, as read once, for messages. */
  data: unknown;
  /**
   * A view of our own on the pixels' memory, made once from the engine's own record of the
   * array (buffer, offset, length): the kernels use only this. A Uint8ClampedArray is viewed
   * as a Uint8Array.
   */
  values: Pixels;
  /** 'Uint8Array', 'Uint8ClampedArray' or 'Uint16Array'. */
  kind: PixelKind;
  width: number;
  height: number;
  /** width × height */
  pixels: number;
  /** 1, 3 or 4; an image without pixels counts as 1. */
  channels: number;
}

type PixelKind = 'Uint8Array' | 'Uint8ClampedArray' | 'Uint16Array';

const MAX_SIDE = 2 ** 31 - 1;
const CHANNEL_COUNTS = [1, 3, 4];
const PIXEL_KINDS: readonly string[] = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array'];

/**
 * Reads `data`, `width` and `height` from `value`, once each, through `field` (own properties
 * and class accessors, never Object.prototype). Checks nothing but that `value` is an object:
 * callers read every input first, then check, so no caller code runs between check and use.
 */
export function readImageFields(fn: string, value: unknown, name = 'image'): ImageFields {
  if (typeof value !== 'object' || value === null) {
    invalid(TypeError, fn, name, 'an image object { data, width, height }', value);
  }
  return {
    image: value,
    data: field(value, 'data'),
    width: field(value, 'width'),
    height: field(value, 'height'),
    name,
  };
}

/** Checks fields read by `readImageFields`: an image with 1, 3 or 4 channels. */
export function checkImage<D extends PixelArray>(fn: string, fields: ImageFields): CheckedImage<D> {
  const { data, name } = fields;
  const kind = typedArrayKind(data);
  if (kind === undefined || !PIXEL_KINDS.includes(kind)) {
    invalid(TypeError, fn, `${name}.data`, 'a Uint8Array, Uint8ClampedArray or Uint16Array', data);
  }
  const width = readInteger(fn, `${name}.width`, fields.width, 0, MAX_SIDE);
  const height = readInteger(fn, `${name}.height`, fields.height, 0, MAX_SIDE);
  const values = viewOf(fn, `${name}.data`, data as ArrayBufferView, kind as PixelKind);
  const pixels = width * height;
  const channels = pixels === 0 ? (values.length === 0 ? 1 : 0) : values.length / pixels;
  if (!CHANNEL_COUNTS.includes(channels)) {
    const expected =
      pixels === 0
        ? 'an empty array, as width × height is 0'
        : `width × height × 1, 3 or 4 channels = ${CHANNEL_COUNTS.map((count) => count * pixels)
            .join(', ')
            .replace(/, (?=\d+$)/, ' or ')}`;
    invalid(RangeError, fn, `${name}.data.length`, expected, values.length);
  }
  return {
    image: fields.image as ImageLike<D>,
    data,
    values,
    kind: kind as PixelKind,
    width,
    height,
    pixels,
    channels,
  };
}

/**
 * Our own view of a typed array's memory (of any realm, Node Buffers included), from the
 * engine's record of it: a subclass's `length` getter is never consulted, and a later resize of
 * the buffer cannot change what was checked. A detached buffer is named as such.
 */
export function viewOf(fn: string, name: string, data: ArrayBufferView, kind: PixelKind): Pixels {
  const { buffer, byteOffset, length } = storageOf(data);
  if (isDetached(buffer)) invalid(TypeError, fn, name, 'an array with live memory', data);
  return kind === 'Uint16Array'
    ? new Uint16Array(buffer, byteOffset, length)
    : new Uint8Array(buffer, byteOffset, length);
}

/**
 * The destination for a result: `fields` checked to have `source`'s size, channel count and
 * depth, and not to overlap the input except by being it, or a new image of the same shape
 * and array type when `fields` is undefined (a browser `ImageData` when `source` is one, ready
 * for putImageData).
 */
export function checkOutput<D extends PixelArray>(
  fn: string,
  fields: ImageFields | undefined,
  source: CheckedImage<D>,
): CheckedImage<D> {
  if (fields === undefined) return newOutput(source);
  const output = checkImage<D>(fn, fields);
  if (output.width !== source.width || output.height !== source.height || output.channels !== source.channels) {
    invalid(
      RangeError,
      fn,
      'options.output',
      `an image of the input's shape, ${shape(source)}`,
      new Worded(`an image of shape ${shape(output)}`),
    );
  }
  if ((output.kind === 'Uint16Array') !== (source.kind === 'Uint16Array')) {
    invalid(
      TypeError,
      fn,
      'options.output.data',
      source.kind === 'Uint16Array'
        ? 'a Uint16Array, like the input'
        : 'a Uint8Array or Uint8ClampedArray, like the input',
      output.data,
    );
  }
  const shift = overlap(source.values, output.values);
  if (shift !== 0) {
    invalid(
      RangeError,
      fn,
      'options.output.data',
      "the input's own memory or memory apart from it",
      new Worded(`memory that overlaps the input's, shifted by ${shift} bytes`),
    );
  }
  return output;
}

// Node's Buffer.allocUnsafeSlow gives memory without zeroing it (every kernel writes every byte
// of a result) and never a slice of a shared pool: a 4K RGBA result costs 3.4 ms instead of 8
// allocated and written once. Elsewhere results are ordinary zeroed arrays.
const NodeBuffer = (globalThis as { Buffer?: { allocUnsafeSlow(size: number): Uint8Array } }).Buffer;
const unzeroed = NodeBuffer?.allocUnsafeSlow?.bind(NodeBuffer);

/** A new ArrayBuffer of `bytes`, of its own (offset 0, nothing else in it). */
function newBuffer(bytes: number): ArrayBuffer {
  return unzeroed ? (unzeroed(bytes).buffer as ArrayBuffer) : new ArrayBuffer(bytes);
}

/** By family, not constructor: a Node Buffer input gets a Uint8Array, as its type says. */
function newOutput<D extends PixelArray>(source: CheckedImage<D>): CheckedImage<D> {
  const { width, height, kind, values } = source;
  const length = values.length;
  const data = (
    kind === 'Uint16Array'
      ? new Uint16Array(newBuffer(length * 2))
      : kind === 'Uint8ClampedArray'
        ? new Uint8ClampedArray(newBuffer(length))
        : new Uint8Array(newBuffer(length))
  ) as D;
  const image = isImageData(source.image)
    ? (new ImageData(data as Uint8ClampedArray<ArrayBuffer>, width, height) as unknown as ImageLike<D>)
    : { data, width, height };
  return { ...source, image, data, values: asPixels(data) };
}

/**
 * 0 when `a` and `b` are apart or the same memory (in place); otherwise the byte distance
 * between their starts. The kernels read each pixel before writing the same position, which
 * is safe in place but not for a shifted overlap (the twin then reads what it wrote).
 */
function overlap(a: Pixels, b: Pixels): number {
  if (a.buffer !== b.buffer || a.byteLength === 0 || b.byteLength === 0) return 0;
  const apart = a.byteOffset + a.byteLength <= b.byteOffset || b.byteOffset + b.byteLength <= a.byteOffset;
  return apart ? 0 : b.byteOffset - a.byteOffset;
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
