// OpenCV's 8-bit RGB ↔ HSV for one pixel (cvtColor COLOR_RGB2HSV[_FULL] / COLOR_HSV2RGB[_FULL]),
// following OpenCV's reference (scalar) code: the forward conversion is integer arithmetic
// with reciprocal tables, the inverse is float32. The pixel loops are in colour.ts.
import { roundToByte } from './rounding';

const SHIFT = 12;
const HALF = 1 << (SHIFT - 1);

// OpenCV's saturate_cast<int>(numerator / (divisor · i)) for i in 1..255; entry 0 is 0.
// No quotient is ever a tie, so any rounding to nearest gives OpenCV's tables.
const SATURATION_DIVISORS = memory.data(256 << 2, 16);
const HUE_DIVISORS_180 = memory.data(256 << 2, 16);
const HUE_DIVISORS_256 = memory.data(256 << 2, 16);
for (let i = 1; i < 256; i++) {
  const at = <usize>i << 2;
  store<i32>(SATURATION_DIVISORS + at, <i32>nearest<f64>(<f64>(255 << SHIFT) / <f64>i));
  store<i32>(HUE_DIVISORS_180 + at, <i32>nearest<f64>(<f64>(180 << SHIFT) / (6.0 * i)));
  store<i32>(HUE_DIVISORS_256 + at, <i32>nearest<f64>(<f64>(256 << SHIFT) / (6.0 * i)));
}

// For each hue sector, which of v, v(1 − s), v(1 − s·f), v(1 − s(1 − f)) is blue, green, red.
const SECTORS = memory.data<u8>([1, 3, 0, 1, 0, 2, 3, 0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 0]);

const LEVELS = memory.data(4 << 2, 16);
const INV_255: f32 = <f32>1.0 / <f32>255.0;
// Adding 1.5 · 2^23 to an f32 in (−2^22, 2^22) rounds it to an integer (ties to even, as
// lrint) held in the low bits of the sum; minus ROUNDER_BITS as integers, that integer.
const ROUNDER: f32 = 12582912.0;
const ROUNDER_BITS = 0x4b400000;

// The SIMD code's v128 constants, loaded from memory where used: V8 rebuilds a v128.const from
// immediates (2 to 4 instructions) at every use inside a loop; a load is one. The scalar build
// never reads them and leaves them out (0).
const ROUNDERS: usize = ASC_FEATURE_SIMD ? memory.data<f32>([ROUNDER, ROUNDER, ROUNDER, ROUNDER], 16) : 0;
const ROUNDERS_BITS: usize = ASC_FEATURE_SIMD ? memory.data<i32>([ROUNDER_BITS, ROUNDER_BITS, ROUNDER_BITS, ROUNDER_BITS], 16) : 0;
const HALVES: usize = ASC_FEATURE_SIMD ? memory.data<i32>([HALF, HALF, HALF, HALF], 16) : 0;
const SATURATION_NUMERATORS: usize = ASC_FEATURE_SIMD
  ? memory.data<f32>([<f32>(255 << SHIFT), <f32>(255 << SHIFT), <f32>(255 << SHIFT), <f32>(255 << SHIFT)], 16)
  : 0;
// Per hue range, 180 or 256: the hue tables' numerator, range << SHIFT, as f32 (bits: 737280
// and 1048576), then the range as i32.
const HUE_CONSTANTS_180: usize = ASC_FEATURE_SIMD ? memory.data<i32>([0x49340000, 0x49340000, 0x49340000, 0x49340000, 180, 180, 180, 180], 16) : 0;
const HUE_CONSTANTS_256: usize = ASC_FEATURE_SIMD ? memory.data<i32>([0x49800000, 0x49800000, 0x49800000, 0x49800000, 256, 256, 256, 256], 16) : 0;
const INVERSES: usize = ASC_FEATURE_SIMD ? memory.data<f32>([INV_255, INV_255, INV_255, INV_255], 16) : 0;
const SIXES: usize = ASC_FEATURE_SIMD ? memory.data<f32>([6, 6, 6, 6], 16) : 0;
const ONES: usize = ASC_FEATURE_SIMD ? memory.data<f32>([1, 1, 1, 1], 16) : 0;
const TOPS: usize = ASC_FEATURE_SIMD ? memory.data<f32>([255, 255, 255, 255], 16) : 0;
const BYTES: usize = ASC_FEATURE_SIMD ? memory.data<i32>([255, 255, 255, 255], 16) : 0;
// Byte 0 of each i32 lane copied to all four bytes of the lane.
const BROADCAST: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 0, 0, 0, 4, 4, 4, 4, 8, 8, 8, 8, 12, 12, 12, 12], 16) : 0;
// Entry k: 4 × the level red takes in sector k mod 6; green in sector k is red in sector
// k + 4 (mod 6), blue red in sector k + 2, so entry sector + 0, 4 or 8 is R's, G's or B's.
const SECTOR_LEVELS: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 8, 4, 4, 12, 0, 0, 8, 4, 4, 12, 0, 0, 8, 4, 4], 16) : 0;
// Per lane: 0, 4, 8 (R's, G's, B's entry in SECTOR_LEVELS), or 8, 4, 0 for BGR order, and 128
// for the top byte (out of range: the swizzles give 0).
const CHANNEL_ENTRIES: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 4, 8, 128, 0, 4, 8, 128, 0, 4, 8, 128, 0, 4, 8, 128], 16) : 0;
const CHANNEL_ENTRIES_BGR: usize = ASC_FEATURE_SIMD ? memory.data<u8>([8, 4, 0, 128, 8, 4, 0, 128, 8, 4, 0, 128, 8, 4, 0, 128], 16) : 0;
// Per lane: the pixel's place among four, and 128 again for the top byte.
const PIXEL_PLACES: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 0, 0, 128, 1, 1, 1, 128, 2, 2, 2, 128, 3, 3, 3, 128], 16) : 0;

