// The public operations, written once over the Kernels interface: validation, defaults and
// result allocation live here; src/index.ts binds them to WebAssembly, src/js.ts to the twin.
import { planClahe } from './clahePlan.js';
import { asBytes, readGrayImage, readOutput, type ImageLike, type PixelArray } from './image.js';
import type { Kernels } from './kernels.js';
import { invalid, readFiniteNumber, readInteger, readOptions } from './validate.js';

/** Options of `histogram`. */
export interface HistogramOptions {
  /**
   * Which pixels to count: `width × height` bytes, one per pixel; only pixels whose mask byte is
   * non-zero are counted (OpenCV's `calcHist` mask). Default: every pixel.
   */
  mask?: Uint8Array | Uint8ClampedArray;
}

/** Options shared by the functions that return an image. */
export interface OutputOptions<D extends PixelArray> {
  /**
   * Where to write the result: an image of the input's width, height and channel count.
   * It may be the input itself, to equalize in place. Default: a new image of the input's
   * array type. Reusing one output avoids allocating in animation loops.
   */
  output?: ImageLike<D>;
}

/** Options of `clahe`. */
export interface ClaheOptions<D extends PixelArray = PixelArray> extends OutputOptions<D> {
  /**
   * Contrast limit: a tile histogram bin is clipped at `clipLimit × tile area / 256` pixels
   * (at least 1) before equalization, and the excess spread over all bins. Higher values
   * enhance more and amplify noise more; 256 or more clips nothing (plain adaptive
   * equalization), and any value ≤ 0 disables clipping as in OpenCV. Any finite number;
   * default 2 (OpenCV's own default is 40, which clips almost nothing).
   */
  clipLimit?: number;
  /**
   * Number of tiles as `[columns, rows]`, OpenCV's `Size(tilesX, tilesY)` order: integers ≥ 1,
   * and may exceed the image size. Default `[8, 8]`.
   */
  tileGridSize?: readonly [number, number];
}

const MAX_GRID = 2 ** 31 - 1;

export function histogramWith(kernels: Kernels, image: unknown, options: unknown): Uint32Array {
  const fn = 'histogram';
  const source = readGrayImage(fn, image);
  const { mask } = readOptions(fn, options, ['mask']);
  const bins = new Uint32Array(256);
  const maskBytes = mask === undefined ? undefined : readMask(fn, mask, source.pixels);
  if (source.pixels > 0) kernels.histogram(source.bytes, maskBytes, bins, 8);
  return bins;
}

export function equalizeHistWith<D extends PixelArray>(kernels: Kernels, image: unknown, options: unknown): ImageLike<D> {
  const fn = 'equalizeHist';
  const source = readGrayImage<D>(fn, image);
  const { output } = readOptions(fn, options, ['output']);
  const target = readOutput(fn, output, source);
  if (source.pixels > 0) kernels.equalizeHist(source.bytes, target.bytes, 8);
  return target.image;
}

export function claheWith<D extends PixelArray>(kernels: Kernels, image: unknown, options: unknown): ImageLike<D> {
  const fn = 'clahe';
  const source = readGrayImage<D>(fn, image);
  const { clipLimit = 2, tileGridSize = [8, 8], output } = readOptions(fn, options, ['clipLimit', 'tileGridSize', 'output']);
  const limit = readFiniteNumber(fn, 'options.clipLimit', clipLimit, 'a finite number (≤ 0 disables clipping)');
  const [columns, rows] = readGrid(fn, tileGridSize);
  const plan = source.pixels > 0 ? planClahe(fn, source.width, source.height, limit, columns, rows) : undefined;
  const target = readOutput(fn, output, source);
  if (plan) kernels.clahe(source.bytes, target.bytes, plan);
  return target.image;
}

function readGrid(fn: string, value: unknown): [number, number] {
  const name = 'options.tileGridSize';
  if (!Array.isArray(value)) invalid(TypeError, fn, name, 'an array [columns, rows]', value);
  if (value.length !== 2) invalid(RangeError, fn, name, 'an array of two integers [columns, rows]', value);
  return [readInteger(fn, `${name}[0]`, value[0], 1, MAX_GRID), readInteger(fn, `${name}[1]`, value[1], 1, MAX_GRID)];
}

function readMask(fn: string, value: unknown, pixels: number): Uint8Array {
  const name = 'options.mask';
  if (!(value instanceof Uint8Array || value instanceof Uint8ClampedArray)) {
    invalid(TypeError, fn, name, 'a Uint8Array or Uint8ClampedArray with one byte per pixel', value);
  }
  if (value.length !== pixels) invalid(RangeError, fn, `${name}.length`, `width × height = ${pixels}`, value.length);
  return asBytes(value);
}
