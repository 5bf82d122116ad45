// OpenCV's RGB ↔ YCrCb for one pixel (cvtColor COLOR_RGB2YCrCb / COLOR_YCrCb2RGB) on 8- or
// 16-bit channels, T = u8 or u16: BT.601 in fixed point with 14 fractional bits, Cr and Cb
// centred on half the type's range (128 or 32768). Every product fits in i32 at 16 bits.
// The pixel loops are in colour.ts; a pixel travels packed as c0 | c1 << bits | c2 << 2·bits.

import { saturateTo } from './rounding';

const SHIFT = 14;
const HALF = 1 << (SHIFT - 1);
const R_TO_Y = 4899, G_TO_Y = 9617, B_TO_Y = 1868;
const TO_CR = 11682, TO_CB = 9241;
const CR_TO_R = 22987, CR_TO_G = -11698, CB_TO_G = -5636, CB_TO_B = 29049;

/** Y of an RGB pixel (at most max(r, g, b): the weights sum to 2^14). */
// @ts-ignore: decorator
@inline export function luma(r: i32, g: i32, b: i32): i32 {
  return (r * R_TO_Y + g * G_TO_Y + b * B_TO_Y + HALF) >> SHIFT;
}

/** Y | Cr << bits | Cb << 2·bits of an RGB pixel of T channels. */
// @ts-ignore: decorator
@inline export function yCrCbFromRgb<T>(r: i32, g: i32, b: i32): i64 {
  const bits = <i64>sizeof<T>() << 3;
  const top = (1 << <i32>bits) - 1;
  const delta = (1 << (<i32>bits - 1)) << SHIFT;
  const y = luma(r, g, b);
  const cr = <i64>saturateTo(((r - y) * TO_CR + delta + HALF) >> SHIFT, top);
  const cb = <i64>saturateTo(((b - y) * TO_CB + delta + HALF) >> SHIFT, top);
  return <i64>y | (cr << bits) | (cb << (bits << 1));
}

/**
 * R | G << bits | B << 2·bits of a Y, Cr, Cb pixel of T channels, each clamped to 0..top:
 * the type's maximum, or less when the caller declared fewer significant bits.
 */
// @ts-ignore: decorator
@inline export function rgbFromYCrCb<T>(y: i32, cr: i32, cb: i32, top: i32): i64 {
  const bits = <i64>sizeof<T>() << 3;
  const centre = 1 << (<i32>bits - 1);
  const dr = cr - centre;
  const db = cb - centre;
  const red = <i64>saturateTo(y + ((dr * CR_TO_R + HALF) >> SHIFT), top);
  const green = <i64>saturateTo(y + ((db * CB_TO_G + dr * CR_TO_G + HALF) >> SHIFT), top);
  const blue = <i64>saturateTo(y + ((db * CB_TO_B + HALF) >> SHIFT), top);
  return red | (green << bits) | (blue << (bits << 1));
}
