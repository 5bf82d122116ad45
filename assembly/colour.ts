// The colour kernels: OpenCV's 8-bit cvtColor between RGB and HSV, Lab or YCrCb, and the two
// halves of equalizing a colour image's luminance. Every kernel walks `pixels` interleaved
// pixels of `channels` (3 or 4) bytes, R, G, B at offsets 0, 1, 2 (or 2, 1, 0 when `bgr`),
// copies the fourth byte (alpha) unchanged, and may write over its input. Per-pixel
// arithmetic is in hsv.ts, lab.ts and ycrcb.ts; a pixel travels packed as c0 | c1 << 8 | c2 << 16.
import { hsvFromRgb, rgbFromHsv } from './hsv';
import { labFromRgb, lightness, rgbFromLab } from './lab';
import { luma, rgbFromYCrCb, yCrCbFromRgb } from './ycrcb';

// The colour spaces, as constants the inlined loops below specialize on.
const HSV = 0, HSV_FULL = 1, LAB = 2, YCRCB = 3;
const HUE_SCALE: f32 = <f32>6.0 / <f32>180.0;
// OpenCV's COLOR_HSV2RGB_FULL divides the hue circle into 255 steps, RGB2HSV_FULL into 256.
const HUE_SCALE_FULL: f32 = <f32>6.0 / <f32>255.0;

// @ts-ignore: decorator
@inline function fromRgb(space: i32, r: i32, g: i32, b: i32): i32 {
  if (space == HSV) return hsvFromRgb(r, g, b, 180);
  if (space == HSV_FULL) return hsvFromRgb(r, g, b, 256);
  if (space == LAB) return labFromRgb(r, g, b);
  return yCrCbFromRgb(r, g, b);
}

// @ts-ignore: decorator
@inline function toRgb(space: i32, packed: i32): i32 {
  const c0 = packed & 255, c1 = (packed >> 8) & 255, c2 = packed >> 16;
  if (space == HSV) return rgbFromHsv(c0, c1, c2, HUE_SCALE);
  if (space == HSV_FULL) return rgbFromHsv(c0, c1, c2, HUE_SCALE_FULL);
  if (space == LAB) return rgbFromLab(c0, c1, c2);
  return rgbFromYCrCb(c0, c1, c2);
}

/** Which byte of a packed pixel is the one equalized: V is last in HSV, L and Y first. */
// @ts-ignore: decorator
@inline function luminanceShift(space: i32): i32 {
  return space == HSV ? 16 : 0;
}

/** The equalized channel alone, cheaper than the whole conversion. */
// @ts-ignore: decorator
@inline function luminance(space: i32, r: i32, g: i32, b: i32): i32 {
  if (space == HSV) return max(r, max(g, b));
  if (space == LAB) return lightness(r, g, b);
  return luma(r, g, b);
}

// @ts-ignore: decorator
@inline function convertFromRgb(space: i32, src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, d = dst, end = src + <usize>pixels * channels; s < end; s += channels, d += channels) {
    const packed = fromRgb(space, load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b));
    store<u8>(d, packed);
    store<u8>(d, packed >> 8, 1);
    store<u8>(d, packed >> 16, 2);
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

// @ts-ignore: decorator
@inline function storeRgb(d: usize, r: usize, b: usize, rgb: i32): void {
  store<u8>(d + r, rgb);
  store<u8>(d, rgb >> 8, 1);
  store<u8>(d + b, rgb >> 16);
}

// @ts-ignore: decorator
@inline function convertToRgb(space: i32, src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, d = dst, end = src + <usize>pixels * channels; s < end; s += channels, d += channels) {
    storeRgb(d, r, b, toRgb(space, load<u8>(s) | (<i32>load<u8>(s, 1) << 8) | (<i32>load<u8>(s, 2) << 16)));
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

/** Writes each pixel's V, L or Y into `plane`, one byte per pixel. */
// @ts-ignore: decorator
@inline function extractPlane(space: i32, src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  for (let s = src, p = plane, end = plane + pixels; p < end; s += channels, p++) {
    store<u8>(p, luminance(space, load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b)));
  }
}

/** Each pixel of `src` converted, its V, L or Y replaced by the one in `plane`, converted back to `dst`. */
// @ts-ignore: decorator
@inline function mergePlane(space: i32, src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r;
  const shift = luminanceShift(space);
  for (let s = src, p = plane, d = dst, end = plane + pixels; p < end; s += channels, p++, d += channels) {
    const packed = fromRgb(space, load<u8>(s + r), load<u8>(s, 1), load<u8>(s + b));
    storeRgb(d, r, b, toRgb(space, (packed & ~(255 << shift)) | (<i32>load<u8>(p) << shift)));
    if (channels == 4) store<u8>(d, load<u8>(s, 3), 3);
  }
}

/** RGB(A) or BGR(A) to H (0..179), S, V(, A). */
export function rgbToHsv(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb(HSV, src, dst, pixels, channels, bgr);
}

/** As rgbToHsv with H in 0..255 (COLOR_RGB2HSV_FULL). */
export function rgbToHsvFull(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb(HSV_FULL, src, dst, pixels, channels, bgr);
}

/** H (0..179), S, V(, A) to RGB(A) or BGR(A). */
export function hsvToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb(HSV, src, dst, pixels, channels, bgr);
}

/** As hsvToRgb with H in 0..255 (COLOR_HSV2RGB_FULL). */
export function hsvToRgbFull(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb(HSV_FULL, src, dst, pixels, channels, bgr);
}

/** RGB(A) or BGR(A) to 8-bit L, a, b(, A). */
export function rgbToLab(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb(LAB, src, dst, pixels, channels, bgr);
}

/** 8-bit L, a, b(, A) to RGB(A) or BGR(A). */
export function labToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb(LAB, src, dst, pixels, channels, bgr);
}

/** RGB(A) or BGR(A) to Y, Cr, Cb(, A). */
export function rgbToYCrCb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb(YCRCB, src, dst, pixels, channels, bgr);
}

/** Y, Cr, Cb(, A) to RGB(A) or BGR(A). */
export function yCrCbToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb(YCRCB, src, dst, pixels, channels, bgr);
}

/** Writes each pixel's HSV V = max(R, G, B) into `plane`. */
export function hsvPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  extractPlane(HSV, src, plane, pixels, channels, bgr);
}

/** Each pixel's H and S with V from `plane`, back to RGB(A) or BGR(A) at `dst`. */
export function hsvMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  mergePlane(HSV, src, plane, dst, pixels, channels, bgr);
}

/** Writes each pixel's Lab L into `plane`. */
export function labPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  extractPlane(LAB, src, plane, pixels, channels, bgr);
}

/** Each pixel's a and b with L from `plane`, back to RGB(A) or BGR(A) at `dst`. */
export function labMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  mergePlane(LAB, src, plane, dst, pixels, channels, bgr);
}

/** Writes each pixel's Y into `plane`. */
export function yCrCbPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  extractPlane(YCRCB, src, plane, pixels, channels, bgr);
}

/** Each pixel's Cr and Cb with Y from `plane`, back to RGB(A) or BGR(A) at `dst`. */
export function yCrCbMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  mergePlane(YCRCB, src, plane, dst, pixels, channels, bgr);
}
