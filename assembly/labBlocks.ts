// The SIMD build's 8-bit Lab loops: lab.ts's per-pixel arithmetic, the same integer operations
// with the same bytes, done for blocks of BLOCK pixels in passes that alternate scalar table
// lookups with four-lane arithmetic, through small buffers that stay in L1.
//
// Why passes: the conversion looks up tables (gamma, cube root, inverse gamma) between its
// matrix steps. WebAssembly has no gather; a lookup done lane by lane inside v128 code
// (extract_lane, load, replace_lane, as the previous four-pixel loop did) costs more than a
// scalar loop that loads each entry and stores it into a buffer the next SIMD pass reads whole
// (rgbToLab 1.25×, labPlane 1.3×, labMerge 1.2–1.3× faster, together with the exact rewrites of
// the division and the (x, y) dot product below).
//
// The buffers are static (module data): one instance runs one kernel at a time (a threads build
// sharing one memory between instances would need a set per thread).
import {
  B_X, B_Y, B_Z, G_X, G_Y, G_Z, R_X, R_Y, R_Z, X_B, X_G, X_R, Y_B, Y_G, Y_R, Z_B, Z_G, Z_R,
  AB_OFFSET, INV_GAMMA_SIZE, L_OFFSET, L_SCALE, LAB_SHIFT, RGB_SHIFT, XYZ_SHIFT,
} from './labTables';
import { A_ROUND, A_SCALE, A_OFFSET, A_SHIFT, B_ROUND, B_SCALE, B_OFFSET, B_SHIFT, CBRT, GAMMA, INV_GAMMA, LINEAR_TOP, Y_FY_OF_L } from './lab';

/** Pixels per block: a multiple of 4 whose buffers (7 KB for RGB → Lab) fit in L1 beside the image's lines. */
const BLOCK = 256;

// Buffers and constants exist in the SIMD build only (the scalar one never reads them).
// RGB → Lab: linear R | G << 16 and B | 1 << 16 per pixel (i16 pairs for i32x4.dot_i16x8_s),
// then the X, Y, Z table indices (i32), then f(X), f(Y), f(Z) (u16).
const RED_GREEN: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const BLUE_ONE: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const X_INDEX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const Y_INDEX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const Z_INDEX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const FX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 1, 16) : 0;
const FY: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 1, 16) : 0;
const FZ: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 1, 16) : 0;
// Lab → RGB: Y | f(Y) << 16 of each L, then the three inverse gamma indices (i32 planes).
const Y_FY: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const RED_INDEX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const GREEN_INDEX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;
const BLUE_INDEX: usize = ASC_FEATURE_SIMD ? memory.data(BLOCK << 2, 16) : 0;

// v128 constants as data, loaded where used: V8 rebuilds a v128.const at every use in a loop.
// A matrix row as two i16 pairs for dot_i16x8_s: (c_R, c_G) against (R, G), (c_B, 2^11: the
// rounding) against (B, 1).
const ROW_X: usize = ASC_FEATURE_SIMD ? memory.data<i32>([X_R | (X_G << 16), X_R | (X_G << 16), X_R | (X_G << 16), X_R | (X_G << 16), X_B | (1 << 27), X_B | (1 << 27), X_B | (1 << 27), X_B | (1 << 27)], 16) : 0;
const ROW_Y: usize = ASC_FEATURE_SIMD ? memory.data<i32>([Y_R | (Y_G << 16), Y_R | (Y_G << 16), Y_R | (Y_G << 16), Y_R | (Y_G << 16), Y_B | (1 << 27), Y_B | (1 << 27), Y_B | (1 << 27), Y_B | (1 << 27)], 16) : 0;
const ROW_Z: usize = ASC_FEATURE_SIMD ? memory.data<i32>([Z_R | (Z_G << 16), Z_R | (Z_G << 16), Z_R | (Z_G << 16), Z_R | (Z_G << 16), Z_B | (1 << 27), Z_B | (1 << 27), Z_B | (1 << 27), Z_B | (1 << 27)], 16) : 0;
// Single i32 (or f32) constants, each splatted to four lanes where used (one load32_splat).
const TO_L = 0, TO_L_ROUND = 1, TO_A = 2, TO_B = 3, TO_AB_ROUND = 4, BYTE_TOP = 5;
const A_STEP_SCALE = 6, B_STEP_SCALE = 9; // each followed by its round and offset
const UNCOMPAND_SCALE = 12, TRUNCATE = 13, UNCOMPAND_TOP = 14, SIGN = 15, MAGIC = 29, MAGIC_AND_OFFSET = 30;
const RED_XY = 16, GREEN_XY = 18, BLUE_XY = 20; // i16 (X, Y) coefficients, each followed by Z's (i32)
const RGB_ROUND = 25, INDEX_TOP = 26, LOW_BYTE = 27, ALPHA = 28;
const LANES: usize = ASC_FEATURE_SIMD ? memory.data<i32>([
  L_SCALE, L_OFFSET + (1 << (LAB_SHIFT - 1)), 500, 200, AB_OFFSET + (1 << (LAB_SHIFT - 1)), 255,
  A_SCALE, A_ROUND, A_OFFSET, B_SCALE, B_ROUND, B_OFFSET,
  // f32 108/841 and 1/2 − 1/1682 (bits), LINEAR_TOP, the f32 sign bit.
  0x3e038027, 0x3effb213, LINEAR_TOP, 0x80000000,
  (R_X & 0xffff) | (R_Y << 16), R_Z, (G_X & 0xffff) | (G_Y << 16), G_Z, (B_X & 0xffff) | (B_Y << 16), B_Z,
  0, 0, 0, 1 << (RGB_SHIFT - 1), INV_GAMMA_SIZE - 1, 255, 0xff000000,
  // f32 1.5·2^23 (bits), and those bits plus uncompand's 290.
  0x4b400000, 0x4b400000 + 290,
], 16) : 0;
// Byte 0 of each i32 lane (L), bytes 1 and 2 (a, b), three-byte pixels to i32 lanes and back.
const LIGHTNESSES: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 4, 8, 12, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255], 16) : 0;
const CHROMAS: usize = ASC_FEATURE_SIMD ? memory.data<u8>([1, 2, 5, 6, 9, 10, 13, 14, 255, 255, 255, 255, 255, 255, 255, 255], 16) : 0;
const SPREAD: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 1, 2, 255, 3, 4, 5, 255, 6, 7, 8, 255, 9, 10, 11, 255], 16) : 0;
const THREE_BYTES: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 255, 255, 255, 255], 16) : 0;

