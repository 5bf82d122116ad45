// OpenCV's 8-bit sRGB ↔ CIE L*a*b* for one pixel (cvtColor COLOR_RGB2Lab / COLOR_Lab2RGB,
// D65): OpenCV's integer paths RGB2Lab_b and Lab2RGBinteger, driven by the tables of
// labTables.ts. 8-bit encoding: L·255/100, a + 128, b + 128. The pixel loops are in colour.ts.
import {
  B_X, B_Y, B_Z, G_X, G_Y, G_Z, R_X, R_Y, R_Z, X_B, X_G, X_R, Y_B, Y_G, Y_R, Z_B, Z_G, Z_R,
  LAB_CBRT_FIRST, LAB_CBRT_STEPS, LAB_TO_FY_FIRST, LAB_TO_FY_STEPS, LAB_TO_Y_FIRST, LAB_TO_Y_STEPS,
  SRGB_GAMMA_FIRST, SRGB_GAMMA_STEPS, SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS,
  AB_OFFSET, INV_GAMMA_SIZE, L_OFFSET, L_SCALE, LAB_SHIFT, RGB_SHIFT, XYZ_SHIFT,
} from './labTables';
import { saturate } from './rounding';

// a·2^14/500 and b·2^14/200 from 8-bit a and b, as OpenCV approximates them:
// ((a·5·53687 + 2^7) >> 13) − 4194 and ((b·41943 + 2^4) >> 9) − 10484 (OpenCV's odd rounding terms).
const A_SCALE = 5 * 53687, A_ROUND = 1 << 7, A_SHIFT = 13, A_OFFSET = 4194;
const B_SCALE = 41943, B_ROUND = 1 << 4, B_SHIFT = 9, B_OFFSET = 10484;
// Above this f, uncompand cubes; at or below, it is linear.
const LINEAR_TOP = 3390;

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
const GAMMA = memory.data(256 << 1, 16);
const CBRT = memory.data(3072 << 1, 16);
const INV_GAMMA = memory.data(INV_GAMMA_SIZE, 16);
const Y_OF_L = memory.data(256 << 1, 16);
const FY_OF_L = memory.data(256 << 1, 16);
expand(SRGB_GAMMA_FIRST, SRGB_GAMMA_STEPS, 256, GAMMA);
expand(LAB_CBRT_FIRST, LAB_CBRT_STEPS, 3072, CBRT);
levelRuns(expand(SRGB_INV_GAMMA_STARTS_FIRST, SRGB_INV_GAMMA_STARTS_STEPS, 256, memory.data(256 << 1, 16)), INV_GAMMA);
expand(LAB_TO_Y_FIRST, LAB_TO_Y_STEPS, 256, Y_OF_L);
expand(LAB_TO_FY_FIRST, LAB_TO_FY_STEPS, 256, FY_OF_L);

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

// Four pixels at once, for the SIMD build: labFromRgb's and rgbFromLab's operations lane by lane
// on i32 lanes, so the bytes are equal; only the table lookups stay scalar.

/** Y_OF_L[l] | FY_OF_L[l] << 16 (both below 2^16): one lookup per pixel instead of two. */
const Y_FY_OF_L = memory.data(256 << 2, 16);
interleave(Y_OF_L, FY_OF_L, Y_FY_OF_L);

function interleave(low: usize, high: usize, table: usize): usize {
  for (let i = 0; i < 256; i++) store<u32>(table + (<usize>i << 2), at(low, i) | (at(high, i) << 16));
  return table;
}

/** Four entries of a table of T, one per lane's index, as i32 lanes. */
// @ts-ignore: decorator
@inline function gather4<T>(table: usize, index: v128): v128 {
  let entries = i32x4.splat(<i32>load<T>(table + (<usize>i32x4.extract_lane(index, 0) << alignof<T>())));
  entries = i32x4.replace_lane(entries, 1, <i32>load<T>(table + (<usize>i32x4.extract_lane(index, 1) << alignof<T>())));
  entries = i32x4.replace_lane(entries, 2, <i32>load<T>(table + (<usize>i32x4.extract_lane(index, 2) << alignof<T>())));
  return i32x4.replace_lane(entries, 3, <i32>load<T>(table + (<usize>i32x4.extract_lane(index, 3) << alignof<T>())));
}

