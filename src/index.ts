/**
 * fastclahe: histograms, global histogram equalization and CLAHE for gray and colour images,
 * 8- and 16-bit, and OpenCV's RGB ↔ HSV, Lab and YCrCb conversions, in WebAssembly, byte-identical
 * to OpenCV. Works right after import in Node and browsers. The same functions in pure
 * TypeScript are in `fastclahe/js`.
 *
 * @packageDocumentation
 */
import type { BytePixelArray, DomImageData, ImageDataOptions, ImageLike, PixelArray, ResultArray } from './image.js';
import { claheWith, convertWith, equalizeHistWith, histogramWith } from './operations.js';
import type { ClaheOptions, ConversionOptions, EqualizeHistOptions, HistogramOptions, HsvOptions } from './options.js';
import { load, wasm } from './wasm/load.js';
import {
  channelHistogramsKernel,
  claheKernel,
  convertKernel,
  equalizeHistKernel,
  firstAboveKernel,
  histogramKernel,
} from './wasm/wasmKernels.js';

export type { BytePixelArray, DomImageData, ImageLike, PixelArray, ResultArray } from './image.js';
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
} from './options.js';

declare global {
  // The one WebAssembly type this API names, declared so that programs without the DOM library
  // (Node projects, whose @types/node has no WebAssembly) can type-check these declarations.
  // It merges with the DOM library's identical empty interface.
  namespace WebAssembly {
    interface Module {}
  }
}

// The kernels of each function, apart: a bundle keeps only those of the functions it imports
// (`import { clahe }` leaves out the histogram and conversion kernels).
const histogramKernels = {
  histogram: histogramKernel,
  channelHistograms: channelHistogramsKernel,
  firstAbove: firstAboveKernel,
};
const equalizeHistKernels = { equalizeHist: equalizeHistKernel, firstAbove: firstAboveKernel };
const claheKernels = { clahe: claheKernel, firstAbove: firstAboveKernel };
const convertKernels = { convert: convertKernel };

/**
 * Counts the pixels at each of the 256 levels, like OpenCV's `calcHist` with 256 bins and
 * range [0, 256): of one channel, or of every channel of a colour image one after another.
 * A 16-bit image has 2^bitDepth levels (65536 by default) per channel.
 *
 * @param image - `{ data, width, height }` with 1, 3 or 4 interleaved channels.
 * @param options - `channel`: count only this channel (0 to channels − 1); `mask`: count only
 *   pixels whose mask byte is non-zero; `bins`: fold the levels into fewer uniform bins;
 *   `bitDepth` for 16-bit images.
 * @returns n counts per channel counted, n being `options.bins` if given, else 2^bitDepth (256 for
 *   8-bit images); channel k's are `result.subarray(n * k, n * (k + 1))` (with `channel`, that
 *   channel's n counts).
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { histogram } from 'fastclahe';
 * const image = { data: new Uint8Array([0, 0, 255, 7]), width: 2, height: 2 };
 * histogram(image)[0]; // 2
 * histogram(image, { mask: new Uint8Array([0, 1, 1, 0]) })[0]; // 1
 * const rgba = { data: new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 255, 128]), width: 2, height: 1 };
 * histogram(rgba).length; // 1024: R, G, B and A
 * histogram(rgba, { channel: 3 })[128]; // 1
 * ```
 */
export function histogram(image: ImageLike, options?: HistogramOptions): Uint32Array {
  return histogramWith(histogramKernels, image, options);
}

