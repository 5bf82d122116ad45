// OpenCV's 8-bit RGB ↔ HSV (cvtColor COLOR_RGB2HSV[_FULL] / COLOR_HSV2RGB[_FULL]), following
// OpenCV's reference (scalar) code: the forward conversion is integer arithmetic with
// reciprocal tables, the inverse is float32. Twin of assembly/hsv.ts.
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
const INV_255 = f32(1 / 255);

// One pixel's result, set by forward() and inverse().
let hue = 0, saturation = 0, value = 0;
let red = 0, green = 0, blue = 0;
const levels = new Float32Array(4);

/** Hue (0 ≤ hue < hueRange), saturation and value of one pixel. */
function forward(r: number, g: number, b: number, hueRange: number, hueDivisors: Int32Array): void {
  value = Math.max(r, g, b);
  const diff = value - Math.min(r, g, b);
  saturation = (diff * SATURATION_DIVISORS[value] + HALF) >> SHIFT;
  const sixths = value === r ? g - b : value === g ? b - r + 2 * diff : r - g + 4 * diff;
  const h = (sixths * hueDivisors[diff] + HALF) >> SHIFT;
  hue = h < 0 ? h + hueRange : h;
}

function inverse(h: number, s: number, v: number, hueScale: number): void {
  const sf = f32(s * INV_255);
  const vf = f32(v * INV_255);
  if (sf === 0) {
    red = green = blue = roundToByte(f32(vf * 255));
    return;
  }
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
  blue = roundToByte(f32(levels[SECTORS[row]] * 255));
  green = roundToByte(f32(levels[SECTORS[row + 1]] * 255));
  red = roundToByte(f32(levels[SECTORS[row + 2]] * 255));
}

function toHsv(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean, hueRange: number): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  const hueDivisors = hueRange === 180 ? HUE_DIVISORS_180 : HUE_DIVISORS_256;
  for (let i = 0; i < src.length; i += channels) {
    forward(src[i + r], src[i + 1], src[i + b], hueRange, hueDivisors);
    dst[i] = hue;
    dst[i + 1] = saturation;
    dst[i + 2] = value;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

function fromHsv(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean, hueRange: number): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  const hueScale = f32(6 / hueRange);
  for (let i = 0; i < src.length; i += channels) {
    inverse(src[i], src[i + 1], src[i + 2], hueScale);
    dst[i + r] = red;
    dst[i + 1] = green;
    dst[i + b] = blue;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** RGB(A) or BGR(A) pixels to H (0..179), S, V (alpha copied); `dst` may be `src`. */
export function rgbToHsv(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  toHsv(src, dst, channels, bgr, 180);
}

/** As rgbToHsv with H in 0..255 (COLOR_RGB2HSV_FULL). */
export function rgbToHsvFull(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  toHsv(src, dst, channels, bgr, 256);
}

/** H (0..179), S, V pixels (alpha copied) to RGB(A) or BGR(A); `dst` may be `src`. */
export function hsvToRgb(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  fromHsv(src, dst, channels, bgr, 180);
}

/** As hsvToRgb with H in 0..255 (COLOR_HSV2RGB_FULL, which divides the hue circle by 255). */
export function hsvToRgbFull(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  fromHsv(src, dst, channels, bgr, 255);
}

/** Writes each pixel's V = max(R, G, B) into `plane` (one byte per pixel). */
export function hsvPlane(src: Uint8Array, plane: Uint8Array, channels: number): void {
  for (let i = 0, p = 0; i < src.length; i += channels, p++) plane[p] = Math.max(src[i], src[i + 1], src[i + 2]);
}

/** Each pixel of `src` with its V replaced by the one in `plane`, back to RGB; `dst` may be `src`. */
export function hsvMerge(src: Uint8Array, plane: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  const hueScale = f32(6 / 180);
  for (let i = 0, p = 0; i < src.length; i += channels, p++) {
    forward(src[i + r], src[i + 1], src[i + b], 180, HUE_DIVISORS_180);
    inverse(hue, saturation, plane[p], hueScale);
    dst[i + r] = red;
    dst[i + 1] = green;
    dst[i + b] = blue;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}