// The constants of the four-pixel functions live in memory, as groups of i32 (or f32): V8
// rebuilds a v128 constant at every use inside a loop (three instructions each, some 25 per
// step here), where a v128.load32_splat is one. A descale's rounding term rides in the group
// as the last addend (i32 sums wrap the same in any order).
const TO_X = memory.data<i32>([X_R, X_G, X_B, 1 << (XYZ_SHIFT - 1)]);
const TO_Y = memory.data<i32>([Y_R, Y_G, Y_B, 1 << (XYZ_SHIFT - 1)]);
const TO_Z = memory.data<i32>([Z_R, Z_G, Z_B, 1 << (XYZ_SHIFT - 1)]);
const TO_RED = memory.data<i32>([R_X, R_Y, R_Z, 1 << (RGB_SHIFT - 1)]);
const TO_GREEN = memory.data<i32>([G_X, G_Y, G_Z, 1 << (RGB_SHIFT - 1)]);
const TO_BLUE = memory.data<i32>([B_X, B_Y, B_Z, 1 << (RGB_SHIFT - 1)]);
const TO_L = memory.data<i32>([L_SCALE, L_OFFSET + (1 << (LAB_SHIFT - 1))]);
const TO_A = memory.data<i32>([500, AB_OFFSET + (1 << (LAB_SHIFT - 1))]);
const TO_B = memory.data<i32>([200, AB_OFFSET + (1 << (LAB_SHIFT - 1))]);
const A_STEP = memory.data<i32>([A_SCALE, A_ROUND, A_OFFSET]);
const B_STEP = memory.data<i32>([B_SCALE, B_ROUND, B_OFFSET]);
const UNCOMPAND = memory.data<i32>([108, 290, LINEAR_TOP]);
const UNCOMPAND_DIVISOR = memory.data<f32>([841]);
const BYTE_TOP = memory.data<i32>([255]);
const INV_GAMMA_TOP = memory.data<i32>([INV_GAMMA_SIZE - 1]);

/** Entry `index` of a group of constants, in every lane. */
// @ts-ignore: decorator
@inline function lanes(group: usize, index: i32 = 0): v128 {
  return v128.load32_splat(group + (<usize>index << 2));
}

/** value · group[0] + group[1], lane by lane. */
// @ts-ignore: decorator
@inline function scale4(value: v128, group: usize): v128 {
  return i32x4.add(i32x4.mul(value, lanes(group, 0)), lanes(group, 1));
}

/** x · row[0] + y · row[1] + z · row[2] + row[3], lane by lane: a matrix row and a rounding term. */
// @ts-ignore: decorator
@inline function affine4(x: v128, y: v128, z: v128, row: usize): v128 {
  return i32x4.add(i32x4.add(i32x4.add(i32x4.mul(x, lanes(row, 0)), i32x4.mul(y, lanes(row, 1))), i32x4.mul(z, lanes(row, 2))), lanes(row, 3));
}

/** Each lane clamped to 0..*top. */
// @ts-ignore: decorator
@inline function clamp4(value: v128, top: usize): v128 {
  return i32x4.min_s(i32x4.max_s(value, i32x4.splat(0)), lanes(top));
}

/** ((value · scale + round) >> shift) − offset, lane by lane, from a group of scale, round, offset. */
// @ts-ignore: decorator
@inline function step4(value: v128, group: usize, shift: i32): v128 {
  return i32x4.sub(i32x4.shr_s(scale4(value, group), shift), lanes(group, 2));
}

