// OpenCV's 8-bit sRGB ↔ CIE L*a*b* for one pixel (D65): OpenCV's integer paths RGB2Lab_b and
// Lab2RGBinteger, driven by the tables of labTables.ts and labCurves.ts. 8-bit encoding: L·255/100, a + 128,
// b + 128. Twin of assembly/lab.ts.
import {
  B_X,
  B_Y,
  B_Z,
  G_X,
  G_Y,
  G_Z,
  R_X,
  R_Y,
  R_Z,
  X_B,
  X_G,
  X_R,
  Y_B,
  Y_G,
  Y_R,
  Z_B,
  Z_G,
  Z_R,
  SRGB_GAMMA_FIRST,
  SRGB_GAMMA_STEPS,
  SRGB_INV_GAMMA_STARTS_FIRST,
  SRGB_INV_GAMMA_STARTS_STEPS,
  AB_OFFSET,
  INV_GAMMA_SIZE,
  L_OFFSET,
  L_SCALE,
  LAB_SHIFT,
  RGB_SHIFT,
  XYZ_SHIFT,
} from './labTables.js';
import { cbrtTable, lightnessTables } from './labCurves.js';
import { saturate } from './rounding.js';

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
const CBRT = cbrtTable();
const INV_GAMMA = levelRuns(expand(SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS));
const { yOfL: Y_OF_L, fyOfL: FY_OF_L } = lightnessTables();

function descale(value: number, shift: number): number {
  return (value + (1 << (shift - 1))) >> shift;
}

/** f(Y)·2^15 of 8-bit sRGB levels: all L needs. */
function fY(r: number, g: number, b: number): number {
  return CBRT[descale(GAMMA[r] * Y_R + GAMMA[g] * Y_G + GAMMA[b] * Y_B, XYZ_SHIFT)];
}

function lightnessOf(fy: number): number {
  return saturate(descale(L_SCALE * fy + L_OFFSET, LAB_SHIFT));
}

/** L of an RGB pixel. */
export function lightness(r: number, g: number, b: number): number {
  return lightnessOf(fY(r, g, b));
}

/** L | a << 8 | b << 16 of an RGB pixel. */
export function labFromRgb(r: number, g: number, b: number): number {
  const lr = GAMMA[r],
    lg = GAMMA[g],
    lb = GAMMA[b];
  const fx = CBRT[descale(lr * X_R + lg * X_G + lb * X_B, XYZ_SHIFT)];
  const fy = CBRT[descale(lr * Y_R + lg * Y_G + lb * Y_B, XYZ_SHIFT)];
  const fz = CBRT[descale(lr * Z_R + lg * Z_G + lb * Z_B, XYZ_SHIFT)];
  const greenRed = saturate(descale(500 * (fx - fy) + AB_OFFSET, LAB_SHIFT));
  const blueYellow = saturate(descale(200 * (fy - fz) + AB_OFFSET, LAB_SHIFT));
  return lightnessOf(fy) | (greenRed << 8) | (blueYellow << 16);
}

/** X or Z·2^14 from f(X) or f(Z)·2^14, OpenCV's abToXZ_b table computed on the spot. */
function uncompand(f: number): number {
  // Integer division truncates towards zero, as in C.
  return f <= 3390 ? Math.trunc((f * 108) / 841) - 290 : Math.trunc((Math.trunc((f * f) / 16384) * f) / 16384);
}

function toLevel(linear: number): number {
  return INV_GAMMA[Math.max(0, Math.min(INV_GAMMA_SIZE - 1, descale(linear, RGB_SHIFT)))];
}

/** R | G << 8 | B << 16 of an 8-bit L, a, b pixel. */
export function rgbFromLab(l: number, a: number, b: number): number {
  const y = Y_OF_L[l];
  const fy = FY_OF_L[l];
  // a·2^14/500 and b·2^14/200, as OpenCV approximates them.
  const aStep = ((5 * a * 53687 + (1 << 7)) >> 13) - 4194;
  const bStep = ((b * 41943 + (1 << 4)) >> 9) - 10484;
  const x = uncompand(fy + aStep);
  const z = uncompand(fy - bStep);
  const red = toLevel(R_X * x + R_Y * y + R_Z * z);
  const green = toLevel(G_X * x + G_Y * y + G_Z * z);
  const blue = toLevel(B_X * x + B_Y * y + B_Z * z);
  return red | (green << 8) | (blue << 16);
}
