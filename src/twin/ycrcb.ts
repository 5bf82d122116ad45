// OpenCV's RGB ↔ YCrCb for one pixel on 8- or 16-bit channels (`scale` 256 or 65536, one more
// than a channel's largest value): BT.601 in fixed point with 14 fractional bits, Cr and Cb
// centred on scale / 2. Twin of assembly/ycrcb.ts; a pixel travels packed as
// c0 + c1·scale + c2·scale², exact in a double.
import {
  B_TO_Y,
  CB_TO_B,
  CB_TO_G,
  CR_TO_G,
  CR_TO_R,
  G_TO_Y,
  HALF,
  R_TO_Y,
  SHIFT,
  TO_CB,
  TO_CR,
} from '../../assembly/bt601.js';
import { saturateTo } from './rounding.js';

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
