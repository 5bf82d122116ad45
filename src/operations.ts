// The public operations, written once over the Kernels interface: validation, defaults and
// result allocation live here; src/index.ts binds them to WebAssembly, src/js.ts to the twin.
import { planClahe } from './clahePlan.js';
import { asPixels, readGrayImage, readOutput, type CheckedImage, type ImageLike, type PixelArray } from './image.js';
import type { Kernels } from './kernels.js';
import { invalid, readFiniteNumber, readInteger, readOptions, Worded } from './validate.js';

/** Options every function accepts. */
export interface DepthOptions {
  /**
   * Significant bits of a `Uint16Array` image: 16 (default), or 10, 12 or 14 for data that uses
   * only the low bits (common in X-ray, CT, microscopy and camera raw). Histograms then have
   * 2^bitDepth bins instead of 65536, which is much faster, and results stay below 2^bitDepth;
   * a value at or above 2^bitDepth is a RangeError. For 8-bit images it can only be 8.
   */
  bitDepth?: 8 | 10 | 12 | 14 | 16;
}

/** Options of `histogram`. */
export interface HistogramOptions extends DepthOptions {
  /**
   * Which pixels to count: `width × height` bytes, one per pixel; only pixels whose mask byte is
   * non-zero are counted (OpenCV's `calcHist` mask). Default: every pixel.
   */
  mask?: Uint8Array | Uint8ClampedArray;
  /**
   * Number of bins, from 1 to 2^bitDepth: level v falls in bin ⌊v × bins / 2^bitDepth⌋ (uniform
   * bins over [0, 2^bitDepth), as calcHist with that range). Default 2^bitDepth: one per level.
   */
  bins?: number;
}

/** Options shared by the functions that return an image. */
export interface OutputOptions<D extends PixelArray> extends DepthOptions {
  /**
   * Where to write the result: an image of the input's width, height, channel count and depth
   * (8-bit or Uint16Array). It may be the input itself, to equalize in place. Default: a new
   * image of the input's array type. Reusing one output avoids allocating in animation loops.
   */
  output?: ImageLike<D>;
}

/** Options of `clahe`. */
export interface ClaheOptions<D extends PixelArray = PixelArray> extends OutputOptions<D> {
  /**
   * Contrast limit: a tile histogram bin is clipped at `clipLimit × tile area / bins` pixels
   * (at least 1; bins = 256, or 2^bitDepth for 16-bit images) before equalization, and the
   * excess spread over all bins. Higher values enhance more and amplify noise more; `bins` or
   * more clips nothing (plain adaptive equalization), and any value ≤ 0 disables clipping as in
   * OpenCV. Any finite number; default 2 (OpenCV's own default is 40, which clips almost nothing).
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
  const { mask, bins, bitDepth } = readOptions(fn, options, ['mask', 'bins', 'bitDepth']);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const levels = 2 ** depth;
  const binCount = bins === undefined ? levels : readInteger(fn, 'options.bins', bins, 1, levels);
  const maskBytes = mask === undefined ? undefined : readMask(fn, mask, source.pixels);
  const counts = new Uint32Array(levels);
  if (source.pixels > 0) kernels.histogram(source.values, maskBytes, counts);
  return binCount === levels ? counts : foldBins(counts, binCount);
}

export function equalizeHistWith<D extends PixelArray>(kernels: Kernels, image: unknown, options: unknown): ImageLike<D> {
  const fn = 'equalizeHist';
  const source = readGrayImage<D>(fn, image);
  const { output, bitDepth } = readOptions(fn, options, ['output', 'bitDepth']);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const target = readOutput(fn, output, source);
  if (source.pixels > 0) kernels.equalizeHist(source.values, target.values, depth);
  return target.image;
}

export function claheWith<D extends PixelArray>(kernels: Kernels, image: unknown, options: unknown): ImageLike<D> {
  const fn = 'clahe';
  const source = readGrayImage<D>(fn, image);
  const { clipLimit = 2, tileGridSize = [8, 8], output, bitDepth } =
    readOptions(fn, options, ['clipLimit', 'tileGridSize', 'output', 'bitDepth']);
  const limit = readFiniteNumber(fn, 'options.clipLimit', clipLimit, 'a finite number (≤ 0 disables clipping)');
  const [columns, rows] = readGrid(fn, tileGridSize);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const plan = source.pixels > 0 ? planClahe(fn, source.width, source.height, limit, columns, rows, 2 ** depth) : undefined;
  const target = readOutput(fn, output, source);
  if (plan) kernels.clahe(source.values, target.values, plan);
  return target.image;
}

/**
 * The image's bit depth: 8 for 8-bit arrays; for Uint16Array the `bitDepth` option (default
 * 16), after checking that every value fits in it.
 */
function readDepth(fn: string, kernels: Kernels, source: CheckedImage, value: unknown): number {
  const name = 'options.bitDepth';
  if (!(source.values instanceof Uint16Array)) {
    if (value !== undefined && value !== 8) invalid(typeof value === 'number' ? RangeError : TypeError, fn, name, '8 (or nothing) for an 8-bit image', value);
    return 8;
  }
  if (value === undefined) return 16;
  if (typeof value !== 'number') invalid(TypeError, fn, name, '10, 12, 14 or 16 for a Uint16Array image', value);
  if (![10, 12, 14, 16].includes(value)) invalid(RangeError, fn, name, '10, 12, 14 or 16 for a Uint16Array image', value);
  if (value < 16) {
    const at = kernels.firstAbove(source.values, 2 ** value - 1);
    if (at >= 0) {
      invalid(RangeError, fn, 'image.data', `values below ${2 ** value} (bitDepth ${value})`,
        new Worded(`${source.values[at]} at index ${at}`));
    }
  }
  return value;
}

/** Sums one-per-level counts into `binCount` uniform bins: level v into ⌊v × binCount / levels⌋. */
function foldBins(counts: Uint32Array, binCount: number): Uint32Array {
  const bins = new Uint32Array(binCount);
  for (let level = 0; level < counts.length; level++) bins[Math.floor((level * binCount) / counts.length)] += counts[level];
  return bins;
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
  return asPixels(value) as Uint8Array;
}
