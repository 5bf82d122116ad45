// OpenCV's Lab tables that follow from float arithmetic alone, computed as the module loads rather than
// shipped: LabCbrtTab_b, the companding function f, and LabToYF_b, Y and f(Y) of each 8-bit L,
// as initLabTabs() (color_lab.cpp) computes them. Math.fround after each double operation on
// float32 operands gives the float32 operation's result, so every step is exact and the same on
// every engine. test/labTables.test.ts checks them against scripts/lab-tables.mjs.
// Twin of assembly/labCurves.ts.
import { LAB_SHIFT } from './labTables.js';
import { roundToRange } from './rounding.js';

const f32 = Math.fround;
/** LabCbrtTab_b's entries: i/2040 for i in 0..3071 (linear light up to 1.5). */
const CBRT_SIZE = 3072;
/** 2^14: LabToYF_b's fixed point. */
const LUT_BASE = 1 << 14;
/** Below this, f is linear: (6/29)^3. */
const F_THRESHOLD = f32(216 / 24389);
const F_SLOPE = f32(841 / 108);
const F_OFFSET = f32(16 / 116);

/** cvRound of an integer-range value: nearest, ties to even. */
const round = (value: number) => roundToRange(value, 65535);

/**
 * OpenCV's softfloat cbrt of a positive normal float32: Ken Turkowski's quartic rational
 * approximation of the cube root of the mantissa (scaled into [1/8, 1)), evaluated in double,
 * keeping the top 24 bits of the result truncated (not rounded).
 */
function cbrt32(x: number): number {
  const word = new Uint32Array(new Float32Array([x]).buffer)[0]!;
  let exponent = (word >>> 23) - 127;
  let shift = exponent % 3;
  if (shift >= 0) shift -= 3;
  exponent = (exponent - shift) / 3;
  const m = (1 + (word & 0x7fffff) / 8388608) / (1 << -shift);
  // biome-ignore-start lint/correctness/noPrecisionLoss: OpenCV's cbrt coefficients, digit for digit as in its source.
  const root =
    ((((45.2548339756803022511987494 * m + 192.2798368355061050458134625) * m + 119.1654824285581628956914143) * m +
      13.43250139086239872172837314) *
      m +
      0.1636161226585754240958355063) /
    ((((14.80884093219134573786480845 * m + 151.9714051044435648658557668) * m + 168.5254414101568283957668343) * m +
      33.9905941350215598754191872) *
      m +
      1.0);
  // biome-ignore-end lint/correctness/noPrecisionLoss: end of the coefficients.
  // root lies in [1/2, 1): 24 significant bits are 24 bits after the binary point.
  return (Math.floor(root * 16777216) / 16777216) * 2 ** exponent;
}

/** LabCbrtTab_b: 2^15·f(i/2040), 3072 entries. */
export function cbrtTable(): Uint16Array {
  const scale = f32(1 / 2040);
  const table = new Uint16Array(CBRT_SIZE);
  for (let i = 0; i < CBRT_SIZE; i++) {
    const x = f32(scale * i);
    // OpenCV's fused multiply-add: the product is exact in double, the sum rounds once to double
    // and again to float32, which gives the single rounding's result on all 19 entries it concerns.
    const f = x < F_THRESHOLD ? f32(x * F_SLOPE + F_OFFSET) : cbrt32(x);
    table[i] = round(f32(2 ** LAB_SHIFT * f));
  }
  return table;
}

/** LabToYF_b's Y·2^14 and f(Y)·2^14 of each 8-bit L, 256 entries each. */
export function lightnessTables(): { yOfL: Uint16Array; fyOfL: Uint16Array } {
  const yOfL = new Uint16Array(256);
  const fyOfL = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let y: number;
    let fy: number;
    if (i <= 20) {
      y = f32(f32(i * LUT_BASE * 20 * 9) / f32(17 * 29 * 29 * 29));
      fy = f32(LUT_BASE * f32(F_OFFSET + f32(f32(i * 5) / f32(3 * 17 * 29))));
    } else {
      fy = f32(f32(f32(i * 100 * LUT_BASE) / f32(255 * 116)) + f32(f32(16 * LUT_BASE) / f32(116)));
      y = f32(f32(f32(fy * fy) * fy) / f32(LUT_BASE * LUT_BASE));
    }
    yOfL[i] = round(y);
    fyOfL[i] = round(fy);
  }
  return { yOfL, fyOfL };
}
