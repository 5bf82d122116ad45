// The per-tile steps of OpenCV's CLAHE that do not depend on the pixel type: clipping a tile
// histogram and spreading the excess, and the cumulative lookup table. `levels` is the number
// of histogram bins: 256 for 8-bit images, 2^bitDepth for 16-bit ones (65536 in OpenCV).
import { roundToByte, roundToUnsigned16 } from './rounding';

/** OpenCV's borderInterpolate(p, len, BORDER_REFLECT_101) for p ≥ 0, in closed form. */
// @ts-ignore: decorator
@inline export function reflect101(p: i32, len: i32): i32 {
  if (p < len) return p;
  if (len == 1) return 0;
  const period = 2 * len - 2;
  const folded = p % period;
  return folded < len ? folded : period - folded;
}

/**
 * Clips bins above `limit` and hands the excess back as OpenCV does: `excess / levels` to every
 * bin, then one more to bins 0, step, 2·step, … for the remainder, step = max(levels / remainder, 1).
 * With 65536 levels that integer step leaves the upper bins without any of the remainder
 * (OpenCV issue #25837); this reproduces it.
 */
export function clipAndRedistribute(bins: usize, levels: i32, limit: i32): void {
  const clipped = clipBins(bins, levels, limit);
  const batch = clipped / levels;
  let residual = clipped - batch * levels;
  addToBins(bins, levels, batch);
  if (residual != 0) {
    const step = max(levels / residual, 1);
    for (let i = 0; i < levels && residual > 0; i += step, residual--) {
      const bin = bins + (<usize>i << 2);
      store<i32>(bin, load<i32>(bin) + 1);
    }
  }
}

/** Lowers every bin above `limit` to it; returns the sum of what was removed. */
function clipBins(bins: usize, levels: i32, limit: i32): i32 {
  const end = bins + (<usize>levels << 2);
  if (ASC_FEATURE_SIMD) {
    const limits = i32x4.splat(limit);
    let excess = i32x4.splat(0);
    for (let at = bins; at < end; at += 16) {
      const values = v128.load(at);
      excess = i32x4.add(excess, i32x4.max_s(i32x4.sub(values, limits), i32x4.splat(0)));
      v128.store(at, i32x4.min_s(values, limits));
    }
    return i32x4.extract_lane(excess, 0) + i32x4.extract_lane(excess, 1) +
      i32x4.extract_lane(excess, 2) + i32x4.extract_lane(excess, 3);
  }
  let clipped = 0;
  for (let at = bins; at < end; at += 4) {
    const value = load<i32>(at);
    if (value > limit) {
      clipped += value - limit;
      store<i32>(at, limit);
    }
  }
  return clipped;
}

function addToBins(bins: usize, levels: i32, amount: i32): void {
  const end = bins + (<usize>levels << 2);
  if (ASC_FEATURE_SIMD) {
    const amounts = i32x4.splat(amount);
    for (let at = bins; at < end; at += 16) v128.store(at, i32x4.add(v128.load(at), amounts));
  } else {
    for (let at = bins; at < end; at += 4) store<i32>(at, load<i32>(at) + amount);
  }
}

/**
 * lut[i] = saturate_cast<T>(float(bins[0] + … + bins[i]) · lutScale), T = u8 or u16, for the
 * `levels` bins (a multiple of 16). The int-to-float conversion rounds to nearest as C's does.
 */
export function cumulativeLut<T>(bins: usize, levels: i32, lutScale: f32, lut: usize): void {
  if (ASC_FEATURE_SIMD) {
    const scale = f32x4.splat(lutScale);
    let carry = i32x4.splat(0);
    for (let level = 0; level < levels; level += 16) {
      const at = bins + (<usize>level << 2);
      const sums0 = runningSums(v128.load(at), carry);
      const sums1 = runningSums(v128.load(at, 16), lastLane(sums0));
      const sums2 = runningSums(v128.load(at, 32), lastLane(sums1));
      const sums3 = runningSums(v128.load(at, 48), lastLane(sums2));
      carry = lastLane(sums3);
      const levels0 = roundToIntegers(f32x4.mul(f32x4.convert_i32x4_s(sums0), scale));
      const levels1 = roundToIntegers(f32x4.mul(f32x4.convert_i32x4_s(sums1), scale));
      const levels2 = roundToIntegers(f32x4.mul(f32x4.convert_i32x4_s(sums2), scale));
      const levels3 = roundToIntegers(f32x4.mul(f32x4.convert_i32x4_s(sums3), scale));
      // Saturating narrows clamp as saturate_cast does.
      const low = i16x8.narrow_i32x4_u(levels0, levels1);
      const high = i16x8.narrow_i32x4_u(levels2, levels3);
      if (sizeof<T>() == 1) {
        v128.store(lut + level, i8x16.narrow_i16x8_u(low, high));
      } else {
        v128.store(lut + (<usize>level << 1), low);
        v128.store(lut + (<usize>level << 1), high, 16);
      }
    }
  } else {
    let sum = 0;
    for (let level = 0; level < levels; level++) {
      sum += load<i32>(bins + (<usize>level << 2));
      const value = <f32>sum * lutScale;
      if (sizeof<T>() == 1) store<u8>(lut + level, roundToByte(value));
      else store<u16>(lut + (<usize>level << 1), roundToUnsigned16(value));
    }
  }
}

/** Running sums of four counts, plus `carry` (the total before them) in every lane. */
// @ts-ignore: decorator
@inline function runningSums(counts: v128, carry: v128): v128 {
  const zero = i32x4.splat(0);
  const pairs = i32x4.add(counts, v128.shuffle<u32>(zero, counts, 0, 4, 5, 6));
  return i32x4.add(i32x4.add(pairs, v128.shuffle<u32>(zero, pairs, 0, 0, 4, 5)), carry);
}

/** Lane 3 in every lane. */
// @ts-ignore: decorator
@inline function lastLane(values: v128): v128 {
  return v128.shuffle<u32>(values, values, 3, 3, 3, 3);
}

/**
 * Rounds four non-negative floats below 2^22 half to even, as integers in i32 lanes. Adding
 * 1.5 × 2^23 lands each sum in [2^23, 2^24), where floats are spaced exactly 1 apart, so the
 * addition itself rounds to the nearest integer, ties to even (1.5 × 2^23 is even); the
 * integer is then the sum's low mantissa bits. Two instructions instead of round + truncate.
 */
// @ts-ignore: decorator
@inline export function roundToIntegers(values: v128): v128 {
  const magic = f32x4.splat(12582912.0);
  return i32x4.sub(f32x4.add(values, magic), magic);
}
