/**
 * fastclahe: histograms, global histogram equalization and CLAHE for 8-bit images, in
 * WebAssembly, byte-identical to OpenCV. Works right after import in Node and browsers.
 * The same functions in pure TypeScript are in `fastclahe/js`.
 *
 * @packageDocumentation
 */
import type { ImageLike, PixelArray } from './image.js';
import { claheWith, equalizeHistWith, histogramWith, type ClaheOptions, type HistogramOptions, type OutputOptions } from './operations.js';
import { load, wasm } from './wasm/instance.js';
import { wasmKernels } from './wasm/kernels.js';

export type { ImageLike, PixelArray } from './image.js';
export type { ClaheOptions, DepthOptions, HistogramOptions, OutputOptions } from './operations.js';

declare global {
  // The one WebAssembly type this API names, declared so that programs without the DOM library
  // (Node projects, whose @types/node has no WebAssembly) can type-check these declarations.
  // It merges with the DOM library's identical empty interface.
  namespace WebAssembly {
    interface Module {}
  }
}

/**
 * Counts the pixels of a single-channel 8-bit image at each of the 256 levels, like
 * OpenCV's `calcHist` with one channel, 256 bins and range [0, 256).
 *
 * @param image - `{ data, width, height }` with `data.length === width × height`.
 * @param options - `mask`: count only pixels whose mask byte is non-zero.
 * @returns 256 counts; index = grey level.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { histogram } from 'fastclahe';
 * const image = { data: new Uint8Array([0, 0, 255, 7]), width: 2, height: 2 };
 * histogram(image)[0]; // 2
 * histogram(image, { mask: new Uint8Array([0, 1, 1, 0]) })[0]; // 1
 * ```
 */
export function histogram(image: ImageLike, options?: HistogramOptions): Uint32Array {
  return histogramWith(wasmKernels, image, options);
}

/**
 * Global histogram equalization of a single-channel 8-bit image, byte-identical to OpenCV's
 * `cv.equalizeHist`: levels are remapped through the normalized cumulative histogram so they
 * spread over 0..255. A constant image comes back unchanged.
 *
 * @param image - `{ data, width, height }` with `data.length === width × height`; not modified.
 * @param options - `output`: where to write the result (may be `image` itself).
 * @returns A new image of the same size and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { equalizeHist } from 'fastclahe';
 * const dim = { data: new Uint8Array([100, 101, 102, 103]), width: 2, height: 2 };
 * equalizeHist(dim).data; // Uint8Array [0, 85, 170, 255]
 * ```
 */
export function equalizeHist<D extends PixelArray>(image: ImageLike<D>, options?: OutputOptions<D>): ImageLike<D> {
  return equalizeHistWith<D>(wasmKernels, image, options);
}

/**
 * Contrast Limited Adaptive Histogram Equalization of a single-channel 8-bit image,
 * byte-identical to OpenCV's `new cv.CLAHE(clipLimit, new cv.Size(columns, rows)).apply`
 * for every size, including sizes not divisible by the grid and images smaller than it.
 *
 * The image is cut into `tileGridSize` tiles; each tile's histogram is clipped at
 * `clipLimit` and equalized, and every pixel blends the four nearest tiles' mappings.
 *
 * @param image - `{ data, width, height }` with `data.length === width × height`; not modified.
 * @param options - `clipLimit` (default 2; ≤ 0 disables clipping), `tileGridSize`
 *   `[columns, rows]` (default `[8, 8]`), `output` (may be `image` itself).
 * @returns A new image of the same size and array type, or `options.output`.
 * @throws TypeError or RangeError naming the bad argument.
 *
 * @example
 * ```ts
 * import { clahe } from 'fastclahe';
 * const gray = { data: new Uint8Array(640 * 480), width: 640, height: 480 }; // your pixels
 * const enhanced = clahe(gray, { clipLimit: 3, tileGridSize: [8, 8] });
 * enhanced.data; // a new Uint8Array(307200); gray is untouched
 * clahe(gray, { output: gray }); // or equalize in place
 * ```
 */
export function clahe<D extends PixelArray>(image: ImageLike<D>, options?: ClaheOptions<D>): ImageLike<D> {
  return claheWith<D>(wasmKernels, image, options);
}

/**
 * Optional: compiles the WebAssembly module asynchronously ahead of the first call, or adopts
 * one compiled elsewhere. Without it, the first call compiles the module (a few KB) synchronously.
 * Adopting is the way through a Content-Security-Policy without 'wasm-unsafe-eval': such a
 * page may not compile WebAssembly, but it may instantiate a module that a worker served with
 * its own, permissive policy compiled and posted to it (README: Strict Content-Security-Policy).
 * Calling it again, or concurrently, returns the same load.
 *
 * @param source - A `WebAssembly.Module` or the bytes of `fastclahe/fastclahe.wasm`.
 *   Default: the bytes inlined in this package.
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
  /** Whether the SIMD build runs (chosen when the engine validates it: all current browsers and Node). */
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
 * wasmInfo(); // { simd: true, memoryBytes: 8454144 }: the 8.3 MB image plus tile tables, in 64 KiB pages
 * ```
 */
export function wasmInfo(): WasmInfo {
  const module = wasm();
  return { simd: module.simd() === 1, memoryBytes: module.memory.buffer.byteLength };
}
