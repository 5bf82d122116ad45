// The two passes of Pillow's 8-bit resampling (libImaging/Resample.c) for `fastclahe explore`,
// one channel at a time, in 128-bit SIMD; cli/src/explore/pillowResample.ts lays out the
// buffers, and is the scalar twin these must equal. Not part of the library's module: explore's
// blur score and perceptual hash are CLI-only.
//
// The sums are Pillow's int32 fixed-point sums, computed exactly in another order. Horizontally
// each 22-bit weight w is split as w = hi · 2^11 + lo (lo in 0..2047, hi fits i16), so that eight
// taps are two i32x4.dot_i16x8_s: Σ d·w = 2^11 · Σ d·hi + Σ d·lo. Any partial sum stays below
// 2^31 (255 · Σ|w| · 2^22 < 0.8 · 2^31 for Lanczos) except possibly 2^11 · Σ d·hi on its own,
// which wraps; i32 addition is exact modulo 2^32 and the true total fits, so the result is exact.

const PRECISION_BITS = 22;
const HALF: i32 = 1 << (PRECISION_BITS - 1);

/**
 * Horizontal pass, one channel: `rows` rows of `width` bytes at `src` into rows of `outWidth`
 * bytes at `dst`. For output x, `bounds` holds [xmin, xmax] (i32) and `weights` `taps` i16 hi
 * parts then `taps` i16 lo parts (`taps` a multiple of 8, zero past xmax). Reads up to `taps`
 * bytes past a row's last tap: the caller pads `src`.
 */
export function horizontal(
  src: usize,
  width: i32,
  rows: i32,
  outWidth: i32,
  bounds: usize,
  weights: usize,
  taps: i32,
  dst: usize,
): void {
  const stride = <usize>(taps << 2); // hi and lo, 2 bytes each
  const loOffset = <usize>(taps << 1);
  for (let y = 0; y < rows; y++) {
    const row = src + <usize>y * <usize>width;
    const out = dst + <usize>y * <usize>outWidth;
    let x = 0;
    // Four outputs at a time, their lane sums reduced together (i32 sums wrap exactly, in any order).
    for (; x + 4 <= outWidth; x += 4) {
      const s0 = tapSum(row, bounds, weights, x, stride, loOffset);
      const s1 = tapSum(row, bounds, weights, x + 1, stride, loOffset);
      const s2 = tapSum(row, bounds, weights, x + 2, stride, loOffset);
      const s3 = tapSum(row, bounds, weights, x + 3, stride, loOffset);
      const s01 = i32x4.add(v128.shuffle<i32>(s0, s1, 0, 1, 4, 5), v128.shuffle<i32>(s0, s1, 2, 3, 6, 7));
      const s23 = i32x4.add(v128.shuffle<i32>(s2, s3, 0, 1, 4, 5), v128.shuffle<i32>(s2, s3, 2, 3, 6, 7));
      const sums = i32x4.add(v128.shuffle<i32>(s01, s23, 0, 2, 4, 6), v128.shuffle<i32>(s01, s23, 1, 3, 5, 7));
      const v = i32x4.shr_s(i32x4.add(sums, i32x4.splat(HALF)), PRECISION_BITS);
      const bytes = i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_s(v, v), i16x8.narrow_i32x4_s(v, v));
      v128.store32_lane(out + <usize>x, bytes, 0);
    }
    for (; x < outWidth; x++) {
      const sum = tapSum(row, bounds, weights, x, stride, loOffset);
      const v =
        (i32x4.extract_lane(sum, 0) +
          i32x4.extract_lane(sum, 1) +
          i32x4.extract_lane(sum, 2) +
          i32x4.extract_lane(sum, 3) +
          HALF) >>
        PRECISION_BITS;
      store<u8>(out + <usize>x, v < 0 ? 0 : v > 255 ? 255 : v);
    }
  }
}

/** Output x's taps as four partial sums: 2^11 · Σ d·hi + Σ d·lo, lane by lane. */
function tapSum(row: usize, bounds: usize, weights: usize, x: i32, stride: usize, loOffset: usize): v128 {
  let at = row + <usize>load<i32>(bounds + ((<usize>x) << 3));
  let w = weights + <usize>x * stride;
  const wEnd = w + loOffset;
  let high = i32x4.splat(0);
  let low = i32x4.splat(0);
  for (; w < wEnd; w += 16, at += 8) {
    const d = i16x8.extend_low_i8x16_u(v128.load64_zero(at));
    high = i32x4.add(high, i32x4.dot_i16x8_s(d, v128.load(w)));
    low = i32x4.add(low, i32x4.dot_i16x8_s(d, v128.load(w + loOffset)));
  }
  return i32x4.add(i32x4.shl(high, 11), low);
}

