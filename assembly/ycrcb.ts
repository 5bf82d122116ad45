// OpenCV's 8-bit RGB ↔ YCrCb (cvtColor COLOR_RGB2YCrCb / COLOR_YCrCb2RGB): BT.601 in fixed
// point with 14 fractional bits. Every kernel takes interleaved 3- or 4-channel pixels, R, G, B
// at offsets 0, 1, 2 (or 2, 1, 0 when `bgr`), copies alpha, and may write over its input.
import { saturate } from './rounding';

const SHIFT = 14;
const HALF = 1 << (SHIFT - 1);
const DELTA = 128 << SHIFT;
const R_TO_Y = 4899, G_TO_Y = 9617, B_TO_Y = 1868;
const TO_CR = 11682, TO_CB = 9241;
const CR_TO_R = 22987, CR_TO_G = -11698, CB_TO_G = -5636, CB_TO_B = 29049;

// One pixel's result, set by forward() and inverse().
let y: i32 = 0, cr: i32 = 0, cb: i32 = 0;
let red: u8 = 0, green: u8 = 0, blue: u8 = 0;

// @ts-ignore: decorator
@inline function luma(r: i32, g: i32, b: i32): i32 {
  return (r * R_TO_Y + g * G_TO_Y + b * B_TO_Y + HALF) >> SHIFT;
}

// @ts-ignore: decorator
@inline function forward(r: i32, g: i32, b: i32): void {
  y = luma(r, g, b);
  cr = saturate(((r - y) * TO_CR + DELTA + HALF) >> SHIFT);
  cb = saturate(((b - y) * TO_CB + DELTA + HALF) >> SHIFT);
}

// @ts-ignore: decorator
@inline function inverse(luminance: i32, chromaRed: i32, chromaBlue: i32): void {
  const dr = chromaRed - 128;
  const db = chromaBlue - 128;
  red = saturate(luminance + ((dr * CR_TO_R + HALF) >> SHIFT));
  green = saturate(luminance + ((db * CB_TO_G + dr * CR_TO_G + HALF) >> SHIFT));
  blue = saturate(luminance + ((db * CB_TO_B + HALF) >> SHIFT));
}

/** RGB(A) or BGR(A) pixels to Y, Cr, Cb. */
export function rgbToYCrCb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, d = dst, end = src + <usize>pixels * channels; s < end; s += channels, d += channels) {
    forward(load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b));
    store<u8>(d, y);
    store<u8>(d, cr, 1);
    store<u8>(d, cb, 2);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

/** Y, Cr, Cb pixels to RGB(A) or BGR(A). */
export function yCrCbToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, d = dst, end = src + <usize>pixels * channels; s < end; s += channels, d += channels) {
    inverse(load<u8>(s), load<u8>(s, 1), load<u8>(s, 2));
    store<u8>(d + r, red);
    store<u8>(d, green, 1);
    store<u8>(d + b, blue);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

/** Writes each pixel's Y into `plane`, one byte per pixel. */
export function yCrCbPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, p = plane, end = plane + pixels; p < end; s += channels, p++) {
    store<u8>(p, luma(load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b)));
  }
}

/** Each pixel of `src` with its Y replaced by the one in `plane`, back to RGB(A) or BGR(A) at `dst`. */
export function yCrCbMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, p = plane, d = dst, end = plane + pixels; p < end; s += channels, p++, d += channels) {
    forward(load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b));
    inverse(load<u8>(p), cr, cb);
    store<u8>(d + r, red);
    store<u8>(d, green, 1);
    store<u8>(d + b, blue);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}
