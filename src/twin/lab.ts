// OpenCV's 8-bit sRGB ↔ CIE L*a*b* (cvtColor COLOR_RGB2Lab / COLOR_Lab2RGB, D65): OpenCV's
// integer paths RGB2Lab_b and Lab2RGBinteger, driven by the tables of labTables.ts.
// 8-bit encoding: L·255/100, a + 128, b + 128. Twin of assembly/lab.ts.
import {
  B_X, B_Y, B_Z, G_X, G_Y, G_Z, R_X, R_Y, R_Z, X_B, X_G, X_R, Y_B, Y_G, Y_R, Z_B, Z_G, Z_R,
  LAB_CBRT_FIRST, LAB_CBRT_STEPS, LAB_TO_FY_FIRST, LAB_TO_FY_STEPS, LAB_TO_Y_FIRST, LAB_TO_Y_STEPS,
  SRGB_GAMMA_FIRST, SRGB_GAMMA_STEPS, SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS,
} from './labTables.js';
import { saturate } from './rounding.js';

const XYZ_SHIFT = 12;
const LAB_SHIFT = 15;
const RGB_SHIFT = 14;
const L_SCALE = 296; // (116·255 + 50) / 100
const L_OFFSET = -1336934; // −(16·255·2^15 + 50) / 100
const AB_OFFSET = 128 << LAB_SHIFT;
const INV_GAMMA_SIZE = 4096;

/** A non-decreasing table from its first entry and its byte steps (base64). */
function expand(first: number, steps: string): Uint16Array {
  const bytes = atob(steps);
  const table = new Uint16Array(bytes.length + 1);
  table[0] = first;
  for (let i = 1; i < table.length; i++) table[i] = table[i - 1] + bytes.charCodeAt(i - 1);
  return table;
}

/** 4096 bytes: level 0 from index starts[0], level 1 from starts[1], … */
function levelRuns(starts: Uint16Array): Uint8Array {
  const table = new Uint8Array(INV_GAMMA_SIZE);
  for (let level = 0; level < 256; level++) {
    const end = level < 255 ? starts[level + 1] : INV_GAMMA_SIZE;
    for (let i = starts[level]; i < end; i++) table[i] = level;
  }
  return table;
}

const GAMMA = expand(SRGB_GAMMA_FIRST, SRGB_GAMMA_STEPS);
const CBRT = expand(LAB_CBRT_FIRST, LAB_CBRT_STEPS);
const INV_GAMMA = levelRuns(expand(SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS));
const Y_OF_L = expand(LAB_TO_Y_FIRST, LAB_TO_Y_STEPS);
const FY_OF_L = expand(LAB_TO_FY_FIRST, LAB_TO_FY_STEPS);

function descale(value: number, shift: number): number {
  return (value + (1 << (shift - 1))) >> shift;
}

// One pixel's result, set by forward() and inverse().
let lightness = 0, greenRed = 0, blueYellow = 0;
let red = 0, green = 0, blue = 0;

/** f(Y)·2^15 of 8-bit sRGB levels: all L needs. */
function fY(r: number, g: number, b: number): number {
  return CBRT[descale(GAMMA[r] * Y_R + GAMMA[g] * Y_G + GAMMA[b] * Y_B, XYZ_SHIFT)];
}

function lightnessOf(fy: number): number {
  return saturate(descale(L_SCALE * fy + L_OFFSET, LAB_SHIFT));
}

function forward(r: number, g: number, b: number): void {
  const lr = GAMMA[r], lg = GAMMA[g], lb = GAMMA[b];
  const fx = CBRT[descale(lr * X_R + lg * X_G + lb * X_B, XYZ_SHIFT)];
  const fy = CBRT[descale(lr * Y_R + lg * Y_G + lb * Y_B, XYZ_SHIFT)];
  const fz = CBRT[descale(lr * Z_R + lg * Z_G + lb * Z_B, XYZ_SHIFT)];
  lightness = lightnessOf(fy);
  greenRed = saturate(descale(500 * (fx - fy) + AB_OFFSET, LAB_SHIFT));
  blueYellow = saturate(descale(200 * (fy - fz) + AB_OFFSET, LAB_SHIFT));
}

/** X or Z·2^14 from f(X) or f(Z)·2^14, OpenCV's abToXZ_b table computed on the spot. */
function uncompand(f: number): number {
  // Integer division truncates towards zero, as in C.
  return f <= 3390 ? Math.trunc((f * 108) / 841) - 290 : Math.trunc((Math.trunc((f * f) / 16384) * f) / 16384);
}

function toLevel(linear: number): number {
  return INV_GAMMA[Math.max(0, Math.min(INV_GAMMA_SIZE - 1, descale(linear, RGB_SHIFT)))];
}

function inverse(l: number, a: number, b: number): void {
  const y = Y_OF_L[l];
  const fy = FY_OF_L[l];
  // a·2^14/500 and b·2^14/200, as OpenCV approximates them.
  const aStep = ((5 * a * 53687 + (1 << 7)) >> 13) - 4194;
  const bStep = ((b * 41943 + (1 << 4)) >> 9) - 10484;
  const x = uncompand(fy + aStep);
  const z = uncompand(fy - bStep);
  red = toLevel(R_X * x + R_Y * y + R_Z * z);
  green = toLevel(G_X * x + G_Y * y + G_Z * z);
  blue = toLevel(B_X * x + B_Y * y + B_Z * z);
}

/** RGB(A) or BGR(A) pixels to 8-bit L, a, b (alpha copied); `dst` may be `src`. */
export function rgbToLab(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0; i < src.length; i += channels) {
    forward(src[i + r], src[i + 1], src[i + b]);
    dst[i] = lightness;
    dst[i + 1] = greenRed;
    dst[i + 2] = blueYellow;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** 8-bit L, a, b pixels (alpha copied) to RGB(A) or BGR(A); `dst` may be `src`. */
export function labToRgb(src: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0; i < src.length; i += channels) {
    inverse(src[i], src[i + 1], src[i + 2]);
    dst[i + r] = red;
    dst[i + 1] = green;
    dst[i + b] = blue;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}

/** Writes each pixel's L into `plane` (one byte per pixel). */
export function labPlane(src: Uint8Array, plane: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0, p = 0; i < src.length; i += channels, p++) plane[p] = lightnessOf(fY(src[i + r], src[i + 1], src[i + b]));
}

/** Each pixel of `src` with its L replaced by the one in `plane`, back to RGB; `dst` may be `src`. */
export function labMerge(src: Uint8Array, plane: Uint8Array, dst: Uint8Array, channels: number, bgr: boolean): void {
  const r = bgr ? 2 : 0, b = 2 - r;
  for (let i = 0, p = 0; i < src.length; i += channels, p++) {
    forward(src[i + r], src[i + 1], src[i + b]);
    inverse(plane[p], greenRed, blueYellow);
    dst[i + r] = red;
    dst[i + 1] = green;
    dst[i + b] = blue;
    if (channels === 4) dst[i + 3] = src[i + 3];
  }
}