/** Constant `index` of LANES in every lane. */
// @ts-ignore: decorator
@inline function lanes(index: i32): v128 {
  return v128.load32_splat(LANES + (<usize>index << 2));
}

/** Each lane clamped to 0..LANES `top`. */
// @ts-ignore: decorator
@inline function clamp(value: v128, top: i32): v128 {
  return i32x4.min_s(i32x4.max_s(value, v128.splat<i32>(0)), lanes(top));
}

/** descale(linear R · row, XYZ_SHIFT) of four pixels' i16 pairs: one X, Y or Z table index per lane. */
// @ts-ignore: decorator
@inline function xyzIndex(redGreen: v128, blueOne: v128, row: usize): v128 {
  const sum = i32x4.add(i32x4.dot_i16x8_s(redGreen, v128.load(row)), i32x4.dot_i16x8_s(blueOne, v128.load(row, 16)));
  return i32x4.shr_s(sum, XYZ_SHIFT);
}

/** saturate(descale(value · scale + offset, LAB_SHIFT)) of four lanes: an 8-bit L, a or b. */
// @ts-ignore: decorator
@inline function labChannel(value: v128, scale: i32, round: i32): v128 {
  return clamp(i32x4.shr_s(i32x4.add(i32x4.mul(value, lanes(scale)), lanes(round)), LAB_SHIFT), BYTE_TOP);
}

/** ((value · scale + round) >> shift) − offset of four lanes: lab.ts's a and b steps. */
// @ts-ignore: decorator
@inline function chromaStep(value: v128, scale: i32, shift: i32): v128 {
  return i32x4.sub(i32x4.shr_s(i32x4.add(i32x4.mul(value, lanes(scale)), lanes(scale + 1)), shift), lanes(scale + 2));
}

/**
 * lab.ts's uncompand of four lanes. The linear part's C division, (f·108) / 841 truncated towards
 * zero, is f · f32(108/841) moved 0.4994 (= 1/2 − 1/1682) towards zero and rounded to nearest by
 * the 1.5·2^23 magic add: the quotient's fraction is a multiple of 1/841, so the moved value lies
 * at least 1/1682 from a rounding boundary, far more than the f32 error; scripts/check-lab.mjs
 * confirms it on every input, and it holds for every |f| < 40000 (|f| ≤ 8146 here). Above
 * LINEAR_TOP the divisions by 2^14 are shifts (all positive).
 */
// @ts-ignore: decorator
@inline function uncompand(f: v128): v128 {
  const real = f32x4.convert_i32x4_s(f);
  const towardZero = v128.or(lanes(TRUNCATE), v128.and(real, lanes(SIGN)));
  const moved = f32x4.sub(f32x4.mul(real, lanes(UNCOMPAND_SCALE)), towardZero);
  const linear = i32x4.sub(f32x4.add(moved, lanes(MAGIC)), lanes(MAGIC_AND_OFFSET));
  const cube = i32x4.shr_s(i32x4.mul(i32x4.shr_s(i32x4.mul(f, f), 14), f), 14);
  return v128.bitselect(linear, cube, i32x4.le_s(f, lanes(UNCOMPAND_TOP)));
}

