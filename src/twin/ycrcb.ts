// OpenCV's RGB ↔ YCrCb for one pixel on 8- or 16-bit channels (`scale` 256 or 65536, one more
// than a channel's largest value): BT.601 in fixed point with 14 fractional bits, Cr and Cb
// centred on scale / 2. Twin of assembly/ycrcb.ts; a pixel travels packed as
// c0 + c1·scale + c2·scale², exact in a double.
import { saturateTo } from './rounding.js';

const SHIFT = 14;
const HALF = 1 << (SHIFT - 1);
const R_TO_Y = 4899,
  G_TO_Y = 9617,
  B_TO_Y = 1868;
const TO_CR = 11682,
  TO_CB = 9241;
const CR_TO_R = 22987,
  CR_TO_G = -11698,
  CB_TO_G = -5636,
  CB_TO_B = 29049;

/** Y of an RGB pixel (at most max(r, g, b): the weights sum to 2^14). */
export function luma(r: number, g: number, b: number): number {
  return (r * R_TO_Y + g * G_TO_Y + b * B_TO_Y + HALF) >> SHIFT;
}

/** Y, Cr, Cb of an RGB pixel, packed. */
export function yCrCbFromRgb(r: number, g: number, b: number, scale: number): number {
  const delta = (scale / 2) << SHIFT;
  const y = luma(r, g, b);
  const cr = saturateTo(((r - y) * TO_CR + delta + HALF) >> SHIFT, scale - 1);
  const cb = saturateTo(((b - y) * TO_CB + delta + HALF) >> SHIFT, scale - 1);
  return y + cr * scale + cb * scale * scale;
}

/** R, G, B of a Y, Cr, Cb pixel, packed, each clamped to 0..top. */
export function rgbFromYCrCb(y: number, cr: number, cb: number, scale: number, top: number): number {
  const dr = cr - scale / 2;
  const db = cb - scale / 2;
  const red = saturateTo(y + ((dr * CR_TO_R + HALF) >> SHIFT), top);
  const green = saturateTo(y + ((db * CB_TO_G + dr * CR_TO_G + HALF) >> SHIFT), top);
  const blue = saturateTo(y + ((db * CB_TO_B + HALF) >> SHIFT), top);
  return red + green * scale + blue * scale * scale;
}
