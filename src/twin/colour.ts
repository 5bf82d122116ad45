// The colour kernels: OpenCV's 8-bit cvtColor between RGB and HSV, Lab or YCrCb, and the two
// halves of equalizing a colour image's luminance. Twin of assembly/colour.ts: the same loops
// over interleaved 3- or 4-channel pixels (R and B swapped when `bgr`, alpha copied, `dst`
// may be `src`), a pixel packed as c0 | c1 << 8 | c2 << 16.
import type { ColorSpace } from '../kernels.js';
import { hsvFromRgb, rgbFromHsv } from './hsv.js';
import { labFromRgb, lightness, rgbFromLab } from './lab.js';
import { luma, rgbFromYCrCb, yCrCbFromRgb } from './ycrcb.js';

const f32 = Math.fround;
const HSV = 0, HSV_FULL = 1, LAB = 2, YCRCB = 3;
const HUE_SCALE = f32(6 / 180);
// OpenCV's COLOR_HSV2RGB_FULL divides the hue circle into 255 steps, RGB2HSV_FULL into 256.
const HUE_SCALE_FULL = f32(6 / 255);
const SPACES: Record<ColorSpace, number> = { hsv: HSV, lab: LAB, ycrcb: YCRCB };

function fromRgb(space: number, r: number, g: number, b: number): number {
  if (space === HSV) return hsvFromRgb(r, g, b, 180);
  if (space === HSV_FULL) return hsvFromRgb(r, g, b, 256);
  if (space === LAB) return labFromRgb(r, g, b);
  return yCrCbFromRgb(r, g, b);
}

function toRgb(space: number, packed: number): number {
  const c0 = packed & 255, c1 = (packed >> 8) & 255, c2 = packed >> 16;
  if (space === HSV) return rgbFromHsv(c0, c1, c2, HUE_SCALE);
  if (space === HSV_FULL) return rgbFromHsv(c0, c1, c2, HUE_SCALE_FULL);
  if (space === LAB) return rgbFromLab(c0, c1, c2);
  return rgbFromYCrCb(c0, c1, c2);
}

/** The equalized channel alone, cheaper than the whole conversion. */
function luminance(space: number, r: number, g: number, b: number): number {
  if (space === HSV) return Math.max(r, g, b);
  if (space === LAB) return lightness(r, g, b);
  return luma(r, g, b);
}

function convertFromRgb(space: number, src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0; i < src.length; i += channels) {
    const packed = fromRgb(space, src[i + r], src[i + 1], src[i + b]);
    dst[i] = packed & 255;
    dst[i + 1] = (packed >> 8) & 255;
    dst[i + 2] = packed >> 16;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

function storeRgb(dst: Uint8Array, at: number, r: number, b: number, rgb: number): void {
  dst[at + r] = rgb & 255;
  dst[at + 1] = (rgb >> 8) & 255;
  dst[at + b] = rgb >> 16;
}

function convertToRgb(space: number, src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0; i < src.length; i += channels) {
    storeRgb(dst, i, r, b, toRgb(space, src[i] | (src[i + 1] << 8) | (src[i + 2] << 16)));
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** Writes each pixel's V (HSV), L (Lab) or Y (YCrCb) into `plane`, one byte per pixel. */
export function extractPlane(colorSpace: ColorSpace, src: Uint8Array, plane: Uint8Array, channels: number, bgr: boolean): void {
  const space = SPACES[colorSpace];
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0, p = 0; i < src.length; i += channels, p++) plane[p] = luminance(space, src[i + r], src[i + 1], src[i + b]);
}

/** Each pixel of `src` converted, its V, L or Y replaced by the one in `plane`, converted back into `dst`. */
export function mergePlane(colorSpace: ColorSpace, src: Uint8Array, plane: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const space = SPACES[colorSpace];
  const r = bgr ? 2 : 0, b = 2 - r;
  // V is the last HSV channel, L and Y the first.
  const shift = space === HSV ? 16 : 0;
  for (let i = 0, p = 0; i < src.length; i += channels, p++) {
    const packed = fromRgb(space, src[i + r], src[i + 1], src[i + b]);
    storeRgb(dst, i, r, b, toRgb(space, (packed & ~(255 << shift)) | (plane[p] << shift)));
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

type Convert = (src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean) => void;
const from = (space: number): Convert => (src, dst, channels, bgr) => convertFromRgb(space, src, dst, channels, bgr);
const to = (space: number): Convert => (src, dst, channels, bgr) => convertToRgb(space, src, dst, channels, bgr);

/** The conversions by the names assembly/colour.ts exports them under. */
export const CONVERSIONS = {
  rgbToHsv: from(HSV),
  rgbToHsvFull: from(HSV_FULL),
  hsvToRgb: to(HSV),
  hsvToRgbFull: to(HSV_FULL),
  rgbToLab: from(LAB),
  labToRgb: to(LAB),
  rgbToYCrCb: from(YCRCB),
  yCrCbToRgb: to(YCRCB),
};