/**
 * Vertical pass, one channel: rows of `width` bytes at `src` (the first being input row
 * `firstRow`) into `outHeight` rows at `dst`. For output y, `bounds` holds [ymin, ymax] and
 * `weights` `taps` i32 weights. Reads and writes up to 15 bytes past the last row: the caller pads
 * both buffers.
 */
export function vertical(
  src: usize,
  width: i32,
  outHeight: i32,
  bounds: usize,
  weights: usize,
  taps: i32,
  firstRow: i32,
  dst: usize,
): void {
  const half = i32x4.splat(HALF);
  for (let y = 0; y < outHeight; y++) {
    const ymin = load<i32>(bounds + ((<usize>y) << 3)) - firstRow;
    const ymax = load<i32>(bounds + ((<usize>y) << 3), 4);
    const w = weights + <usize>y * <usize>(taps << 2);
    const first = src + <usize>ymin * <usize>width;
    const out = dst + <usize>y * <usize>width;
    for (let i = 0; i < width; i += 16) {
      let s0 = half;
      let s1 = half;
      let s2 = half;
      let s3 = half;
      let at = first + <usize>i;
      for (let t = 0; t < ymax; t++, at += <usize>width) {
        const k = i32x4.splat(load<i32>(w + ((<usize>t) << 2)));
        const d = v128.load(at);
        const lo = i16x8.extend_low_i8x16_u(d);
        const hi = i16x8.extend_high_i8x16_u(d);
        s0 = i32x4.add(s0, i32x4.mul(i32x4.extend_low_i16x8_s(lo), k));
        s1 = i32x4.add(s1, i32x4.mul(i32x4.extend_high_i16x8_s(lo), k));
        s2 = i32x4.add(s2, i32x4.mul(i32x4.extend_low_i16x8_s(hi), k));
        s3 = i32x4.add(s3, i32x4.mul(i32x4.extend_high_i16x8_s(hi), k));
      }
      // >> 22 then saturate to 0..255: the narrowings clamp exactly as clip8 does.
      const a = i16x8.narrow_i32x4_s(i32x4.shr_s(s0, PRECISION_BITS), i32x4.shr_s(s1, PRECISION_BITS));
      const b = i16x8.narrow_i32x4_s(i32x4.shr_s(s2, PRECISION_BITS), i32x4.shr_s(s3, PRECISION_BITS));
      v128.store(out + <usize>i, i8x16.narrow_i16x8_u(a, b));
    }
  }
}

/** Splits `pixels` interleaved pixels of `channels` bytes at `src` into planes at `dst`, `planeBytes` apart. */
export function deinterleave(src: usize, pixels: i32, channels: i32, dst: usize, planeBytes: usize): void {
  let p = 0;
  if (channels === 3) {
    // 16 RGB pixels (48 bytes) at a time: three shuffles per plane (index 255 picks 0).
    const red = dst;
    const green = dst + planeBytes;
    const blue = green + planeBytes;
    for (; p + 16 <= pixels; p += 16) {
      const at = src + <usize>p * 3;
      const a = v128.load(at);
      const b = v128.load(at, 16);
      const c = v128.load(at, 32);
      v128.store(
        red + <usize>p,
        v128.or(
          v128.or(
            i8x16.swizzle(a, i8x16(0, 3, 6, 9, 12, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)),
            i8x16.swizzle(b, i8x16(-1, -1, -1, -1, -1, -1, 2, 5, 8, 11, 14, -1, -1, -1, -1, -1)),
          ),
          i8x16.swizzle(c, i8x16(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 4, 7, 10, 13)),
        ),
      );
      v128.store(
        green + <usize>p,
        v128.or(
          v128.or(
            i8x16.swizzle(a, i8x16(1, 4, 7, 10, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)),
            i8x16.swizzle(b, i8x16(-1, -1, -1, -1, -1, 0, 3, 6, 9, 12, 15, -1, -1, -1, -1, -1)),
          ),
          i8x16.swizzle(c, i8x16(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 2, 5, 8, 11, 14)),
        ),
      );
      v128.store(
        blue + <usize>p,
        v128.or(
          v128.or(
            i8x16.swizzle(a, i8x16(2, 5, 8, 11, 14, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)),
            i8x16.swizzle(b, i8x16(-1, -1, -1, -1, -1, 1, 4, 7, 10, 13, -1, -1, -1, -1, -1, -1)),
          ),
          i8x16.swizzle(c, i8x16(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 3, 6, 9, 12, 15)),
        ),
      );
    }
  }
  for (let c = 0; c < channels; c++) {
    const plane = dst + <usize>c * planeBytes;
    let at = src + <usize>(p * channels + c);
    for (let q = p; q < pixels; q++, at += <usize>channels) store<u8>(plane + <usize>q, load<u8>(at));
  }
}
