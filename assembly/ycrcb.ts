// OpenCV's 8-bit RGB ↔ YCrCb for one pixel (cvtColor COLOR_RGB2YCrCb / COLOR_YCrCb2RGB):
// BT.601 in fixed point with 14 fractional bits. The pixel loops are in colour.ts.
import { saturate } from './rounding';

const SHIFT = 14;
const HALF = 1 << (SHIFT - 1);
const DELTA = 128 << SHIFT;
const R_TO_Y = 4899, G_TO_Y = 9617, B_TO_Y = 1868;
const TO_CR = 11682, TO_CB = 9241;
const CR_TO_R = 22987, CR_TO_G = -11698, CB_TO_G = -5636, CB_TO_B = 29049;

/** Y of an RGB pixel. */
// @ts-ignore: decorator
@inline export function luma(r: i32, g: i32, b: i32): i32 {
  return (r * R_TO_Y + g * G_TO_Y + b * B_TO_Y + HALF) >> SHIFT;
}

/** Y | Cr << 8 | Cb << 16 of an RGB pixel. */
// @ts-ignore: decorator
@inline export function yCrCbFromRgb(r: i32, g: i32, b: i32): i32 {
  const y = luma(r, g, b);
  const cr = saturate(((r - y) * TO_CR + DELTA + HALF) >> SHIFT);
  const cb = saturate(((b - y) * TO_CB + DELTA + HALF) >> SHIFT);
  return y | (<i32>cr << 8) | (<i32>cb << 16);
}

/** R | G << 8 | B << 16 of a Y, Cr, Cb pixel. */
// @ts-ignore: decorator
@inline export function rgbFromYCrCb(y: i32, cr: i32, cb: i32): i32 {
  const dr = cr - 128;
  const db = cb - 128;
  const red = saturate(y + ((dr * CR_TO_R + HALF) >> SHIFT));
  const green = saturate(y + ((db * CB_TO_G + dr * CR_TO_G + HALF) >> SHIFT));
  const blue = saturate(y + ((db * CB_TO_B + HALF) >> SHIFT));
  return <i32>red | (<i32>green << 8) | (<i32>blue << 16);
}
