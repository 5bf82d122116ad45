// OpenCV's RGB ↔ YCrCb for one pixel (cvtColor COLOR_RGB2YCrCb / COLOR_YCrCb2RGB) on 8- or
// 16-bit channels, T = u8 or u16: BT.601 in fixed point with 14 fractional bits, Cr and Cb
// centred on half the type's range (128 or 32768). Every product fits in i32 at 16 bits.
// The pixel loops are in colour.ts; a pixel travels packed as c0 | c1 << bits | c2 << 2·bits.
// Four-lane versions for 8-bit pixels serve the SIMD build's four-pixel loop.

import { B_TO_Y, CB_TO_B, CB_TO_G, CR_TO_G, CR_TO_R, G_TO_Y, HALF, R_TO_Y, SHIFT, TO_CB, TO_CR } from './bt601';
import { saturateTo } from './rounding';

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

// Four pixels at once, for the SIMD build: the same integer operations lane by lane on i32
// lanes (8- or 16-bit channels: every product and sum stays below 2^31, as in the scalar code).

// The constants, loaded where used: V8 rebuilds a v128 constant at every use inside a loop
// (three instructions each) where a load32_splat is one. In the SIMD build only.
const CONSTANTS: usize = ASC_FEATURE_SIMD ? memory.data<i32>([R_TO_Y, G_TO_Y, B_TO_Y, HALF, TO_CR, TO_CB, CR_TO_R, CR_TO_G, CB_TO_G, CB_TO_B, 128, 32768, 255], 16) : 0;
const K_R_TO_Y = 0, K_G_TO_Y = 1, K_B_TO_Y = 2, K_HALF = 3;
export const K_TO_CR = 4, K_TO_CB = 5, K_CENTRE_16 = 11;
const K_CR_TO_R = 6, K_CR_TO_G = 7, K_CB_TO_G = 8, K_CB_TO_B = 9, K_CENTRE_8 = 10, K_BYTE = 12;

/** Constant `index` of CONSTANTS in every lane. */
// @ts-ignore: decorator
@inline function lanes(index: i32): v128 {
  return v128.load32_splat(CONSTANTS + (<usize>index << 2));
}

/** saturate_cast of four i32 lanes to 0..top. */
// @ts-ignore: decorator
@inline function saturate4(value: v128, top: v128): v128 {
  return i32x4.min_s(i32x4.max_s(value, i32x4.splat(0)), top);
}

/** CV_DESCALE(x, SHIFT), lane by lane. */
// @ts-ignore: decorator
@inline function descale4(x: v128): v128 {
  return i32x4.shr_s(i32x4.add(x, lanes(K_HALF)), SHIFT);
}

/** Y of four RGB pixels (i32 lanes). */
// @ts-ignore: decorator
@inline export function luma4(r: v128, g: v128, b: v128): v128 {
  return descale4(i32x4.add(i32x4.add(i32x4.mul(r, lanes(K_R_TO_Y)), i32x4.mul(g, lanes(K_G_TO_Y))), i32x4.mul(b, lanes(K_B_TO_Y))));
}

/**
 * Cr (from R, scale K_TO_CR) or Cb (from B, scale K_TO_CB) of four pixels whose Y is `y`, centred
 * on K_CENTRE_8 or K_CENTRE_16, capped at `top`: (c·2^14 + h) >> 14 + c equals OpenCV's
 * (x + c·2^14 + h) >> 14.
 */
// @ts-ignore: decorator
@inline export function chroma4(channel: v128, y: v128, scale: i32, centre: i32, top: v128): v128 {
  return saturate4(i32x4.add(descale4(i32x4.mul(i32x4.sub(channel, y), lanes(scale))), lanes(centre)), top);
}

/** Cr | Cb << 8 of four 8-bit RGB pixels whose Y is `y`. */
// @ts-ignore: decorator
@inline export function chromas4(r: v128, b: v128, y: v128): v128 {
  const top = lanes(K_BYTE);
  return v128.or(chroma4(r, y, K_TO_CR, K_CENTRE_8, top), i32x4.shl(chroma4(b, y, K_TO_CB, K_CENTRE_8, top), 8));
}

/** R of four pixels from Y and Cr − centre, capped at `top`. */
// @ts-ignore: decorator
@inline export function red4(y: v128, dr: v128, top: v128): v128 {
  return saturate4(i32x4.add(y, descale4(i32x4.mul(dr, lanes(K_CR_TO_R)))), top);
}

/** G of four pixels from Y, Cr − centre and Cb − centre, capped at `top`. */
// @ts-ignore: decorator
@inline export function green4(y: v128, dr: v128, db: v128, top: v128): v128 {
  return saturate4(i32x4.add(y, descale4(i32x4.add(i32x4.mul(db, lanes(K_CB_TO_G)), i32x4.mul(dr, lanes(K_CR_TO_G))))), top);
}

/** B of four pixels from Y and Cb − centre, capped at `top`. */
// @ts-ignore: decorator
@inline export function blue4(y: v128, db: v128, top: v128): v128 {
  return saturate4(i32x4.add(y, descale4(i32x4.mul(db, lanes(K_CB_TO_B)))), top);
}

/** R | G << 8 | B << 16 of four 8-bit Y, Cr, Cb pixels (i32 lanes). */
// @ts-ignore: decorator
@inline export function rgbFromYCrCb4(y: v128, cr: v128, cb: v128): v128 {
  const dr = i32x4.sub(cr, lanes(K_CENTRE_8)), db = i32x4.sub(cb, lanes(K_CENTRE_8)), top = lanes(K_BYTE);
  return v128.or(red4(y, dr, top), v128.or(i32x4.shl(green4(y, dr, db, top), 8), i32x4.shl(blue4(y, db, top), 16)));
}