/**
 * uncompand, lane by lane. The C division by 841 is an f32 division truncated: |f·108| < 2^24
 * is exact in f32, and the correctly rounded quotient (below 1400) errs by less than 2^-13,
 * never reaching the next integer, at least 1/841 away. For f above LINEAR_TOP the divisions
 * by 2^14 are shifts (all positive).
 */
// @ts-ignore: decorator
@inline function uncompand4(f: v128): v128 {
  const quotient = f32x4.div(f32x4.convert_i32x4_s(i32x4.mul(f, lanes(UNCOMPAND, 0))), lanes(UNCOMPAND_DIVISOR));
  const linear = i32x4.sub(i32x4.trunc_sat_f32x4_s(quotient), lanes(UNCOMPAND, 1));
  const cube = i32x4.shr_s(i32x4.mul(i32x4.shr_s(i32x4.mul(f, f), 14), f), 14);
  return v128.bitselect(linear, cube, i32x4.le_s(f, lanes(UNCOMPAND, 2)));
}

/** toLevel of x, y, z times a row of the matrix, lane by lane. */
// @ts-ignore: decorator
@inline function toLevel4(x: v128, y: v128, z: v128, row: usize): v128 {
  return gather4<u8>(INV_GAMMA, clamp4(i32x4.shr_s(affine4(x, y, z, row), RGB_SHIFT), INV_GAMMA_TOP));
}

/** f(X), f(Y) or f(Z) of linear R, G, B and a row of the matrix, lane by lane. */
// @ts-ignore: decorator
@inline function compand4(r: v128, g: v128, b: v128, row: usize): v128 {
  return gather4<u16>(CBRT, i32x4.shr_s(affine4(r, g, b, row), XYZ_SHIFT));
}

/** saturate(descale(value · scale + offset, LAB_SHIFT)), lane by lane: an 8-bit L, a or b. */
// @ts-ignore: decorator
@inline function labChannel4(value: v128, group: usize): v128 {
  return clamp4(i32x4.shr_s(scale4(value, group), LAB_SHIFT), BYTE_TOP);
}

/** L | a << 8 | b << 16 of four R, G, B pixels given as i32 lanes, as labFromRgb. */
// @ts-ignore: decorator
@inline export function labFromRgb4(r: v128, g: v128, b: v128): v128 {
  const lr = gather4<u16>(GAMMA, r), lg = gather4<u16>(GAMMA, g), lb = gather4<u16>(GAMMA, b);
  const fx = compand4(lr, lg, lb, TO_X), fy = compand4(lr, lg, lb, TO_Y), fz = compand4(lr, lg, lb, TO_Z);
  const greenRed = labChannel4(i32x4.sub(fx, fy), TO_A);
  const blueYellow = labChannel4(i32x4.sub(fy, fz), TO_B);
  return v128.or(labChannel4(fy, TO_L), v128.or(i32x4.shl(greenRed, 8), i32x4.shl(blueYellow, 16)));
}

/** R | G << 8 | B << 16 of four L, a, b pixels given as i32 lanes, as rgbFromLab. */
// @ts-ignore: decorator
@inline export function rgbFromLab4(l: v128, a: v128, b: v128): v128 {
  const yfy = gather4<u32>(Y_FY_OF_L, l);
  // The low and high halves, without a mask constant.
  const y = i32x4.shr_u(i32x4.shl(yfy, 16), 16), fy = i32x4.shr_u(yfy, 16);
  const x = uncompand4(i32x4.add(fy, step4(a, A_STEP, A_SHIFT)));
  const z = uncompand4(i32x4.sub(fy, step4(b, B_STEP, B_SHIFT)));
  const red = toLevel4(x, y, z, TO_RED), green = toLevel4(x, y, z, TO_GREEN), blue = toLevel4(x, y, z, TO_BLUE);
  return v128.or(red, v128.or(i32x4.shl(green, 8), i32x4.shl(blue, 16)));
}
