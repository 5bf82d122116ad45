/**
 * fastclahe/parallel: the functions of `fastclahe`, returning Promises, on every core. Same
 * arguments, same validation and messages (as rejections), same bytes. Images of 1 MP (2^20
 * pixels; 4 MP for equalizeHist and histogram) and more are split across worker threads, one
 * per core, each with its own WebAssembly instance, sharing the pixels through a
 * SharedArrayBuffer, 8- and 16-bit alike; smaller ones run on the calling thread exactly as
 * the synchronous function does.
 *
 * Workers start on the first large call, are reused, and never keep a Node process alive once
 * no call is running; `close()` ends them. They are Node's worker_threads (Node 20.16 and
 * later), or module workers on a cross-origin isolated web page; elsewhere (other pages, older
 * Node, a single core) every call runs on the calling thread, with the same results. Should the
 * workers fail (a Content-Security-Policy without 'wasm-unsafe-eval' keeps them from compiling
 * WebAssembly), the call runs on the calling thread instead, and so do later ones until close().
 *
 * The input is read before a call returns (a call that waits for an earlier one, as calls run
 * one after another, reads a copy taken then), so its arrays may be reused at once, as after a
 * synchronous call; the result is written into the output when the call ends.
 *
 * Pixels on a SharedArrayBuffer are used where they are: an input whose `data` is a view of one
 * is read by the workers directly, and an `output` on one is written by them directly, so the
 * calling thread copies nothing in or out. Such an input must stay unchanged, and such an output
 * unread, until the call settles. An output that is the input, or shares its buffer, goes
 * through copies like any other array.
 *
 * @packageDocumentation
 */
import type { BytePixelArray, DomImageData, ImageDataOptions, ImageLike, PixelArray, ResultArray } from '../image.js';
import type { Kernels } from '../kernels.js';
import { claheWith, convertWith, equalizeHistWith, foldBins, histogramWith } from '../operations.js';
import type { ClaheOptions, ConversionOptions, EqualizeHistOptions, HistogramOptions, HsvOptions } from '../options.js';
import { Pool } from './pool.js';
import { TooLarge } from '../kernels.js';
import {
  releaseBuffers,
  runSplit,
  type Split,
  splitKernels,
  THRESHOLDS,
  WorkerFailure,
  withOwnInput,
} from './split.js';
import { findHost } from './threads.js';

export type { BytePixelArray, DomImageData, ImageLike, PixelArray, ResultArray } from '../image.js';
export type {
  ChannelOrder,
  ClaheOptions,
  ColorOptions,
  ColourOptions,
  ColorSpace,
  ConversionOptions,
  DepthOptions,
  EqualizeHistOptions,
  HistogramOptions,
  HsvOptions,
  OutputOptions,
} from '../options.js';

/**
 * Pixels from which a call is split across the workers: 2^20 (1 MP) for `clahe` and the
 * conversions, 2^22 (4 MP) for `equalizeHist` and `histogram`, whose work per pixel is too
 * small to pay for the split on smaller images. Below, calls run on the calling thread.
 */
export const parallelThresholds: {
  readonly clahe: number;
  readonly conversions: number;
  readonly equalizeHist: number;
  readonly histogram: number;
} = THRESHOLDS;

let pool: Pool | undefined;
/** Set once workers failed (say, a Content-Security-Policy keeps them from compiling WebAssembly); close() clears it. */
let failed = false;

/** The worker pool, created (without workers yet) on first use; undefined where calls cannot be split. */
function workers(): Pool | undefined {
  if (pool || failed) return pool;
  const host = findHost();
  if (!host || host.cores < 2) return undefined;
  return (pool = new Pool(host));
}

/** Runs an operation over the splitting kernels, then its recorded split, if any, on the workers. */
async function run<T>(operation: (kernels: Kernels) => T): Promise<T> {
  const threads = workers();
  const recorder = splitKernels(threads);
  const result = operation(recorder.kernels);
  if (threads && recorder.split) await split(threads, recorder.split);
  return result;
}

/**
 * Runs a split on the workers; should they fail (or shared memory be refused), runs it on the
 * calling thread instead, same bytes, and splits no more calls until close().
 */
async function split(threads: Pool, recorded: Split): Promise<void> {
  // The input must be read before the call returns, as the synchronous functions do: an idle
  // pool copies it into shared memory right away; a call that waits for another reads a copy.
  const own = threads.idle ? recorded : withOwnInput(recorded);
  try {
    await runSplit(threads, own);
  } catch (error) {
    if (!(error instanceof WorkerFailure || error instanceof TooLarge)) throw error;
    failed = true;
    pool = undefined;
    own.fallback(own);
  }
}

/**
 * Ends the worker threads once every call made before it has settled (those calls complete
 * normally, with their results), then lets go of the shared pixel buffers (twice the largest
 * image split so far); resolves when the workers have exited. A call made afterwards starts new
 * workers (also after workers failed). Never needed for a Node process to exit: idle workers
 * are unref'd.
 *
 * @example
 * ```ts
 * import { clahe, close } from 'fastclahe/parallel';
 * const out = await clahe(image4k);
 * await close();
 * ```
 */