/**
 * An inverse gamma table index of four lanes: x, y, z times a matrix row, descaled and clamped.
 * x (−538..32300) and y (0..16384) travel as i16 pairs `xy` for one dot_i16x8_s with the row's
 * pair (LANES `row`); z (up to 72260) is multiplied apart (LANES `row` + 1).
 */
// @ts-ignore: decorator
@inline function levelIndex(xy: v128, z: v128, row: i32): v128 {
  const sum = i32x4.add(i32x4.dot_i16x8_s(xy, lanes(row)), i32x4.mul(z, lanes(row + 1)));
  return clamp(i32x4.shr_s(i32x4.add(sum, lanes(RGB_ROUND)), RGB_SHIFT), INDEX_TOP);
}

/**
 * rgbToLab (toPlane false: L, a, b(, alpha) at `dst`) or labPlane (toPlane true: L at `plane`,
 * a | b << 8 at `chroma`) for the pixels of whole four-pixel groups. Returns how many it did.
 */
export function labFromRgbBlocks(src: usize, dst: usize, plane: usize, chroma: usize, pixels: i32, channels: i32, bgr: bool, toPlane: bool): i32 {
  const red: usize = bgr ? 2 : 0, blue: usize = 2 - red, step = <usize>channels;
  const done = pixels & ~3;
  for (let first = 0; first < done; first += BLOCK) {
    const count = min(BLOCK, done - first);
    const s = src + <usize>first * step;
    // Scalar: linear light of each channel, as i16 pairs.
    for (let i = 0, p = s; i < count; i++, p += step) {
      const lr = <u32>load<u16>(GAMMA + (<usize>load<u8>(p + red) << 1));
      const lg = <u32>load<u16>(GAMMA + (<usize>load<u8>(p, 1) << 1));
      const lb = <u32>load<u16>(GAMMA + (<usize>load<u8>(p + blue) << 1));
      store<u32>(RED_GREEN + (<usize>i << 2), lr | (lg << 16));
      store<u32>(BLUE_ONE + (<usize>i << 2), lb | 0x10000);
    }
    // SIMD: the X, Y, Z indices of the cube root table.
    for (let o: usize = 0, end = <usize>count << 2; o < end; o += 16) {
      const redGreen = v128.load(RED_GREEN + o), blueOne = v128.load(BLUE_ONE + o);
      v128.store(X_INDEX + o, xyzIndex(redGreen, blueOne, ROW_X));
      v128.store(Y_INDEX + o, xyzIndex(redGreen, blueOne, ROW_Y));
      v128.store(Z_INDEX + o, xyzIndex(redGreen, blueOne, ROW_Z));
    }
    // Scalar: f(X), f(Y), f(Z).
    for (let i: usize = 0, n = <usize>count; i < n; i++) {
      store<u16>(FX + (i << 1), load<u16>(CBRT + (<usize>load<i32>(X_INDEX + (i << 2)) << 1)));
      store<u16>(FY + (i << 1), load<u16>(CBRT + (<usize>load<i32>(Y_INDEX + (i << 2)) << 1)));
      store<u16>(FZ + (i << 1), load<u16>(CBRT + (<usize>load<i32>(Z_INDEX + (i << 2)) << 1)));
    }
    // SIMD: L, a, b, stored four pixels at a time.
    for (let i = 0; i < count; i += 4) {
      const o = <usize>i << 1;
      const fx = v128.load16x4_u(FX + o), fy = v128.load16x4_u(FY + o), fz = v128.load16x4_u(FZ + o);
      const greenRed = labChannel(i32x4.sub(fx, fy), TO_A, TO_AB_ROUND);
      const blueYellow = labChannel(i32x4.sub(fy, fz), TO_B, TO_AB_ROUND);
      const lab = v128.or(labChannel(fy, TO_L, TO_L_ROUND), v128.or(i32x4.shl(greenRed, 8), i32x4.shl(blueYellow, 16)));
      const pixel = <usize>(first + i);
      if (toPlane) {
        v128.store32_lane(plane + pixel, i8x16.swizzle(lab, v128.load(LIGHTNESSES)), 0);
        v128.store64_lane(chroma + (pixel << 1), i8x16.swizzle(lab, v128.load(CHROMAS)), 0);
      } else {
        storeFour(src + pixel * step, dst + pixel * step, lab, channels);
      }
    }
  }
  return done;
}

