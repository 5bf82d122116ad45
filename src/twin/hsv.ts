// OpenCV's 8-bit RGB ↔ HSV for one pixel, following OpenCV's reference (scalar) code: the
// forward conversion is integer arithmetic with reciprocal tables, the inverse is float32.
// Twin of assembly/hsv.ts.
import { roundToByte } from './rounding.js';

const f32 = Math.fround;
const SHIFT = 12;
const HALF = 1 << (SHIFT - 1);

/**
 * OpenCV's saturate_cast<int>(numerator / (divisor · i)) for i in 1..255; entry 0 is 0.
 * No quotient is ever a tie, so any rounding to nearest gives OpenCV's tables.
 */
function reciprocals(numerator: number, divisor: number): Int32Array {
  return Int32Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : Math.round(numerator / (divisor * i))));
}

const SATURATION_DIVISORS = reciprocals(255 << SHIFT, 1);
const HUE_DIVISORS_180 = reciprocals(180 << SHIFT, 6);
const HUE_DIVISORS_256 = reciprocals(256 << SHIFT, 6);

// For each hue sector, which of v, v(1 − s), v(1 − s·f), v(1 − s(1 − f)) is blue, green, red.
const SECTORS = Uint8Array.of(1, 3, 0, 1, 0, 2, 3, 0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 0);
const levels = new Float32Array(4);
const INV_255 = f32(1 / 255);

/** H | S << 8 | V << 16 of an RGB pixel, H in 0..hueRange − 1 (hueRange 180 or 256). */
export function hsvFromRgb(r: number, g: number, b: number, hueRange: number): number {
  const value = Math.max(r, g, b);
  const diff = value - Math.min(r, g, b);
  const saturation = (diff * SATURATION_DIVISORS[value] + HALF) >> SHIFT;
  const sixths = value === r ? g - b : value === g ? b - r + 2 * diff : r - g + 4 * diff;
  const hueDivisors = hueRange === 180 ? HUE_DIVISORS_180 : HUE_DIVISORS_256;
  const h = (sixths * hueDivisors[diff] + HALF) >> SHIFT;
  return (h < 0 ? h + hueRange : h) | (saturation << 8) | (value << 16);
}

/** R | G << 8 | B << 16 of an H, S, V pixel; `hueScale` is f32(6 / 180), or f32(6 / 255) for the full range. */
export function rgbFromHsv(h: number, s: number, v: number, hueScale: number): number {
  const sf = f32(s * INV_255);
  const vf = f32(v * INV_255);
  if (sf === 0) return roundToByte(f32(vf * 255)) * 0x010101;
  // OpenCV takes fmod(h · hueScale, 6); for 8-bit hues the product is below 8.5, so that is
  // at most one subtraction, which is exact.
  let position = f32(h * hueScale);
  if (position >= 6) position = f32(position - 6);
  const sector = Math.floor(position);
  position = f32(position - sector);
  levels[0] = vf;
  levels[1] = f32(vf * f32(1 - sf));
  levels[2] = f32(vf * f32(1 - f32(sf * position)));
  levels[3] = f32(vf * f32(1 - f32(sf * f32(1 - position))));
  const row = sector * 3;
  const blue = roundToByte(f32(levels[SECTORS[row]] * 255));
  const green = roundToByte(f32(levels[SECTORS[row + 1]] * 255));
  const red = roundToByte(f32(levels[SECTORS[row + 2]] * 255));
  return red | (green << 8) | (blue << 16);
}
