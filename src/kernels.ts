import type { ClahePlan } from './clahePlan.js';

/** Pixels as the kernels take them: 8-bit data as Uint8Array (a Uint8ClampedArray is viewed as one). */
export type Pixels = Uint8Array | Uint16Array;

/** The colour spaces whose luminance-like channel `clahe` and `equalizeHist` can equalize. */
export type ColorSpace = 'hsv' | 'lab' | 'ycrcb';

/** Interleaved colour pixels: 3 (RGB) or 4 (RGBA) channels, R and B swapped when `bgr`. */
export interface ColorLayout {
  channels: number;
  bgr: boolean;
}

/** A colour image's layout and the colour space whose lightness channel (HSV V, Lab L, YCrCb Y) is equalized. */
export interface LightnessChannel extends ColorLayout {
  space: ColorSpace;
}

/** The colour conversion kernels, by the name both builds export them under. */
export type Conversion =
  | 'rgbToHsv'
  | 'rgbToHsvFull'
  | 'hsvToRgb'
  | 'hsvToRgbFull'
  | 'rgbToLab'
  | 'labToRgb'
  | 'rgbToYCrCb'
  | 'yCrCbToRgb';

/**
 * The kernels behind the public functions, after validation. Two implementations give the
 * same bytes: WebAssembly (src/wasm/wasmKernels.ts) and the pure-TypeScript twin (src/twin/).
 * `dst` may be `src`: every kernel reads a pixel before writing the same position.
 * `bitDepth` is 8 for Uint8Array pixels; for Uint16Array pixels every value is below 2^bitDepth.
 */
export interface Kernels {
  /** Counts into `bins`, one per level (256, or 2^bitDepth for 16-bit pixels). */
  histogram(src: Pixels, mask: Uint8Array | undefined, bins: Uint32Array): void;
  /**
   * One bin per level (bins.length / selected.length of them: 256, or 2^bitDepth for 16-bit
   * pixels) per selected channel of interleaved `channels`-channel pixels, in `selected` order.
   */
  channelHistograms(
    src: Pixels,
    channels: number,
    selected: readonly number[],
    mask: Uint8Array | undefined,
    bins: Uint32Array,
  ): void;
  /** Equalizes a gray image, or only the `luminance` channel of a colour one (YCrCb alone for 16-bit pixels). */
  equalizeHist(src: Pixels, dst: Pixels, bitDepth: number, luminance?: LightnessChannel): void;
  clahe(src: Pixels, dst: Pixels, plan: ClahePlan, luminance?: LightnessChannel): void;
  /** 16-bit pixels only for 'rgbToYCrCb' and 'yCrCbToRgb'. */
  convert(conversion: Conversion, src: Pixels, dst: Pixels, layout: ColorLayout): void;
  /** Index of the first value above `limit`, or -1. */
  firstAbove(src: Uint16Array, limit: number): number;
}

/**
 * Thrown by a kernel whose working set (image, copies and scratch: `bytes` in all) does not
 * fit in WebAssembly memory; src/operations.ts words it for the function that was called.
 */
export class TooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`working set of ${bytes} bytes`);
  }
}
