// The per-tile steps of OpenCV's CLAHE that do not depend on the pixel type. Twin of
// assembly/tileLut.ts; `levels` is 256 for 8-bit images, 2^bitDepth for 16-bit ones.
import { roundToRange } from './rounding.js';

const f32 = Math.fround;

/** OpenCV's borderInterpolate(p, len, BORDER_REFLECT_101) for p ≥ 0, in closed form. */
export function reflect101(p: number, len: number): number {
  if (p < len) return p;
  if (len === 1) return 0;
  const period = 2 * len - 2;
  const folded = p % period;
  return folded < len ? folded : period - folded;
}

/** Clips bins above `limit` and hands the excess back as OpenCV does, residual included. */
export function clipAndRedistribute(bins: Int32Array, limit: number): void {
  const levels = bins.length;
  let clipped = 0;
  for (let i = 0; i < levels; i++) {
    if (bins[i] > limit) {
      clipped += bins[i] - limit;
      bins[i] = limit;
    }
  }
  const batch = Math.trunc(clipped / levels);
  let residual = clipped - batch * levels;
  for (let i = 0; i < levels; i++) bins[i] += batch;
  if (residual !== 0) {
    const step = Math.max(Math.trunc(levels / residual), 1);
    for (let i = 0; i < levels && residual > 0; i += step, residual--) bins[i]++;
  }
}

/** lut[i] = saturate_cast<T>(float(bins[0] + … + bins[i]) · lutScale), T the LUT's element type. */
export function cumulativeLut(bins: Int32Array, lutScale: number, lut: Uint8Array | Uint16Array): void {
  const maximum = lut instanceof Uint8Array ? 255 : 65535;
  let sum = 0;
  for (let i = 0; i < bins.length; i++) {
    sum += bins[i];
    lut[i] = roundToRange(f32(f32(sum) * lutScale), maximum);
  }
}
