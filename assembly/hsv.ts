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
