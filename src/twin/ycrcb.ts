// OpenCV's 8-bit RGB ↔ YCrCb for one pixel: BT.601 in fixed point with 14 fractional bits.
// Twin of assembly/ycrcb.ts.
import { saturate } from './rounding.js';

const SHIFT = 14;
const HALF = 1 << (SHIFT - 1);
const DELTA = 128 << SHIFT;
const R_TO_Y = 4899, G_TO_Y = 9617, B_TO_Y = 1868;
const TO_CR = 11682, TO_CB = 9241;
const CR_TO_R = 22987, CR_TO_G = -11698, CB_TO_G = -5636, CB_TO_B = 29049;

/** Y of an RGB pixel. */
export function luma(r: number, g: number, b: number): number {
  return (r * R_TO_Y + g * G_TO_Y + b * B_TO_Y + HALF) >> SHIFT;
}

/** Y | Cr << 8 | Cb << 16 of an RGB pixel. */
export function yCrCbFromRgb(r: number, g: number, b: number): number {
  const y = luma(r, g, b);
  const cr = saturate(((r - y) * TO_CR + DELTA + HALF) >> SHIFT);
  const cb = saturate(((b - y) * TO_CB + DELTA + HALF) >> SHIFT);
  return y | (cr << 8) | (cb << 16);
}

/** R | G << 8 | B << 16 of a Y, Cr, Cb pixel. */
export function rgbFromYCrCb(y: number, cr: number, cb: number): number {
  const dr = cr - 128;
  const db = cb - 128;
  const red = saturate(y + ((dr * CR_TO_R + HALF) >> SHIFT));
  const green = saturate(y + ((db * CB_TO_G + dr * CR_TO_G + HALF) >> SHIFT));
  const blue = saturate(y + ((db * CB_TO_B + HALF) >> SHIFT));
  return red | (green << 8) | (blue << 16);
}