/** H | S << 8 | V << 16 of an RGB pixel, H in 0..hueRange − 1 (hueRange 180 or 256). */
// @ts-ignore: decorator
@inline export function hsvFromRgb(r: i32, g: i32, b: i32, hueRange: i32): i32 {
  const value = max(r, max(g, b));
  const diff = value - min(r, min(g, b));
  const saturation = (diff * load<i32>(SATURATION_DIVISORS + (<usize>value << 2)) + HALF) >> SHIFT;
  const sixths = value == r ? g - b : value == g ? b - r + 2 * diff : r - g + 4 * diff;
  const hueDivisors = hueRange == 180 ? HUE_DIVISORS_180 : HUE_DIVISORS_256;
  const h = (sixths * load<i32>(hueDivisors + (<usize>diff << 2)) + HALF) >> SHIFT;
  return (h < 0 ? h + hueRange : h) | (saturation << 8) | (value << 16);
}

/** R | G << 8 | B << 16 of an H, S, V pixel; `hueScale` is 6 / 180, or 6 / 255 for the full range. */
// @ts-ignore: decorator
@inline export function rgbFromHsv(h: i32, s: i32, v: i32, hueScale: f32): i32 {
  const sf = <f32>s * INV_255;
  const vf = <f32>v * INV_255;
  if (sf == 0) return <i32>roundToByte(vf * 255) * 0x010101;
  // OpenCV takes fmod(h · hueScale, 6); for 8-bit hues the product is below 8.5, so that is
  // at most one subtraction, which is exact.
  let position = <f32>h * hueScale;
  if (position >= 6) position -= 6;
  const sector = <i32>floor<f32>(position);
  position -= <f32>sector;
  store<f32>(LEVELS, vf);
  store<f32>(LEVELS, vf * (1 - sf), 4);
  store<f32>(LEVELS, vf * (1 - sf * position), 8);
  store<f32>(LEVELS, vf * (1 - sf * (1 - position)), 12);
  const row = SECTORS + <usize>sector * 3;
  const blue = roundToByte(load<f32>(LEVELS + (<usize>load<u8>(row) << 2)) * 255);
  const green = roundToByte(load<f32>(LEVELS + (<usize>load<u8>(row, 1) << 2)) * 255);
  const red = roundToByte(load<f32>(LEVELS + (<usize>load<u8>(row, 2) << 2)) * 255);
  return <i32>red | (<i32>green << 8) | (<i32>blue << 16);
}

/** The hue constants hueSaturation4 takes for hue range 180, or 256 when `full`: pick them outside the loop. */
// @ts-ignore: decorator
@inline export function hueConstants(full: bool): usize {
  return full ? HUE_CONSTANTS_256 : HUE_CONSTANTS_180;
}

/** What rgbFromHsv4 takes to write R, G, B in that order, or B, G, R if `bgr`: pick it outside the loop. */
// @ts-ignore: decorator
@inline export function channelOrder(bgr: bool): usize {
  return bgr ? CHANNEL_ENTRIES_BGR : CHANNEL_ENTRIES;
}

// Four pixels at once, for the SIMD build: the same operations as hsvFromRgb and rgbFromHsv in
// the same order, lane by lane (WebAssembly has no fused multiply-add), so the bytes are equal.

/**
 * round(numerator / divisor) in each i32 lane (`numerators`: four f32), without a table:
 * OpenCV's tables hold saturate_cast<int>(numerator / divisor) computed in double, and for every numerator and
 * divisor here (1..255, and 6..1530 for the hue) the f32 quotient, correctly rounded, rounds
 * to the same integer (scripts/check-hsv.mjs checks every entry). The quotient is below 2^22,
 * so adding 1.5 · 2^23 rounds it to an integer in the low mantissa bits (ties to even, never
 * met). A zero divisor gives garbage, which the callers multiply by zero.
 */
