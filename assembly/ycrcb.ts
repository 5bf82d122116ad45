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

// Four 16-bit pixels at once, for the SIMD build: the same integer operations lane by lane on
// i32 lanes (every product and sum stays below 2^31, as in the scalar code).

// The constants, loaded where used: V8 rebuilds a v128 constant at every use inside a loop
// (three instructions each) where a load32_splat is one. In the SIMD build only.
const CONSTANTS: usize = ASC_FEATURE_SIMD ? memory.data<i32>([R_TO_Y, G_TO_Y, B_TO_Y, HALF, TO_CR, TO_CB, CR_TO_R, CR_TO_G, CB_TO_G, CB_TO_B, 32768], 16) : 0;
const K_R_TO_Y = 0, K_G_TO_Y = 1, K_B_TO_Y = 2, K_HALF = 3;
export const K_TO_CR = 4, K_TO_CB = 5, K_CENTRE_16 = 10;
const K_CR_TO_R = 6, K_CR_TO_G = 7, K_CB_TO_G = 8, K_CB_TO_B = 9;

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
 * on K_CENTRE_16, capped at `top`: (c·2^14 + h) >> 14 + c equals OpenCV's
 * (x + c·2^14 + h) >> 14.
 */
// @ts-ignore: decorator
@inline export function chroma4(channel: v128, y: v128, scale: i32, centre: i32, top: v128): v128 {
  return saturate4(i32x4.add(descale4(i32x4.mul(i32x4.sub(channel, y), lanes(scale))), lanes(centre)), top);
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

// Four 8-bit pixels at once, for the SIMD build, in i16 lanes where OpenCV's products allow:
// - Y = (R·cR + G·cG + B·cB + 2^13) >> 14 is one rounding of a sum, so it takes i32 lanes: two
//   i32x4.dot_i16x8_s of (R, G) and (B, 0) pairs.
// - A single product rounded, (d·c + 2^13) >> 14, is i16x8.q15mulr_sat_s(d, 2c) exactly:
//   (d·2c + 2^14) >> 15 is the same floor, and |d| ≤ 255 never saturates. That is Cr and Cb
//   (2c = 23364, 18482), and R and B back, whose c (22987, 29049) is 2^14 + c′ with 2c′ below
//   2^15 (13206, 25330): (d·c + 2^13) >> 14 = d + ((d·c′ + 2^13) >> 14).
// - G back is again a rounded sum, of (Cr − 128, Cb − 128) pairs: one dot_i16x8_s.
// Values travel as "halves": i16 lanes 0–3 and 4–7 hold two quantities of the same four pixels.
// Pixels come as i32 lanes c0 | c1 << 8 | c2 << 16 | alpha << 24; swizzle indices pick bytes
// into i16 lanes (255: a zero byte). 128 + c marks a second layout, for BGR pixels.
const X: u8 = 255;
const PIXEL_BYTES: usize = ASC_FEATURE_SIMD ? memory.data<u8>([
  // 0: (R, G) pairs of RGB pixels; 16: (B, 0) pairs; 32: R in lanes 0–3, B in 4–7.
  0, X, 1, X, 4, X, 5, X, 8, X, 9, X, 12, X, 13, X,
  2, X, X, X, 6, X, X, X, 10, X, X, X, 14, X, X, X,
  0, X, 4, X, 8, X, 12, X, 2, X, 6, X, 10, X, 14, X,
  // 48, 64, 80: the same for BGR pixels.
  2, X, 1, X, 6, X, 5, X, 10, X, 9, X, 14, X, 13, X,
  0, X, X, X, 4, X, X, X, 8, X, X, X, 12, X, X, X,
  2, X, 6, X, 10, X, 14, X, 0, X, 4, X, 8, X, 12, X,
  // 96: Y (byte 0) in both halves; 112: Cr (byte 1) in lanes 0–3, Cb (byte 2) in 4–7.
  0, X, 4, X, 8, X, 12, X, 0, X, 4, X, 8, X, 12, X,
  1, X, 5, X, 9, X, 13, X, 2, X, 6, X, 10, X, 14, X,
  // 128: four plane bytes (Y′) in both halves.
  0, X, 1, X, 2, X, 3, X, 0, X, 1, X, 2, X, 3, X,
  // 144: from bytes [Y×4, Y×4, Cr×4, Cb×4] to Y | Cr << 8 | Cb << 16 per pixel.
  0, 8, 12, X, 1, 9, 13, X, 2, 10, 14, X, 3, 11, 15, X,
  // 160: from bytes [R×4, B×4, G×4, G×4] to R | G << 8 | B << 16; 176: B | G << 8 | R << 16.
  0, 8, 4, X, 1, 9, 5, X, 2, 10, 6, X, 3, 11, 7, X,
  4, 8, 0, X, 5, 9, 1, X, 6, 10, 2, X, 7, 11, 3, X,
], 16) : 0;
const RG = 0, B0 = 16, RB = 32, BGR = 48, YY = 96, CR_CB = 112, PLANE_YY = 128, TO_YCRCB = 144, TO_RGB = 160, TO_BGR = 176;
// i16 lanes two to an i32 word (low half first).
const CHROMA_R = 2 * TO_CR, CHROMA_B = 2 * TO_CB;
const RED_REST = 2 * (CR_TO_R - (1 << SHIFT)), BLUE_REST = 2 * (CB_TO_B - (1 << SHIFT));
const HALVES: usize = ASC_FEATURE_SIMD ? memory.data<i32>([
  // 0: (cR, cG) pairs; 16: (cB, 0) pairs; 32: 2·TO_CR | 2·TO_CB halves; 48: 128.
  R_TO_Y | (G_TO_Y << 16), R_TO_Y | (G_TO_Y << 16), R_TO_Y | (G_TO_Y << 16), R_TO_Y | (G_TO_Y << 16),
  B_TO_Y, B_TO_Y, B_TO_Y, B_TO_Y,
  CHROMA_R | (CHROMA_R << 16), CHROMA_R | (CHROMA_R << 16), CHROMA_B | (CHROMA_B << 16), CHROMA_B | (CHROMA_B << 16),
  128 | (128 << 16), 128 | (128 << 16), 128 | (128 << 16), 128 | (128 << 16),
  // 64: 2·(CR_TO_R − 2^14) | 2·(CB_TO_B − 2^14) halves; 80: (CR_TO_G, CB_TO_G) pairs.
  RED_REST | (RED_REST << 16), RED_REST | (RED_REST << 16), BLUE_REST | (BLUE_REST << 16), BLUE_REST | (BLUE_REST << 16),
  (CR_TO_G & 0xffff) | (CB_TO_G << 16), (CR_TO_G & 0xffff) | (CB_TO_G << 16), (CR_TO_G & 0xffff) | (CB_TO_G << 16), (CR_TO_G & 0xffff) | (CB_TO_G << 16),
], 16) : 0;
const K_RG = 0, K_B = 16, K_CHROMA = 32, K_128 = 48, K_RED_BLUE = 64, K_GREEN = 80;

/** `PIXEL_BYTES` entries for RGB pixels, or BGR if `bgr`: pick it outside the loop. */
// @ts-ignore: decorator
@inline export function pixelOrder(bgr: bool): usize {
  return bgr ? PIXEL_BYTES + BGR : PIXEL_BYTES;
}

/** Swizzles `pixels` by the index vector at `PIXEL_BYTES + at`. */
// @ts-ignore: decorator
@inline function pick(pixels: v128, at: usize): v128 {
  return i8x16.swizzle(pixels, v128.load(at));
}

/** Y of four RGB pixels (`order`: pixelOrder), in both i16 halves. */
// @ts-ignore: decorator
@inline export function lumaHalves(pixels: v128, order: usize): v128 {
  const sum = i32x4.add(i32x4.dot_i16x8_s(pick(pixels, order + RG), v128.load(HALVES + K_RG)), i32x4.dot_i16x8_s(pick(pixels, order + B0), v128.load(HALVES + K_B)));
  const y = descale4(sum);
  return i16x8.narrow_i32x4_s(y, y);
}

/** Cr | Cb halves of four RGB pixels whose Y halves are `y`, centred on 128, not yet saturated. */
// @ts-ignore: decorator
@inline export function chromaHalves(pixels: v128, order: usize, y: v128): v128 {
  const differences = i16x8.sub(pick(pixels, order + RB), y);
  return i16x8.add(i16x8.q15mulr_sat_s(differences, v128.load(HALVES + K_CHROMA)), v128.load(HALVES + K_128));
}

/** Y | Cr << 8 | Cb << 16 per i32 lane from Y halves and Cr | Cb halves (saturated to bytes here). */
// @ts-ignore: decorator
@inline export function packYCrCb(y: v128, chroma: v128): v128 {
  return pick(i8x16.narrow_i16x8_u(y, chroma), PIXEL_BYTES + TO_YCRCB);
}

/** Y halves and Cr − 128 | Cb − 128 halves of four loaded Y, Cr, Cb pixels. */
// @ts-ignore: decorator
@inline export function yHalves(pixels: v128): v128 {
  return pick(pixels, PIXEL_BYTES + YY);
}

// @ts-ignore: decorator
@inline export function centredChromaHalves(pixels: v128): v128 {
  return i16x8.sub(pick(pixels, PIXEL_BYTES + CR_CB), v128.load(HALVES + K_128));
}

/** Four bytes of a plane at `p` as Y halves. */
// @ts-ignore: decorator
@inline export function planeHalves(p: usize): v128 {
  return pick(v128.load32_zero(p), PIXEL_BYTES + PLANE_YY);
}

/** Cr | Cb halves saturated to 0..255, minus 128 (a merge converts back what a conversion would store). */
// @ts-ignore: decorator
@inline export function storedChromaHalves(chroma: v128): v128 {
  const stored = i16x8.min_s(i16x8.max_s(chroma, i16x8.splat(0)), i16x8.splat(255));
  return i16x8.sub(stored, v128.load(HALVES + K_128));
}

/**
 * R | G << 8 | B << 16 per i32 lane (B | G << 8 | R << 16 if `bgr`) of four pixels from Y halves
 * and Cr − 128 | Cb − 128 halves, each channel saturated to 0..255.
 */
// @ts-ignore: decorator
@inline export function rgbFromHalves(y: v128, chroma: v128, bgr: bool): v128 {
  const redBlue = i16x8.add(y, i16x8.add(chroma, i16x8.q15mulr_sat_s(chroma, v128.load(HALVES + K_RED_BLUE))));
  const pairs = i8x16.shuffle(chroma, chroma, 0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15);
  const green32 = descale4(i32x4.dot_i16x8_s(pairs, v128.load(HALVES + K_GREEN)));
  const green = i16x8.add(y, i16x8.narrow_i32x4_s(green32, green32));
  return pick(i8x16.narrow_i16x8_u(redBlue, green), PIXEL_BYTES + (bgr ? TO_BGR : TO_RGB));
}