/**
 * Global histogram equalization, byte-identical to OpenCV's `cv.equalizeHist`: levels are
 * remapped through the normalized cumulative histogram so they spread over 0..255. A constant
 * image comes back unchanged. Of a colour image only one channel is equalized, V of HSV by
 * default (see `colorSpace`), as OpenCV's cvtColor → equalizeHist → cvtColor back would.
 * 16-bit images (OpenCV has no 16-bit equalizeHist) get OpenCV's algorithm with 2^bitDepth
 * levels; 16-bit colour is equalized on YCrCb's Y.
 *
 * @param image - `{ data, width, height }`, gray, RGB or RGBA (an `ImageData` works), 8- or
 *   16-bit; not modified.
 * @param options - `colorSpace` (`'hsv'`, `'lab'` or `'ycrcb'`; 16-bit colour: `'ycrcb'` only)
 *   and `channelOrder` (`'rgb'` or `'bgr'`) for colour images; `output`: where to write the
 *   result (may be `image`); `bitDepth` for 16-bit images.
 * @returns A new image of the same size, channel count and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { equalizeHist } from 'fastclahe';
 * const dim = { data: new Uint8Array([100, 101, 102, 103]), width: 2, height: 2 };
 * equalizeHist(dim).data; // Uint8Array [0, 85, 170, 255]
 * const photo = context.getImageData(0, 0, width, height); // RGBA
 * context.putImageData(equalizeHist(photo, { colorSpace: 'lab' }), 0, 0);
 * ```
 */
export function equalizeHist(
  image: DomImageData,
  options?: ImageDataOptions<EqualizeHistOptions<Uint8ClampedArray>>,
): DomImageData;
export function equalizeHist<D extends PixelArray>(
  image: ImageLike<D>,
  options?: EqualizeHistOptions<D>,
): ImageLike<ResultArray<D>>;
export function equalizeHist(image: ImageLike, options?: EqualizeHistOptions): ImageLike {
  return equalizeHistWith(equalizeHistKernels, image, options);
}

/**
 * Contrast Limited Adaptive Histogram Equalization, byte-identical to OpenCV's
 * `new cv.CLAHE(clipLimit, new cv.Size(columns, rows)).apply` for every size, including sizes
 * not divisible by the grid and images smaller than it.
 *
 * The image is cut into `tileGridSize` tiles; each tile's histogram is clipped at
 * `clipLimit` and equalized, and every pixel blends the four nearest tiles' mappings. Of a
 * colour image only one channel is equalized, V of HSV by default (see `colorSpace`), exactly
 * as OpenCV's cvtColor → CLAHE on that channel → cvtColor back, in one WebAssembly call.
 * A `Uint16Array` image gets OpenCV's 16-bit CLAHE (or 2^bitDepth bins with `bitDepth`); a
 * 16-bit colour one is equalized on YCrCb's Y, the one colour space OpenCV has for 16 bits.
 *
 * @param image - `{ data, width, height }`, gray, RGB or RGBA (an `ImageData` works), 8- or
 *   16-bit; not modified.
 * @param options - `clipLimit` (default 2; ≤ 0 disables clipping), `tileGridSize`
 *   `[columns, rows]` (default `[8, 8]`), `colorSpace` (`'hsv'`, `'lab'` or `'ycrcb'`; 16-bit
 *   colour: `'ycrcb'` only) and `channelOrder` (`'rgb'` or `'bgr'`) for colour images, `output`
 *   (may be `image` itself), `bitDepth` (10, 12, 14 or 16) for 16-bit images.
 * @returns A new image of the same size, channel count and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { clahe } from 'fastclahe';
 * const gray = { data: new Uint8Array(640 * 480), width: 640, height: 480 }; // your pixels
 * const enhanced = clahe(gray, { clipLimit: 3, tileGridSize: [8, 8] });
 * enhanced.data; // a new Uint8Array(307200); gray is untouched
 * clahe(gray, { output: gray }); // or equalize in place
 * const photo = context.getImageData(0, 0, width, height); // RGBA
 * context.putImageData(clahe(photo, { colorSpace: 'lab' }), 0, 0);
 * ```
 */
export function clahe(image: DomImageData, options?: ImageDataOptions<ClaheOptions<Uint8ClampedArray>>): DomImageData;
export function clahe<D extends PixelArray>(image: ImageLike<D>, options?: ClaheOptions<D>): ImageLike<ResultArray<D>>;
export function clahe(image: ImageLike, options?: ClaheOptions): ImageLike {
  return claheWith(claheKernels, image, options);
}

/**
 * RGB to HSV as OpenCV's `cvtColor(COLOR_RGB2HSV)`: H in 0..179 (degrees / 2; 0..255 with
 * `fullRange`), S and V in 0..255, V = max(R, G, B). Alpha, if any, is copied.
 *
 * @param image - `{ data, width, height }` with 3 or 4 channels; not modified.
 * @param options - `fullRange` (default false), `channelOrder` (`'rgb'` default, or `'bgr'`), `output`.
 * @returns A new image of the same shape and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { rgbToHsv } from 'fastclahe';
 * rgbToHsv({ data: new Uint8Array([255, 128, 0]), width: 1, height: 1 }).data; // [15, 255, 255]
 * ```
 */
