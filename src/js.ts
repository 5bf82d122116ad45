/**
 * fastclahe/js: the same functions as `fastclahe`, in pure TypeScript, for runtimes without
 * WebAssembly and as the benchmark baseline. Outputs are byte-identical to the WebAssembly
 * build and to OpenCV; see the main entry for full documentation.
 *
 * @packageDocumentation
 */
import type { ImageLike, PixelArray } from './image.js';
import { claheWith, equalizeHistWith, histogramWith, type ClaheOptions, type HistogramOptions, type OutputOptions } from './operations.js';
import { twinKernels } from './twin/index.js';

export type { ImageLike, PixelArray } from './image.js';
export type { ClaheOptions, DepthOptions, HistogramOptions, OutputOptions } from './operations.js';

/**
 * 256-bin histogram of a single-channel 8-bit image, optionally masked. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { histogram } from 'fastclahe/js';
 * histogram({ data: new Uint8Array([0, 0, 255, 7]), width: 2, height: 2 })[0]; // 2
 * ```
 */
export function histogram(image: ImageLike, options?: HistogramOptions): Uint32Array {
  return histogramWith(twinKernels, image, options);
}

/**
 * Global histogram equalization, byte-identical to OpenCV's `equalizeHist`. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { equalizeHist } from 'fastclahe/js';
 * equalizeHist({ data: new Uint8Array([100, 101, 102, 103]), width: 2, height: 2 }).data; // [0, 85, 170, 255]
 * ```
 */
export function equalizeHist<D extends PixelArray>(image: ImageLike<D>, options?: OutputOptions<D>): ImageLike<D> {
  return equalizeHistWith<D>(twinKernels, image, options);
}

/**
 * CLAHE, byte-identical to OpenCV's `CLAHE.apply`. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { clahe } from 'fastclahe/js';
 * const gray = { data: new Uint8Array(640 * 480), width: 640, height: 480 };
 * clahe(gray, { clipLimit: 2, tileGridSize: [8, 8] });
 * ```
 */
export function clahe<D extends PixelArray>(image: ImageLike<D>, options?: ClaheOptions<D>): ImageLike<D> {
  return claheWith<D>(twinKernels, image, options);
}
