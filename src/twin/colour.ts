// The colour kernels: OpenCV's cvtColor between RGB and HSV, Lab or YCrCb, and the two halves
// of equalizing a colour image's luminance, on 8-bit pixels, and for YCrCb on 16-bit pixels
// too. Twin of assembly/colour.ts: the same loops over interleaved 3- or 4-channel pixels (R and
// B swapped when `bgr`, alpha copied, `dst` may be `src`), a pixel packed as
// c0 + c1·scale + c2·scale² with scale 256 or 65536, exact in a double.
import type { ColorSpace, Pixels } from '../kernels.js';
import { hsvFromRgb, rgbFromHsv } from './hsv.js';
import { labFromRgb, lightness, rgbFromLab } from './lab.js';
import { luma, rgbFromYCrCb, yCrCbFromRgb } from './ycrcb.js';

const f32 = Math.fround;
const HSV = 0,
  HSV_FULL = 1,
  LAB = 2,
  YCRCB = 3;
const HUE_SCALE = f32(6 / 180);
// OpenCV's COLOR_HSV2RGB_FULL divides the hue circle into 255 steps, RGB2HSV_FULL into 256.
const HUE_SCALE_FULL = f32(6 / 255);
const SPACES: Record<ColorSpace, number> = { hsv: HSV, lab: LAB, ycrcb: YCRCB };

/** One more than the largest value of a channel: 256 or 65536. */
const scaleOf = (pixels: Pixels): number => (pixels instanceof Uint16Array ? 65536 : 256);

function fromRgb(space: number, r: number, g: number, b: number, scale: number): number {
  if (space === HSV) return hsvFromRgb(r, g, b, 180);
  if (space === HSV_FULL) return hsvFromRgb(r, g, b, 256);
  if (space === LAB) return labFromRgb(r, g, b);
  return yCrCbFromRgb(r, g, b, scale);
}

/** `top` caps YCrCb's result; HSV and Lab exist for 8-bit pixels only, where it is 255. */
function toRgb(space: number, packed: number, scale: number, top: number): number {
  const c0 = channelOf(packed, 0, scale),
    c1 = channelOf(packed, 1, scale),
    c2 = channelOf(packed, 2, scale);
  if (space === HSV) return rgbFromHsv(c0, c1, c2, HUE_SCALE);
  if (space === HSV_FULL) return rgbFromHsv(c0, c1, c2, HUE_SCALE_FULL);
  if (space === LAB) return rgbFromLab(c0, c1, c2);
  return rgbFromYCrCb(c0, c1, c2, scale, top);
}

/** The equalized channel alone, cheaper than the whole conversion. */
function luminance(space: number, r: number, g: number, b: number): number {
  if (space === HSV) return Math.max(r, g, b);
  if (space === LAB) return lightness(r, g, b);
  return luma(r, g, b);
}

/** Writes the packed channels at `at + c0`, `at + 1` and `at + c2`. */
function storePacked(dst: Pixels, at: number, c0: number, c2: number, packed: number, scale: number): void {
  dst[at + c0] = channelOf(packed, 0, scale);
  dst[at + 1] = channelOf(packed, 1, scale);
  dst[at + c2] = channelOf(packed, 2, scale);
}

const WEIGHTS_8 = [1, 256, 65536];
const WEIGHTS_16 = [1, 65536, 2 ** 32];

/** Channel k (0, 1 or 2) of a packed pixel; 8-bit pixels fit in int32, so bit operations (about 25% faster). */
function channelOf(packed: number, k: number, scale: number): number {
  return scale === 256 ? (packed >> (8 * k)) & 255 : Math.floor(packed / WEIGHTS_16[k]) % scale;
}

function convertFromRgb(space: number, src: Pixels, dst: Pixels, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0,
    b = 2 - r,
    scale = scaleOf(src);
  for (let i = 0; i < src.length; i += channels) {
    storePacked(dst, i, 0, 2, fromRgb(space, src[i + r], src[i + 1], src[i + b], scale), scale);
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

function convertToRgb(space: number, src: Pixels, dst: Pixels, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0,
    b = 2 - r,
    scale = scaleOf(src);
  for (let i = 0; i < src.length; i += channels) {
    storePacked(
      dst,
      i,
      r,
      b,
      toRgb(space, src[i] + src[i + 1] * scale + src[i + 2] * scale * scale, scale, scale - 1),
      scale,
    );
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** Writes each pixel's V (HSV), L (Lab) or Y (YCrCb) into `plane`, one value per pixel. */
export function extractPlane(colorSpace: ColorSpace, src: Pixels, plane: Pixels, channels: number, bgr: boolean): void {
  const space = SPACES[colorSpace];
  const r = bgr ? 2 : 0,
    b = 2 - r;
  for (let i = 0, p = 0; i < src.length; i += channels, p++)
    plane[p] = luminance(space, src[i + r], src[i + 1], src[i + b]);
}

/**
 * Each pixel of `src` converted, its V, L or Y replaced by the one in `plane`, converted back
 * into `dst` with every channel capped at `top`.
 */
export function mergePlane(
  colorSpace: ColorSpace,
  src: Pixels,
  plane: Pixels,
  dst: Pixels,
  channels: number,
  bgr: boolean,
  top: number,
): void {
  const space = SPACES[colorSpace];
  const r = bgr ? 2 : 0,
    b = 2 - r,
    scale = scaleOf(src);
  // V is the last HSV channel, L and Y the first.
  const channel = space === HSV ? 2 : 0;
  const weight = (scale === 256 ? WEIGHTS_8 : WEIGHTS_16)[channel];
  for (let i = 0, p = 0; i < src.length; i += channels, p++) {
    const packed = fromRgb(space, src[i + r], src[i + 1], src[i + b], scale);
    const replaced = packed + (plane[p] - channelOf(packed, channel, scale)) * weight;
    storePacked(dst, i, r, b, toRgb(space, replaced, scale, top), scale);
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

type Convert = (src: Pixels, dst: Pixels, channels: number, bgr: boolean) => void;
const from =
  (space: number): Convert =>
  (src, dst, channels, bgr) =>
    convertFromRgb(space, src, dst, channels, bgr);
const to =
  (space: number): Convert =>
  (src, dst, channels, bgr) =>
    convertToRgb(space, src, dst, channels, bgr);

/** The conversions by the names assembly/colour.ts exports them under (the 16-bit ones by the same names). */
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