export async function close(): Promise<void> {
  failed = false;
  if (!pool) return;
  await pool.close();
  releaseBuffers();
}

/**
 * `histogram` of `fastclahe`, counted on every core from 4 MP: same options, same counts.
 *
 * @example
 * ```ts
 * import { histogram } from 'fastclahe/parallel';
 * const counts = await histogram({ data: pixels, width: 3840, height: 2160 });
 * ```
 */
export async function histogram(image: ImageLike, options?: HistogramOptions): Promise<Uint32Array> {
  const threads = workers();
  const recorder = splitKernels(threads);
  const result = histogramWith(recorder.kernels, image, options);
  const recorded = recorder.split;
  if (!threads || !recorded?.bins || recorded.job.kind !== 'histogram') return result;
  await split(threads, recorded);
  const { bins } = recorded;
  // histogramWith folded the counts into `options.bins` bins before they were counted: fold them now.
  const channels = recorded.job.selected.length;
  return result === bins ? bins : foldBins(bins, bins.length / channels, result.length / channels);
}

/**
 * `equalizeHist` of `fastclahe` (global histogram equalization, byte-identical to OpenCV's),
 * on every core from 4 MP, 8- or 16-bit (gray, or a colour image's lightness plane, extracted
 * and merged back band by band).
 *
 * @example
 * ```ts
 * import { equalizeHist } from 'fastclahe/parallel';
 * const { data } = await equalizeHist({ data: gray, width: 3840, height: 2160 });
 * ```
 */
export function equalizeHist(
  image: DomImageData,
  options?: ImageDataOptions<EqualizeHistOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function equalizeHist<D extends PixelArray>(
  image: ImageLike<D>,
  options?: EqualizeHistOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function equalizeHist(image: ImageLike, options?: EqualizeHistOptions): Promise<ImageLike> {
  return run((kernels) => equalizeHistWith(kernels, image, options));
}

/**
 * `clahe` of `fastclahe` (byte-identical to OpenCV's CLAHE), on every core from 1 MP, 8- or
 * 16-bit: workers build the tile rows' lookup tables, then interpolate strips of about 256 KiB,
 * each claiming the next as it finishes; a colour image's lightness plane is extracted from
 * each tile row and strip as it is read, and each strip merged back at once.
 *
 * @example
 * ```ts
 * import { clahe } from 'fastclahe/parallel';
 * const enhanced = await clahe({ data: gray, width: 3840, height: 2160 }, { clipLimit: 3 });
 * ```
 */
export function clahe(
  image: DomImageData,
  options?: ImageDataOptions<ClaheOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function clahe<D extends PixelArray>(
  image: ImageLike<D>,
  options?: ClaheOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function clahe(image: ImageLike, options?: ClaheOptions): Promise<ImageLike> {
  return run((kernels) => claheWith(kernels, image, options));
}

/** `rgbToHsv` of `fastclahe`, on every core from 1 MP. */
export function rgbToHsv(
  image: DomImageData,
  options?: ImageDataOptions<HsvOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function rgbToHsv<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: HsvOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function rgbToHsv(image: ImageLike, options?: HsvOptions): Promise<ImageLike> {
  return run((kernels) => convertWith(kernels, 'rgbToHsv', image, options));
}

/** `hsvToRgb` of `fastclahe`, on every core from 1 MP. */
export function hsvToRgb(
  image: DomImageData,
  options?: ImageDataOptions<HsvOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function hsvToRgb<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: HsvOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function hsvToRgb(image: ImageLike, options?: HsvOptions): Promise<ImageLike> {
  return run((kernels) => convertWith(kernels, 'hsvToRgb', image, options));
}

/** `rgbToLab` of `fastclahe`, on every core from 1 MP. */
export function rgbToLab(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function rgbToLab<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function rgbToLab(image: ImageLike, options?: ConversionOptions): Promise<ImageLike> {
  return run((kernels) => convertWith(kernels, 'rgbToLab', image, options));
}

/** `labToRgb` of `fastclahe`, on every core from 1 MP. */
export function labToRgb(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function labToRgb<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function labToRgb(image: ImageLike, options?: ConversionOptions): Promise<ImageLike> {
  return run((kernels) => convertWith(kernels, 'labToRgb', image, options));
}

/** `rgbToYCrCb` of `fastclahe` (8- or 16-bit), on every core from 1 MP. */
export function rgbToYCrCb(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function rgbToYCrCb<D extends PixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function rgbToYCrCb(image: ImageLike, options?: ConversionOptions): Promise<ImageLike> {
  return run((kernels) => convertWith(kernels, 'rgbToYCrCb', image, options));
}

/** `yCrCbToRgb` of `fastclahe` (8- or 16-bit), on every core from 1 MP. */
export function yCrCbToRgb(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): Promise<DomImageData>;
export function yCrCbToRgb<D extends PixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): Promise<ImageLike<ResultArray<D>>>;
export function yCrCbToRgb(image: ImageLike, options?: ConversionOptions): Promise<ImageLike> {
  return run((kernels) => convertWith(kernels, 'yCrCbToRgb', image, options));
}