export function rgbToHsv(image: DomImageData, options?: ImageDataOptions<HsvOptions<Uint8ClampedArray>>): DomImageData;
export function rgbToHsv<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: HsvOptions<D>,
): ImageLike<ResultArray<D>>;
export function rgbToHsv(image: ImageLike, options?: HsvOptions): ImageLike {
  return convertWith(convertKernels, 'rgbToHsv', image, options);
}

/**
 * HSV to RGB as OpenCV's `cvtColor(COLOR_HSV2RGB)` (scalar path: rounded, see README); with
 * `fullRange`, `COLOR_HSV2RGB_FULL`. Hues past the range wrap round. Alpha, if any, is copied.
 *
 * @param image - `{ data, width, height }` with 3 or 4 channels (H, S, V[, A]); not modified.
 * @param options - `fullRange` (default false), `channelOrder` of the result, `output`.
 * @returns A new image of the same shape and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { hsvToRgb } from 'fastclahe';
 * hsvToRgb({ data: new Uint8Array([15, 255, 255]), width: 1, height: 1 }).data; // [255, 128, 0]
 * ```
 */
export function hsvToRgb(image: DomImageData, options?: ImageDataOptions<HsvOptions<Uint8ClampedArray>>): DomImageData;
export function hsvToRgb<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: HsvOptions<D>,
): ImageLike<ResultArray<D>>;
export function hsvToRgb(image: ImageLike, options?: HsvOptions): ImageLike {
  return convertWith(convertKernels, 'hsvToRgb', image, options);
}

/**
 * sRGB to CIE L*a*b* (D65) as OpenCV's `cvtColor(COLOR_RGB2Lab)` on 8-bit images:
 * L·255/100, a + 128 and b + 128, each a byte. Alpha, if any, is copied.
 *
 * @param image - `{ data, width, height }` with 3 or 4 channels; not modified.
 * @param options - `channelOrder` (`'rgb'` default, or `'bgr'`), `output`.
 * @returns A new image of the same shape and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { rgbToLab } from 'fastclahe';
 * rgbToLab({ data: new Uint8Array([255, 255, 255]), width: 1, height: 1 }).data; // [255, 128, 128]
 * ```
 */
export function rgbToLab(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): DomImageData;
export function rgbToLab<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): ImageLike<ResultArray<D>>;
export function rgbToLab(image: ImageLike, options?: ConversionOptions): ImageLike {
  return convertWith(convertKernels, 'rgbToLab', image, options);
}

/**
 * 8-bit L*a*b* back to sRGB as OpenCV's `cvtColor(COLOR_Lab2RGB)`. Alpha, if any, is copied.
 *
 * @param image - `{ data, width, height }` with 3 or 4 channels (L, a, b[, A]); not modified.
 * @param options - `channelOrder` of the result, `output`.
 * @returns A new image of the same shape and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { labToRgb } from 'fastclahe';
 * labToRgb({ data: new Uint8Array([255, 128, 128]), width: 1, height: 1 }).data; // [255, 255, 255]
 * ```
 */
export function labToRgb(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): DomImageData;
export function labToRgb<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): ImageLike<ResultArray<D>>;
export function labToRgb(image: ImageLike, options?: ConversionOptions): ImageLike {
  return convertWith(convertKernels, 'labToRgb', image, options);
}

/**
 * RGB to Y, Cr, Cb (BT.601, full range) as OpenCV's `cvtColor(COLOR_RGB2YCrCb)`. Note
 * OpenCV's order: Cr before Cb. Alpha, if any, is copied. 16-bit images convert as OpenCV's
 * `CV_16U`, Cr and Cb centred on 32768.
 *
 * @param image - `{ data, width, height }` with 3 or 4 channels, 8- or 16-bit; not modified.
 * @param options - `channelOrder` (`'rgb'` default, or `'bgr'`), `output`.
 * @returns A new image of the same shape and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { rgbToYCrCb } from 'fastclahe';
 * rgbToYCrCb({ data: new Uint8Array([255, 0, 0]), width: 1, height: 1 }).data; // [76, 255, 85]
 * rgbToYCrCb({ data: new Uint16Array([65535, 0, 0]), width: 1, height: 1 }).data; // [19596, 65523, 21715]
 * ```
 */