/**
 * labToRgb (fromPlane false: L, a, b(, alpha) at `src`) or labMerge (fromPlane true: L at
 * `plane`, a | b << 8 at `chroma`, alpha at `src`) to R, G, B(, alpha) at `dst` in the order
 * `bgr` says, for the pixels of whole four-pixel groups. Returns how many it did.
 */
export function rgbFromLabBlocks(src: usize, dst: usize, plane: usize, chroma: usize, pixels: i32, channels: i32, bgr: bool, fromPlane: bool): i32 {
  const red: usize = bgr ? 2 : 0, blue: usize = 2 - red, step = <usize>channels;
  const done = pixels & ~3;
  for (let first = 0; first < done; first += BLOCK) {
    const count = min(BLOCK, done - first);
    const s = src + <usize>first * step;
    // Scalar: Y and f(Y) of each L.
    const lightness = fromPlane ? plane + <usize>first : s;
    const lightnessStep: usize = fromPlane ? 1 : step;
    for (let i: usize = 0, l = lightness, n = <usize>count; i < n; i++, l += lightnessStep) {
      store<u32>(Y_FY + (i << 2), load<u32>(Y_FY_OF_L + (<usize>load<u8>(l) << 2)));
    }
    // SIMD: the inverse gamma indices of R, G and B.
    for (let i = 0; i < count; i += 4) {
      const o = <usize>i << 2, yfy = v128.load(Y_FY + o);
      // a | b << 8 in each lane's low bits.
      const ab = fromPlane ? v128.load16x4_u(chroma + ((<usize>(first + i)) << 1)) : i32x4.shr_u(loadFour(s + <usize>i * step, channels), 8);
      // The low and high halves, without a mask constant.
      const y = i32x4.shr_u(i32x4.shl(yfy, 16), 16), fy = i32x4.shr_u(yfy, 16);
      const a = v128.and(ab, lanes(LOW_BYTE)), b = v128.and(i32x4.shr_u(ab, 8), lanes(LOW_BYTE));
      const x = uncompand(i32x4.add(fy, chromaStep(a, A_STEP_SCALE, A_SHIFT)));
      const z = uncompand(i32x4.sub(fy, chromaStep(b, B_STEP_SCALE, B_SHIFT)));
      const xy = v128.or(i32x4.shr_u(i32x4.shl(x, 16), 16), i32x4.shl(y, 16));
      v128.store(RED_INDEX + o, levelIndex(xy, z, RED_XY));
      v128.store(GREEN_INDEX + o, levelIndex(xy, z, GREEN_XY));
      v128.store(BLUE_INDEX + o, levelIndex(xy, z, BLUE_XY));
    }
    // Scalar: the levels, straight into the output pixels.
    const d = dst + <usize>first * step;
    const redShift = <u32>red << 3, blueShift = <u32>blue << 3;
    for (let i: usize = 0, p = s, q = d, n = <usize>count; i < n; i++, p += step, q += step) {
      const r = <u32>load<u8>(INV_GAMMA + <usize>load<i32>(RED_INDEX + (i << 2)));
      const g = <u32>load<u8>(INV_GAMMA + <usize>load<i32>(GREEN_INDEX + (i << 2)));
      const b = <u32>load<u8>(INV_GAMMA + <usize>load<i32>(BLUE_INDEX + (i << 2)));
      const rgb = (r << redShift) | (g << 8) | (b << blueShift);
      if (channels == 4) {
        store<u32>(q, rgb | (load<u32>(p) & 0xff000000));
      } else {
        store<u16>(q, rgb);
        store<u8>(q, rgb >> 16, 2);
      }
    }
  }
  return done;
}

/** Four pixels at `s` as i32 lanes c0 | c1 << 8 | c2 << 16 (| alpha << 24), reading no byte past them. */
// @ts-ignore: decorator
@inline function loadFour(s: usize, channels: i32): v128 {
  if (channels == 4) return v128.load(s);
  return i8x16.swizzle(v128.load32_lane(s, v128.load64_zero(s), 2, 8), v128.load(SPREAD));
}

/** Four pixels (i32 lanes c0 | c1 << 8 | c2 << 16) stored at `d`, alpha from the pixels at `s`. */
// @ts-ignore: decorator
@inline function storeFour(s: usize, d: usize, pixels: v128, channels: i32): void {
  if (channels == 4) {
    v128.store(d, v128.or(pixels, v128.and(v128.load(s), lanes(ALPHA))));
  } else {
    const packed = i8x16.swizzle(pixels, v128.load(THREE_BYTES));
    v128.store64_lane(d, packed, 0);
    v128.store32_lane(d, packed, 2, 8);
  }
}
