// OpenCV's 8-bit RGB ↔ YCrCb (cvtColor COLOR_RGB2YCrCb / COLOR_YCrCb2RGB): BT.601 in fixed
// point with 14 fractional bits. Twin of assembly/ycrcb.ts.
import { saturate } from './rounding.js';

const SHIFT = 14;
const HALF = 1 << (SHIFT - 1);
const DELTA = 128 << SHIFT;
const R_TO_Y = 4899, G_TO_Y = 9617, B_TO_Y = 1868;
const TO_CR = 11682, TO_CB = 9241;
const CR_TO_R = 22987, CR_TO_G = -11698, CB_TO_G = -5636, CB_TO_B = 29049;

// One pixel's result, set by forward() and inverse().
let y = 0, cr = 0, cb = 0;
let red = 0, green = 0, blue = 0;

function luma(r: number, g: number, b: number): number {
  return (r * R_TO_Y + g * G_TO_Y + b * B_TO_Y + HALF) >> SHIFT;
}

function forward(r: number, g: number, b: number): void {
  y = luma(r, g, b);
  cr = saturate(((r - y) * TO_CR + DELTA + HALF) >> SHIFT);
  cb = saturate(((b - y) * TO_CB + DELTA + HALF) >> SHIFT);
}

function inverse(luminance: number, chromaRed: number, chromaBlue: number): void {
  const dr = chromaRed - 128;
  const db = chromaBlue - 128;
  red = saturate(luminance + ((dr * CR_TO_R + HALF) >> SHIFT));
  green = saturate(luminance + ((db * CB_TO_G + dr * CR_TO_G + HALF) >> SHIFT));
  blue = saturate(luminance + ((db * CB_TO_B + HALF) >> SHIFT));
}

/** RGB(A) or BGR(A) pixels to Y, Cr, Cb (alpha copied); `dst` may be `src`. */
export function rgbToYCrCb(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0; i < src.length; i += channels) {
    forward(src[i + r], src[i + 1], src[i + b]);
    dst[i] = y;
    dst[i + 1] = cr;
    dst[i + 2] = cb;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** Y, Cr, Cb pixels (alpha copied) to RGB(A) or BGR(A); `dst` may be `src`. */
export function yCrCbToRgb(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0; i < src.length; i += channels) {
    inverse(src[i], src[i + 1], src[i + 2]);
    dst[i + r] = red;
    dst[i + 1] = green;
    dst[i + b] = blue;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** Writes each pixel's Y into `plane` (one byte per pixel). */
export function yCrCbPlane(src: Uint8Array, plane: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0, p = 0; i < src.length; i += channels, p++) {
    plane[p] = luma(src[i + r], src[i + 1], src[i + b]);
  }
}

/** Each pixel of `src` with its Y replaced by the one in `plane`, back to RGB; `dst` may be `src`. */
export function yCrCbMerge(src: Uint8Array, plane: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0, p = 0; i < src.length; i += channels, p++) {
    forward(src[i + r], src[i + 1], src[i + b]);
    inverse(plane[p], cr, cb);
    dst[i + r] = red;
    dst[i + 1] = green;
    dst[i + b] = blue;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}