export function rgbToYCrCb(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): DomImageData;
export function rgbToYCrCb<D extends PixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): ImageLike<ResultArray<D>>;
export function rgbToYCrCb(image: ImageLike, options?: ConversionOptions): ImageLike {
  return convertWith(convertKernels, 'rgbToYCrCb', image, options);
}

/**
 * Y, Cr, Cb back to RGB as OpenCV's `cvtColor(COLOR_YCrCb2RGB)`. Alpha, if any, is copied.
 * 16-bit images convert as OpenCV's `CV_16U`.
 *
 * @param image - `{ data, width, height }` with 3 or 4 channels (Y, Cr, Cb[, A]), 8- or 16-bit;
 *   not modified.
 * @param options - `channelOrder` of the result, `output`.
 * @returns A new image of the same shape and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { yCrCbToRgb } from 'fastclahe';
 * yCrCbToRgb({ data: new Uint8Array([76, 255, 85]), width: 1, height: 1 }).data; // [254, 0, 0]
 * ```
 */
export function yCrCbToRgb(
  image: DomImageData,
  options?: ImageDataOptions<ConversionOptions<Uint8ClampedArray>>,
): DomImageData;
export function yCrCbToRgb<D extends PixelArray>(
  image: ImageLike<D>,
  options?: ConversionOptions<D>,
): ImageLike<ResultArray<D>>;
export function yCrCbToRgb(image: ImageLike, options?: ConversionOptions): ImageLike {
  return convertWith(convertKernels, 'yCrCbToRgb', image, options);
}

/**
 * Optional: compiles the WebAssembly module asynchronously ahead of the first call, or adopts
 * one compiled elsewhere. Without it, the first call compiles the inlined SIMD module (25 KB)
 * synchronously. On an engine without WebAssembly SIMD (Safari before 16.4), pass the scalar
 * build, the package's file `fastclahe/fastclahe.wasm` (same outputs), before the first call.
 * Adopting is the way through a Content-Security-Policy without 'wasm-unsafe-eval': such a
 * page may not compile WebAssembly, but it may instantiate a module that a worker served with
 * its own, permissive policy compiled and posted to it (README: Strict Content-Security-Policy).
 * Calling it again, or concurrently, returns the same load.
 *
 * @param source - A `WebAssembly.Module` or the bytes of `fastclahe/fastclahe-simd.wasm` or
 *   `fastclahe/fastclahe.wasm` (scalar). Default: the SIMD build inlined in this package.
 *
 * @example
 * ```ts
 * import { init, clahe } from 'fastclahe';
 * await init(); // or: await init(await WebAssembly.compileStreaming(fetch(wasmUrl)));
 * ```
 */
export function init(source?: WebAssembly.Module | ArrayBuffer | ArrayBufferView): Promise<void> {
  return load(source);
}

/** What `wasmInfo()` reports. */
export interface WasmInfo {
  /** Whether the SIMD build runs: the inlined default; `false` once `init()` was given the scalar build. */
  simd: boolean;
  /**
   * Bytes of WebAssembly memory held: enough for the largest image processed so far, reused by
   * every later call (it never grows per call, and WebAssembly memory cannot shrink).
   */
  memoryBytes: number;
}

/**
 * Which WebAssembly build runs and how much memory it holds. Loads the module if no call has.
 *
 * @example
 * ```ts
 * import { clahe, wasmInfo } from 'fastclahe';
 * clahe({ data: new Uint8Array(3840 * 2160), width: 3840, height: 2160 });
 * wasmInfo(); // { simd: true, memoryBytes: 1245184 }: gray CLAHE holds a strip of rows (here 274) and tables, not the 8.3 MB image
 * ```
 */
export function wasmInfo(): WasmInfo {
  const module = wasm();
  return { simd: module.simd() === 1, memoryBytes: module.memory.buffer.byteLength };
}
