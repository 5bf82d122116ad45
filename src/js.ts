/**
 * fastclahe/js: the same functions as `fastclahe`, in pure TypeScript, for runtimes without
 * WebAssembly and as the benchmark baseline. Outputs are byte-identical to the WebAssembly
 * build and to OpenCV; see the main entry for full documentation.
 *
 * @packageDocumentation
 */
import type { BytePixelArray, DomImageData, ImageDataOptions, ImageLike, PixelArray, ResultArray } from './image.js';
import { claheWith, convertWith, equalizeHistWith, histogramWith } from './operations.js';
import type { ClaheOptions, ConversionOptions, EqualizeHistOptions, HistogramOptions, HsvOptions } from './options.js';
import { twinKernels } from './twin/twinKernels.js';

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

/**
 * Histograms of one channel or of every channel (256 bins, 2^bitDepth for 16-bit images),
 * optionally masked. Pure TypeScript.
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
 * Global histogram equalization, byte-identical to OpenCV's `equalizeHist`; of a colour image,
 * of one channel (`colorSpace`). Pure TypeScript.
 *
 * @example
 * ```ts
 * import { equalizeHist } from 'fastclahe/js';
 * equalizeHist({ data: new Uint8Array([100, 101, 102, 103]), width: 2, height: 2 }).data; // [0, 85, 170, 255]
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
  return equalizeHistWith(twinKernels, image, options);
}

/**
 * CLAHE, byte-identical to OpenCV's `CLAHE.apply`; of a colour image, of one channel
 * (`colorSpace`). Pure TypeScript.
 *
 * @example
 * ```ts
 * import { clahe } from 'fastclahe/js';
 * const gray = { data: new Uint8Array(640 * 480), width: 640, height: 480 };
 * clahe(gray, { clipLimit: 2, tileGridSize: [8, 8] });
 * ```
 */
export function clahe(image: DomImageData, options?: ImageDataOptions<ClaheOptions<Uint8ClampedArray>>): DomImageData;
export function clahe<D extends PixelArray>(image: ImageLike<D>, options?: ClaheOptions<D>): ImageLike<ResultArray<D>>;
export function clahe(image: ImageLike, options?: ClaheOptions): ImageLike {
  return claheWith(twinKernels, image, options);
}

/**
 * RGB to HSV, byte-identical to OpenCV's `COLOR_RGB2HSV` (`_FULL` with `fullRange`). Pure TypeScript.
 *
 * @example
 * ```ts
 * import { rgbToHsv } from 'fastclahe/js';
 * rgbToHsv({ data: new Uint8Array([255, 128, 0]), width: 1, height: 1 }).data; // [15, 255, 255]
 * ```
 */
export function rgbToHsv(image: DomImageData, options?: ImageDataOptions<HsvOptions<Uint8ClampedArray>>): DomImageData;
export function rgbToHsv<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: HsvOptions<D>,
): ImageLike<ResultArray<D>>;
export function rgbToHsv(image: ImageLike, options?: HsvOptions): ImageLike {
  return convertWith(twinKernels, 'rgbToHsv', image, options);
}

/**
 * HSV to RGB, byte-identical to OpenCV's `COLOR_HSV2RGB` (`_FULL` with `fullRange`). Pure TypeScript.
 *
 * @example
 * ```ts
 * import { hsvToRgb } from 'fastclahe/js';
 * hsvToRgb({ data: new Uint8Array([15, 255, 255]), width: 1, height: 1 }).data; // [255, 128, 0]
 * ```
 */
export function hsvToRgb(image: DomImageData, options?: ImageDataOptions<HsvOptions<Uint8ClampedArray>>): DomImageData;
export function hsvToRgb<D extends BytePixelArray>(
  image: ImageLike<D>,
  options?: HsvOptions<D>,
): ImageLike<ResultArray<D>>;
export function hsvToRgb(image: ImageLike, options?: HsvOptions): ImageLike {
  return convertWith(twinKernels, 'hsvToRgb', image, options);
}

/**
 * sRGB to 8-bit L*a*b*, byte-identical to OpenCV's `COLOR_RGB2Lab`. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { rgbToLab } from 'fastclahe/js';
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
  return convertWith(twinKernels, 'rgbToLab', image, options);
}

/**
 * 8-bit L*a*b* to sRGB, byte-identical to OpenCV's `COLOR_Lab2RGB`. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { labToRgb } from 'fastclahe/js';
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
  return convertWith(twinKernels, 'labToRgb', image, options);
}

/**
 * RGB to Y, Cr, Cb, byte-identical to OpenCV's `COLOR_RGB2YCrCb`, 8- or 16-bit. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { rgbToYCrCb } from 'fastclahe/js';
 * rgbToYCrCb({ data: new Uint8Array([255, 0, 0]), width: 1, height: 1 }).data; // [76, 255, 85]
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
  return convertWith(twinKernels, 'rgbToYCrCb', image, options);
}

/**
 * Y, Cr, Cb to RGB, byte-identical to OpenCV's `COLOR_YCrCb2RGB`, 8- or 16-bit. Pure TypeScript.
 *
 * @example
 * ```ts
 * import { yCrCbToRgb } from 'fastclahe/js';
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
  return convertWith(twinKernels, 'yCrCbToRgb', image, options);
}
