// Pillow's Image.resize for 8-bit images (libImaging/Resample.c), ported line for line so that
// the blur score (BICUBIC to ≤ 64 px) and the perceptual hash (LANCZOS to 32×32) see the same
// pixels as cleanvision and imagehash: coefficients in double, normalised to 22-bit fixed point,
// a horizontal pass over the rows the vertical pass needs, then a vertical pass. The passes run in
// WebAssembly SIMD (resampleSimd.ts); the scalar ones here are their twin and fallback.
import { resizeSimd } from './resampleSimd.js';

export interface Plane {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

interface Filter {
  name: string;
  fn(x: number): number;
  support: number;
}

const bicubic: Filter = {
  name: 'bicubic',
  support: 2,
  fn(x) {
    const a = -0.5;
    if (x < 0) x = -x;
    if (x < 1) return ((a + 2) * x - (a + 3)) * x * x + 1;
    if (x < 2) return (((x - 5) * x + 8) * x - 4) * a;
    return 0;
  },
};

function sinc(x: number): number {
  if (x === 0) return 1;
  x *= Math.PI;
  return Math.sin(x) / x;
}

const lanczos: Filter = {
  name: 'lanczos',
  support: 3,
  fn: (x) => (x >= -3 && x < 3 ? sinc(x) * sinc(x / 3) : 0),
};

export const FILTERS = { bicubic, lanczos } as const;

const PRECISION_BITS = 32 - 8 - 2;

export interface Coefficients {
  ksize: number;
  bounds: Int32Array; // [min, count] per output sample
  kk: Int32Array; // fixed-point weights, ksize per output sample
}

// precompute_coeffs + normalize_coeffs_8bpc.
function coefficients(inSize: number, outSize: number, filter: Filter): Coefficients {
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1);
  const support = filter.support * filterscale;
  const ksize = Math.ceil(support) * 2 + 1;
  const bounds = new Int32Array(outSize * 2);
  const kk = new Int32Array(outSize * ksize);
  const k = new Float64Array(ksize);
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale;
    const ss = 1 / filterscale;
    const xmin = Math.max(Math.trunc(center - support + 0.5), 0);
    const xmax = Math.min(Math.trunc(center + support + 0.5), inSize) - xmin;
    let ww = 0;
    for (let x = 0; x < xmax; x++) {
      const w = filter.fn((x + xmin - center + 0.5) * ss);
      k[x] = w;
      ww += w;
    }
    for (let x = 0; x < xmax; x++) {
      const w = ww !== 0 ? k[x]! / ww : k[x]!;
      kk[xx * ksize + x] = Math.trunc(w < 0 ? -0.5 + w * (1 << PRECISION_BITS) : 0.5 + w * (1 << PRECISION_BITS));
    }
    bounds[xx * 2] = xmin;
    bounds[xx * 2 + 1] = xmax;
  }
  return { ksize, bounds, kk };
}

