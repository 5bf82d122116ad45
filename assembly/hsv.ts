// OpenCV's 8-bit RGB ↔ HSV (cvtColor COLOR_RGB2HSV[_FULL] / COLOR_HSV2RGB[_FULL]), following
// OpenCV's reference (scalar) code: the forward conversion is integer arithmetic with
// reciprocal tables, the inverse is float32. Every kernel takes interleaved 3- or 4-channel
// pixels, R, G, B at offsets 0, 1, 2 (or 2, 1, 0 when `bgr`), copies alpha, and may write
// over its input.
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

// One pixel's result, set by forward() and inverse().
let hue: i32 = 0, saturation: i32 = 0, value: i32 = 0;
let red: u8 = 0, green: u8 = 0, blue: u8 = 0;

/** Hue (0 ≤ hue < hueRange), saturation and value of one pixel. */
// @ts-ignore: decorator
@inline function forward(r: i32, g: i32, b: i32, hueRange: i32, hueDivisors: usize): void {
  value = max(r, max(g, b));
  const diff = value - min(r, min(g, b));
  saturation = (diff * load<i32>(SATURATION_DIVISORS + (<usize>value << 2)) + HALF) >> SHIFT;
  const sixths = value == r ? g - b : value == g ? b - r + 2 * diff : r - g + 4 * diff;
  const h = (sixths * load<i32>(hueDivisors + (<usize>diff << 2)) + HALF) >> SHIFT;
  hue = h < 0 ? h + hueRange : h;
}

// @ts-ignore: decorator
@inline function inverse(h: i32, s: i32, v: i32, hueScale: f32): void {
  const sf = <f32>s * INV_255;
  const vf = <f32>v * INV_255;
  if (sf == 0) {
    red = green = blue = roundToByte(vf * 255);
    return;
  }
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
  blue = roundToByte(load<f32>(LEVELS + (<usize>load<u8>(row) << 2)) * 255);
  green = roundToByte(load<f32>(LEVELS + (<usize>load<u8>(row, 1) << 2)) * 255);
  red = roundToByte(load<f32>(LEVELS + (<usize>load<u8>(row, 2) << 2)) * 255);
}

// @ts-ignore: decorator
@inline function toHsv(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, hueRange: i32, hueDivisors: usize): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, d = dst, end = src + <usize>pixels * channels; s < end; s += channels, d += channels) {
    forward(load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b), hueRange, hueDivisors);
    store<u8>(d, hue);
    store<u8>(d, saturation, 1);
    store<u8>(d, value, 2);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

// @ts-ignore: decorator
@inline function fromHsv(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, hueRange: i32): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  const hueScale = <f32>6.0 / <f32>hueRange;
  for (let s = src, d = dst, end = src + <usize>pixels * channels; s < end; s += channels, d += channels) {
    inverse(load<u8>(s), load<u8>(s, 1), load<u8>(s, 2), hueScale);
    store<u8>(d + r, red);
    store<u8>(d, green, 1);
    store<u8>(d + b, blue);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

/** RGB(A) or BGR(A) pixels to H (0..179), S, V. */
export function rgbToHsv(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  toHsv(src, dst, pixels, channels, bgr, 180, HUE_DIVISORS_180);
}

/** As rgbToHsv with H in 0..255 (COLOR_RGB2HSV_FULL). */
export function rgbToHsvFull(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  toHsv(src, dst, pixels, channels, bgr, 256, HUE_DIVISORS_256);
}

/** H (0..179), S, V pixels to RGB(A) or BGR(A). */
export function hsvToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  fromHsv(src, dst, pixels, channels, bgr, 180);
}

/** As hsvToRgb with H in 0..255 (COLOR_HSV2RGB_FULL, which divides the hue circle by 255). */
export function hsvToRgbFull(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  fromHsv(src, dst, pixels, channels, bgr, 255);
}

/** Writes each pixel's V = max(R, G, B) into `plane`, one byte per pixel. */
export function hsvPlane(src: usize, plane: usize, pixels: i32, channels: i32): void {
  for (let s = src, p = plane, end = plane + pixels; p < end; s += channels, p++) {
    store<u8>(p, max(load<u8>(s), max(load<u8>(s, 1), load<u8>(s, 2))));
  }
}

/** Each pixel of `src` with its V replaced by the one in `plane`, back to RGB(A) or BGR(A) at `dst`. */
export function hsvMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  const hueScale = <f32>6.0 / <f32>180.0;
  for (let s = src, p = plane, d = dst, end = plane + pixels; p < end; s += channels, p++, d += channels) {
    forward(load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b), 180, HUE_DIVISORS_180);
    inverse(hue, saturation, load<u8>(p), hueScale);
    store<u8>(d + r, red);
    store<u8>(d, green, 1);
    store<u8>(d + b, blue);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}
