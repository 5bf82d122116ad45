// OpenCV's 8-bit sRGB ↔ CIE L*a*b* for one pixel (cvtColor COLOR_RGB2Lab / COLOR_Lab2RGB,
// D65): OpenCV's integer paths RGB2Lab_b and Lab2RGBinteger, driven by the tables of
// labTables.ts and labCurves.ts. 8-bit encoding: L·255/100, a + 128, b + 128. The pixel loops
// are in colour.ts.
import {
  B_X, B_Y, B_Z, G_X, G_Y, G_Z, R_X, R_Y, R_Z, X_B, X_G, X_R, Y_B, Y_G, Y_R, Z_B, Z_G, Z_R,
  SRGB_GAMMA_FIRST, SRGB_GAMMA_STEPS, SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS,
  AB_OFFSET, INV_GAMMA_SIZE, L_OFFSET, L_SCALE, LAB_SHIFT, RGB_SHIFT, XYZ_SHIFT,
} from './labTables';
import { fillCbrtTable, fillLightnessTables } from './labCurves';
import { saturate } from './rounding';

// a·2^14/500 and b·2^14/200 from 8-bit a and b, as OpenCV approximates them:
// ((a·5·53687 + 2^7) >> 13) − 4194 and ((b·41943 + 2^4) >> 9) − 10484 (OpenCV's odd rounding terms).
export const A_SCALE = 5 * 53687, A_ROUND = 1 << 7, A_SHIFT = 13, A_OFFSET = 4194;
export const B_SCALE = 41943, B_ROUND = 1 << 4, B_SHIFT = 9, B_OFFSET = 10484;
// Above this f, uncompand cubes; at or below, it is linear.
export const LINEAR_TOP = 3390;

// @ts-ignore: decorator
@inline function at(table: usize, index: i32): i32 {
  return load<u16>(table + (<usize>index << 1));
}

/** Fills `length` u16 at `table` from a non-decreasing table's first entry and byte steps. */
function expand(first: u16, steps: usize, length: i32, table: usize): usize {
  let entry = first;
  store<u16>(table, entry);
  for (let i = 1; i < length; i++) {
    entry += load<u8>(steps + i - 1);
    store<u16>(table + (<usize>i << 1), entry);
  }
  return table;
}

/** Fills the 4096 bytes at `table` with level 0 from index starts[0], level 1 from starts[1], … */
function levelRuns(starts: usize, table: usize): usize {
  for (let level = 0; level < 256; level++) {
    const end = level < 255 ? at(starts, level + 1) : INV_GAMMA_SIZE;
    for (let i = at(starts, level); i < end; i++) store<u8>(table + i, level);
  }
  return table;
}

// Static addresses, filled once at start-up: constants the loops fold into their addressing,
// where globals would be loaded again at every step.
export const GAMMA = memory.data(256 << 1, 16);
export const CBRT = memory.data(3072 << 1, 16);
export const INV_GAMMA = memory.data(INV_GAMMA_SIZE, 16);
const Y_OF_L = memory.data(256 << 1, 16);
const FY_OF_L = memory.data(256 << 1, 16);
expand(SRGB_GAMMA_FIRST, SRGB_GAMMA_STEPS, 256, GAMMA);
fillCbrtTable(CBRT);
levelRuns(expand(SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS, 256, memory.data(256 << 1, 16)), INV_GAMMA);
fillLightnessTables(Y_OF_L, FY_OF_L);

// @ts-ignore: decorator
@inline function descale(value: i32, shift: i32): i32 {
  return (value + (1 << (shift - 1))) >> shift;
}

// @ts-ignore: decorator
@inline function lightnessOf(fy: i32): i32 {
  return saturate(descale(L_SCALE * fy + L_OFFSET, LAB_SHIFT));
}

/** L | a << 8 | b << 16 of an RGB pixel. */
// @ts-ignore: decorator
@inline export function labFromRgb(r: i32, g: i32, b: i32): i32 {
  const lr = at(GAMMA, r), lg = at(GAMMA, g), lb = at(GAMMA, b);
  const fx = at(CBRT, descale(lr * X_R + lg * X_G + lb * X_B, XYZ_SHIFT));
  const fy = at(CBRT, descale(lr * Y_R + lg * Y_G + lb * Y_B, XYZ_SHIFT));
  const fz = at(CBRT, descale(lr * Z_R + lg * Z_G + lb * Z_B, XYZ_SHIFT));
  const greenRed = saturate(descale(500 * (fx - fy) + AB_OFFSET, LAB_SHIFT));
  const blueYellow = saturate(descale(200 * (fy - fz) + AB_OFFSET, LAB_SHIFT));
  return lightnessOf(fy) | (<i32>greenRed << 8) | (<i32>blueYellow << 16);
}

/** X or Z·2^14 from f(X) or f(Z)·2^14, OpenCV's abToXZ_b table computed on the spot. */
// @ts-ignore: decorator
@inline function uncompand(f: i32): i32 {
  // i32 division truncates towards zero, as in C.
  return f <= LINEAR_TOP ? (f * 108) / 841 - 290 : ((f * f) / 16384) * f / 16384;
}

// @ts-ignore: decorator
@inline function toLevel(linear: i32): i32 {
  return load<u8>(INV_GAMMA + max(0, min(INV_GAMMA_SIZE - 1, descale(linear, RGB_SHIFT))));
}

/** R | G << 8 | B << 16 of an 8-bit L, a, b pixel. */
// @ts-ignore: decorator
@inline export function rgbFromLab(l: i32, a: i32, b: i32): i32 {
  const y = at(Y_OF_L, l);
  const fy = at(FY_OF_L, l);
  const aStep = ((a * A_SCALE + A_ROUND) >> A_SHIFT) - A_OFFSET;
  const bStep = ((b * B_SCALE + B_ROUND) >> B_SHIFT) - B_OFFSET;
  const x = uncompand(fy + aStep);
  const z = uncompand(fy - bStep);
  const red = toLevel(R_X * x + R_Y * y + R_Z * z);
  const green = toLevel(G_X * x + G_Y * y + G_Z * z);
  const blue = toLevel(B_X * x + B_Y * y + B_Z * z);
  return red | (green << 8) | (blue << 16);
}

// labBlocks.ts's tables beside these: Y_OF_L[l] | FY_OF_L[l] << 16 (both below 2^16), one lookup per L.
export const Y_FY_OF_L: usize = ASC_FEATURE_SIMD ? memory.data(256 << 2, 16) : 0;
if (ASC_FEATURE_SIMD) interleave(Y_OF_L, FY_OF_L, Y_FY_OF_L);

function interleave(low: usize, high: usize, table: usize): usize {
  for (let i = 0; i < 256; i++) store<u32>(table + (<usize>i << 2), at(low, i) | (at(high, i) << 16));
  return table;
}