function clip8(value: number): number {
  const v = value >> PRECISION_BITS;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

const HALF = 1 << (PRECISION_BITS - 1);

// The two passes keep every array in a local and specialise one and three channels: these loops
// are most of explore's own time. The sums are int32 as in Pillow (Math.imul and | 0 keep V8 on
// integer arithmetic). Any partial sum is below 255 · Σ|w| · 2^22 + 2^21 < 0.8 · 2^31 (Σ|w| is at
// most 1.56, for Lanczos), so nothing wraps and the result is the exact sum.
function horizontal(src: Plane, rowOffset: number, rows: number, outWidth: number, c: Coefficients): Plane {
  const { channels, width } = src;
  const data = src.data;
  const { bounds, kk, ksize } = c;
  const out = new Uint8Array(outWidth * rows * channels);
  for (let yy = 0; yy < rows; yy++) {
    const rowStart = (yy + rowOffset) * width * channels;
    for (let xx = 0; xx < outWidth; xx++) {
      const xmin = bounds[xx * 2]!;
      const xmax = bounds[xx * 2 + 1]!;
      const kBase = xx * ksize;
      const o = (yy * outWidth + xx) * channels;
      if (channels === 1) {
        let ss = HALF;
        const start = rowStart + xmin;
        for (let x = 0; x < xmax; x++) ss = (ss + Math.imul(data[start + x]!, kk[kBase + x]!)) | 0;
        out[o] = clip8(ss);
      } else if (channels === 3) {
        let s0 = HALF;
        let s1 = HALF;
        let s2 = HALF;
        let i = rowStart + xmin * 3;
        for (let x = 0; x < xmax; x++, i += 3) {
          const k = kk[kBase + x]!;
          s0 = (s0 + Math.imul(data[i]!, k)) | 0;
          s1 = (s1 + Math.imul(data[i + 1]!, k)) | 0;
          s2 = (s2 + Math.imul(data[i + 2]!, k)) | 0;
        }
        out[o] = clip8(s0);
        out[o + 1] = clip8(s1);
        out[o + 2] = clip8(s2);
      } else {
        for (let ch = 0; ch < channels; ch++) {
          let ss = HALF;
          for (let x = 0; x < xmax; x++)
            ss = (ss + Math.imul(data[rowStart + (x + xmin) * channels + ch]!, kk[kBase + x]!)) | 0;
          out[o + ch] = clip8(ss);
        }
      }
    }
  }
  return { data: out, width: outWidth, height: rows, channels };
}

function vertical(src: Plane, outHeight: number, c: Coefficients, firstRow: number): Plane {
  const { channels, width } = src;
  const data = src.data;
  const { bounds, kk, ksize } = c;
  const out = new Uint8Array(width * outHeight * channels);
  const stride = width * channels;
  for (let yy = 0; yy < outHeight; yy++) {
    const ymin = bounds[yy * 2]! - firstRow;
    const ymax = bounds[yy * 2 + 1]!;
    const kBase = yy * ksize;
    for (let i = 0; i < stride; i++) {
      let ss = HALF;
      let at = ymin * stride + i;
      for (let y = 0; y < ymax; y++, at += stride) ss = (ss + Math.imul(data[at]!, kk[kBase + y]!)) | 0;
      out[yy * stride + i] = clip8(ss);
    }
  }
  return { data: out, width, height: outHeight, channels };
}

/** ImagingResampleInner for an 8-bit plane of any channel count, the whole image as the box. */
export function pillowResize(src: Plane, width: number, height: number, filter: Filter): Plane {
  if (width === src.width && height === src.height) return { ...src, data: src.data.slice() };
  const vert = cachedCoefficients(src.height, height, filter);
  const horiz = width !== src.width ? cachedCoefficients(src.width, width, filter) : undefined;
  return resizeSimd(src, width, height, horiz, vert) ?? resizeScalar(src, width, height, horiz, vert);
}

/** pillowResize with the scalar passes only (the SIMD passes' twin, for tests). */
export function pillowResizeScalar(src: Plane, width: number, height: number, filter: Filter): Plane {
  if (width === src.width && height === src.height) return { ...src, data: src.data.slice() };
  const vert = cachedCoefficients(src.height, height, filter);
  const horiz = width !== src.width ? cachedCoefficients(src.width, width, filter) : undefined;
  return resizeScalar(src, width, height, horiz, vert);
}

function resizeScalar(
  src: Plane,
  width: number,
  height: number,
  horiz: Coefficients | undefined,
  vert: Coefficients,
): Plane {
  let current = src;
  let firstRow = 0;
  if (horiz) {
    // Only the rows the vertical pass reads are resampled horizontally.
    firstRow = vert.bounds[0]!;
    const last = vert.bounds[height * 2 - 2]! + vert.bounds[height * 2 - 1]!;
    current = horizontal(src, firstRow, last - firstRow, width, horiz);
  }
  return height !== src.height ? vertical(current, height, vert, firstRow) : current;
}

// Images of a dataset mostly share a few sizes, and the coefficients (a sin or a polynomial per
// tap) cost as much as a pass: keep the recent ones.
const cache = new Map<string, Coefficients>();
const CACHE_ENTRIES = 64;

function cachedCoefficients(inSize: number, outSize: number, filter: Filter): Coefficients {
  const key = `${filter.name},${inSize},${outSize}`;
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    found = coefficients(inSize, outSize, filter);
    cache.set(key, found);
  }
  return found;
}