// @ts-ignore: decorator
@inline function reciprocal4(numerators: usize, divisor: v128): v128 {
  const quotient = f32x4.div(v128.load(numerators), f32x4.convert_i32x4_s(divisor));
  return i32x4.sub(f32x4.add(quotient, v128.load(ROUNDERS)), v128.load(ROUNDERS_BITS));
}

/** CV_DESCALE(x · y, SHIFT), lane by lane. */
// @ts-ignore: decorator
@inline function productDescale4(x: v128, y: v128): v128 {
  return i32x4.shr_s(i32x4.add(i32x4.mul(x, y), v128.load(HALVES)), SHIFT);
}

/**
 * H | S << 8 of four RGB pixels (i32 lanes) whose V = max(R, G, B) is `value`; H as hsvFromRgb's
 * for the hue range whose hueConstants are `hue`.
 */
// @ts-ignore: decorator
@inline export function hueSaturation4(r: v128, g: v128, b: v128, value: v128, hue: usize): v128 {
  const diff = i32x4.sub(value, i32x4.min_s(r, i32x4.min_s(g, b)));
  const saturation = productDescale4(diff, reciprocal4(SATURATION_NUMERATORS, value));
  const twice = i32x4.add(diff, diff), four = i32x4.add(twice, twice);
  const sixths = v128.bitselect(
    i32x4.sub(g, b),
    v128.bitselect(i32x4.add(i32x4.sub(b, r), twice), i32x4.add(i32x4.sub(r, g), four), i32x4.eq(value, g)),
    i32x4.eq(value, r),
  );
  const h = productDescale4(sixths, reciprocal4(hue, i32x4.add(four, twice)));
  const wrapped = i32x4.add(h, v128.and(i32x4.lt_s(h, i32x4.splat(0)), v128.load(hue, 16)));
  return v128.or(wrapped, i32x4.shl(saturation, 8));
}

/** roundToByte(level · 255) in each lane: levels here are within (−0.5, 255.5). */
// @ts-ignore: decorator
@inline function roundLevel4(level: v128): v128 {
  return v128.and(f32x4.add(f32x4.mul(level, v128.load(TOPS)), v128.load(ROUNDERS)), v128.load(BYTES));
}

/**
 * R | G << 8 | B << 16 of four H, S, V pixels given as i32 lanes, as rgbFromHsv, or
 * B | G << 8 | R << 16 if `channelEntries` is channelOrder(true). OpenCV's s = 0
 * shortcut needs no lane of its own: every level is then exactly v. Level 0, v · 255 rounded,
 * is v itself, so only the three others are rounded; the four levels of the four pixels are
 * narrowed into one vector (byte 4 · level + pixel) and one swizzle picks each pixel's R, G, B.
 */
// @ts-ignore: decorator
@inline export function rgbFromHsv4(h: v128, s: v128, v: v128, hueScale: f32, channelEntries: usize, wraps: bool): v128 {
  const inverse = v128.load(INVERSES), one = v128.load(ONES), six = v128.load(SIXES);
  const sf = f32x4.mul(f32x4.convert_i32x4_s(s), inverse);
  const vf = f32x4.mul(f32x4.convert_i32x4_s(v), inverse);
  let position = f32x4.mul(f32x4.convert_i32x4_s(h), f32x4.splat(hueScale));
  // position − 6 where it is 6 or more, position − 0 (itself) elsewhere; hues below 180
  // (`wraps` false: hsvMerge's, from hsvFromRgb) never are.
  if (wraps) position = f32x4.sub(position, v128.and(f32x4.ge(position, six), six));
  const floor = f32x4.floor(position);
  const fraction = f32x4.sub(position, floor);
  const l1 = roundLevel4(f32x4.mul(vf, f32x4.sub(one, sf)));
  const l2 = roundLevel4(f32x4.mul(vf, f32x4.sub(one, f32x4.mul(sf, fraction))));
  const l3 = roundLevel4(f32x4.mul(vf, f32x4.sub(one, f32x4.mul(sf, f32x4.sub(one, fraction)))));
  const levels = i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_u(v, l1), i16x8.narrow_i32x4_u(l2, l3));
  // The sector (0..5) in every byte of its lane, plus each channel's entry in SECTOR_LEVELS.
  const sectors = i8x16.swizzle(f32x4.add(floor, v128.load(ROUNDERS)), v128.load(BROADCAST));
  const which = i8x16.swizzle(v128.load(SECTOR_LEVELS), i8x16.add(sectors, v128.load(channelEntries)));
  return i8x16.swizzle(levels, i8x16.add(which, v128.load(PIXEL_PLACES)));
}
