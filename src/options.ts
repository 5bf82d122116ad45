// The public options of every function, with their TSDoc: what users write. The operations
// that read them are in operations.ts.
import type { ImageLike, PixelArray } from './image.js';
import type { ColorSpace } from './kernels.js';

export type { ColorSpace } from './kernels.js';

/** Where R and B sit in a colour pixel: `'rgb'` (R, G, B[, A]) or `'bgr'` (B, G, R[, A], OpenCV's order). */
export type ChannelOrder = 'rgb' | 'bgr';

/** Options every function accepts. */
export interface DepthOptions {
  /**
   * Significant bits of a `Uint16Array` image: 16 (default), or 10, 12 or 14 for data that uses
   * only the low bits (common in X-ray, CT, microscopy and camera raw). Histograms then have
   * 2^bitDepth bins instead of 65536, which is much faster, and results stay below 2^bitDepth;
   * a value at or above 2^bitDepth (alpha included) is a RangeError. For 8-bit images it can only be 8.
   */
  bitDepth?: 8 | 10 | 12 | 14 | 16 | undefined;
}

/** The colour conversions, by public name. */
export type ColorConversion = 'rgbToHsv' | 'hsvToRgb' | 'rgbToLab' | 'labToRgb' | 'rgbToYCrCb' | 'yCrCbToRgb';

/** Options of `histogram`. */
export interface HistogramOptions extends DepthOptions {
  /**
   * Which channel to count: an integer from 0 to channels − 1 (3 is alpha in RGBA). Default:
   * every channel, n bins each (n = `bins`, default 2^bitDepth: 256 for 8-bit images), channel
   * k's bins at `[n·k, n·k + n)`. A gray image has the one channel 0.
   */
  channel?: number | undefined;
  /**
   * Which pixels to count: `width × height` bytes, one per pixel; only pixels whose mask byte is
   * non-zero are counted (OpenCV's `calcHist` mask). Default: every pixel.
   */
  mask?: Uint8Array | Uint8ClampedArray | undefined;
  /**
   * Number of bins, from 1 to 2^bitDepth: level v falls in bin ⌊v × bins / 2^bitDepth⌋ (uniform
   * bins over [0, 2^bitDepth), as calcHist with that range). Default 2^bitDepth: one per level.
   */
  bins?: number | undefined;
}

/** Options shared by the functions that return an image. */
export interface OutputOptions<D extends PixelArray> {
  /**
   * Where to write the result: an image of the input's width, height, channel count and depth.
   * It may be the input itself, to work in place. Default: a new image of the input's
   * array type (a new `ImageData` for an `ImageData`). Reusing one output avoids allocating
   * in animation loops.
   */
  output?: ImageLike<D> | undefined;
}

/** How `equalizeHist` and `clahe` treat 3- and 4-channel images; gray images ignore both options. */
export interface ColorOptions {
  /**
   * The colour space whose lightness-like channel is equalized, leaving colour alone:
   * `'hsv'` (default for 8-bit images) equalizes V = max(R, G, B), `'lab'` CIE L*, `'ycrcb'`
   * the BT.601 luma Y. The result is byte-identical to OpenCV's `cvtColor` → equalize that
   * channel → `cvtColor` back. 16-bit colour images can only use `'ycrcb'` (their default), the
   * one colour space OpenCV defines for 16-bit pixels.
   */
  colorSpace?: ColorSpace | undefined;
  /** `'rgb'` (default) or `'bgr'` for pixels in OpenCV's B, G, R order. Alpha is always last and copied. */
  channelOrder?: ChannelOrder | undefined;
}

/** @deprecated The earlier spelling of {@link ColorOptions}; the API spells colour `color` everywhere. */
export type ColourOptions = ColorOptions;

/** Options of `equalizeHist`. */
export interface EqualizeHistOptions<D extends PixelArray = PixelArray>
  extends OutputOptions<D>,
    ColorOptions,
    DepthOptions {}

/** Options of `clahe`. */
export interface ClaheOptions<D extends PixelArray = PixelArray> extends OutputOptions<D>, ColorOptions, DepthOptions {
  /**
   * Contrast limit: a tile histogram bin is clipped at `clipLimit × tile area / bins` pixels
   * (at least 1; bins = 256, or 2^bitDepth for 16-bit images) before equalization, and the
   * excess spread over all bins. Higher values enhance more and amplify noise more; `bins` or
   * more clips nothing (plain adaptive equalization), and any value ≤ 0 disables clipping as in
   * OpenCV. Any finite number; default 2 (OpenCV's own default is 40, which clips almost nothing).
   */
  clipLimit?: number | undefined;
  /**
   * Number of tiles as `[columns, rows]`, OpenCV's `Size(tilesX, tilesY)` order: integers ≥ 1,
   * and may exceed the image size. Default `[8, 8]`.
   */
  tileGridSize?: readonly [number, number] | undefined;
}

/** Options of the colour conversions. */
export interface ConversionOptions<D extends PixelArray = PixelArray> extends OutputOptions<D> {
  /** Order of the RGB side: `'rgb'` (default) or `'bgr'` (OpenCV's). Alpha is always last and copied. */
  channelOrder?: ChannelOrder | undefined;
}

/** Options of `rgbToHsv` and `hsvToRgb`. */
export interface HsvOptions<D extends PixelArray = PixelArray> extends ConversionOptions<D> {
  /**
   * `false` (default): H in 0..179, two degrees per step (OpenCV's `COLOR_RGB2HSV`).
   * `true`: H in 0..255, the whole byte (`COLOR_RGB2HSV_FULL`; back with `COLOR_HSV2RGB_FULL`,
   * which, like OpenCV, divides the circle into 255 steps, not 256).
   */
  fullRange?: boolean | undefined;
}
