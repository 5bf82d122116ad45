// OpenCV's Lab tables that follow from float arithmetic alone, computed at start-up rather than
// shipped as data (3.6 KB of the module): LabCbrtTab_b, the companding function f, and
// LabToYF_b, Y and f(Y) of each 8-bit L, as initLabTabs() (color_lab.cpp) computes them. Every
// step is a float32 or float64 operation, exact and the same on every engine; the sRGB gamma
// tables need pow(), so they stay data (labTables.ts). scripts/lab-tables.mjs computes all of
// them independently, and test/labTables.test.ts checks these against it entry by entry.
// Twin: src/twin/labCurves.ts.
import { LAB_SHIFT } from './labTables';

/** LabCbrtTab_b's entries: i/2040 for i in 0..3071 (linear light up to 1.5). */
const CBRT_SIZE = 3072;
/** 2^14: LabToYF_b's fixed point. */
const LUT_BASE: i32 = 1 << 14;
/** Below this, f is linear: (6/29)^3. */
const F_THRESHOLD = <f32>(216.0 / 24389.0);
const F_SLOPE = <f32>(841.0 / 108.0);
const F_OFFSET = <f32>(16.0 / 116.0);

/**
 * OpenCV's softfloat cbrt of a positive normal float32: Ken Turkowski's quartic rational
 * approximation of the cube root of the mantissa (scaled into [1/8, 1)), evaluated in double,
 * keeping the top 24 bits of the result truncated (not rounded).
 */
function cbrt32(x: f32): f32 {
  const word = reinterpret<u32>(x);
  let exponent = <i32>(word >> 23) - 127;
  let shift = exponent % 3;
  if (shift >= 0) shift -= 3;
  exponent = (exponent - shift) / 3;
  const m = (1 + <f64>(word & 0x7fffff) / 8388608) / <f64>(1 << -shift);
  const root =
    ((((45.2548339756803022511987494 * m + 192.2798368355061050458134625) * m + 119.1654824285581628956914143) * m +
      13.43250139086239872172837314) * m + 0.1636161226585754240958355063) /
    ((((14.80884093219134573786480845 * m + 151.9714051044435648658557668) * m + 168.5254414101568283957668343) * m +
      33.9905941350215598754191872) * m + 1.0);
  // root lies in [1/2, 1): 24 significant bits are 24 bits after the binary point.
  return <f32>((Math.floor(root * 16777216) / 16777216) * reinterpret<f64>(<u64>(1023 + exponent) << 52));
}

/** Fills the 3072 u16 at `table` with LabCbrtTab_b: 2^15·f(i/2040). */
export function fillCbrtTable(table: usize): void {
  const scale = <f32>(1.0 / 2040.0);
  for (let i = 0; i < CBRT_SIZE; i++) {
    const x = scale * <f32>i;
    // OpenCV's fused multiply-add: the product is exact in f64, the sum rounds once to f64 and
    // again to f32, which gives the single rounding's result on all 19 entries it concerns.
    const f = x < F_THRESHOLD ? <f32>(<f64>x * <f64>F_SLOPE + <f64>F_OFFSET) : cbrt32(x);
    store<u16>(table + (<usize>i << 1), <u16>(<i32>nearest<f32>(<f32>(1 << LAB_SHIFT) * f)));
  }
}

/** Fills 256 u16 each at `yOfL` and `fyOfL`: LabToYF_b's Y·2^14 and f(Y)·2^14 of 8-bit L. */
export function fillLightnessTables(yOfL: usize, fyOfL: usize): void {
  for (let i = 0; i < 256; i++) {
    let y: f32, fy: f32;
    if (i <= 20) {
      y = <f32>(i * LUT_BASE * 20 * 9) / <f32>(17 * 29 * 29 * 29);
      fy = <f32>LUT_BASE * (F_OFFSET + <f32>(i * 5) / <f32>(3 * 17 * 29));
    } else {
      fy = <f32>(i * 100 * LUT_BASE) / <f32>(255 * 116) + <f32>(LUT_BASE * 16) / <f32>116;
      y = (fy * fy * fy) / <f32>(LUT_BASE * LUT_BASE);
    }
    store<u16>(yOfL + (<usize>i << 1), <u16>(<i32>nearest<f32>(y)));
    store<u16>(fyOfL + (<usize>i << 1), <u16>(<i32>nearest<f32>(fy)));
  }
}
