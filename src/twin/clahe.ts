// CLAHE, OpenCV's cv::CLAHE for 8-bit images. Twin of assembly/clahe.ts: same steps, with
// Math.fround after every float operation so each one rounds to float32 as OpenCV's does.
import type { ClahePlan } from '../clahePlan.js';
import { roundToByte } from './rounding.js';

const BINS = 256;
const f32 = Math.fround;

/** Equalizes `src` into `dst` (which may be `src`) following `plan`. */
export function clahe(src: Uint8Array, dst: Uint8Array, plan: ClahePlan): void {
  const luts = buildTileLuts(src, plan);
  interpolate(src, dst, plan, luts);
}

function buildTileLuts(src: Uint8Array, plan: ClahePlan): Uint8Array {
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale } = plan;
  const luts = new Uint8Array(tilesX * tilesY * BINS);
  const rowHistograms = new Int32Array(tilesX * BINS);
  for (let ty = 0; ty < tilesY; ty++) {
    rowHistograms.fill(0);
    for (let y = ty * tileHeight, end = y + tileHeight; y < end; y++) {
      const rowStart = reflect101(y, height) * width;
      countRow(src.subarray(rowStart, rowStart + width), tilesX, tileWidth, rowHistograms);
    }
    for (let tx = 0; tx < tilesX; tx++) {
      const bins = rowHistograms.subarray(tx * BINS, (tx + 1) * BINS);
      if (clipCount > 0) clipAndRedistribute(bins, clipCount);
      cumulativeLut(bins, lutScale, luts.subarray((ty * tilesX + tx) * BINS));
    }
  }
  return luts;
}

/** Counts one image row into the histograms of a row of tiles, padding columns by reflection. */
function countRow(row: Uint8Array, tilesX: number, tileWidth: number, rowHistograms: Int32Array): void {
  const width = row.length;
  for (let tx = 0; tx < tilesX; tx++) {
    const base = tx * BINS;
    const start = tx * tileWidth;
    const end = start + tileWidth;
    const inside = Math.min(end, width);
    for (let x = start; x < inside; x++) rowHistograms[base + row[x]]++;
    for (let x = Math.max(start, width); x < end; x++) rowHistograms[base + row[reflect101(x, width)]]++;
  }
}

/** OpenCV's borderInterpolate(p, len, BORDER_REFLECT_101) for p ≥ 0, in closed form. */
function reflect101(p: number, len: number): number {
  if (p < len) return p;
  if (len === 1) return 0;
  const period = 2 * len - 2;
  const folded = p % period;
  return folded < len ? folded : period - folded;
}

/** Clips bins above `limit` and hands the excess back as OpenCV does, residual included. */
function clipAndRedistribute(bins: Int32Array, limit: number): void {
  let clipped = 0;
  for (let i = 0; i < BINS; i++) {
    if (bins[i] > limit) {
      clipped += bins[i] - limit;
      bins[i] = limit;
    }
  }
  const batch = Math.trunc(clipped / BINS);
  let residual = clipped - batch * BINS;
  for (let i = 0; i < BINS; i++) bins[i] += batch;
  if (residual !== 0) {
    const step = Math.max(Math.trunc(BINS / residual), 1);
    for (let i = 0; i < BINS && residual > 0; i += step, residual--) bins[i]++;
  }
}

/** lut[i] = saturate_cast<uchar>(float(bins[0] + … + bins[i]) * lutScale). */
function cumulativeLut(bins: Int32Array, lutScale: number, lut: Uint8Array): void {
  let sum = 0;
  for (let i = 0; i < BINS; i++) {
    sum += bins[i];
    lut[i] = roundToByte(f32(f32(sum) * lutScale));
  }
}

function interpolate(src: Uint8Array, dst: Uint8Array, plan: ClahePlan, luts: Uint8Array): void {
  const { width, height, tilesX, tilesY, tileWidth, tileHeight } = plan;
  const leftOffsets = new Int32Array(width);
  const rightOffsets = new Int32Array(width);
  const rightWeights = new Float32Array(width);
  const leftWeights = new Float32Array(width);
  const invTileWidth = f32(1 / tileWidth);
  for (let x = 0; x < width; x++) {
    const txf = f32(f32(f32(x) * invTileWidth) - 0.5);
    const tx1 = Math.floor(txf);
    const xa = f32(txf - tx1);
    leftOffsets[x] = Math.max(tx1, 0) * BINS;
    rightOffsets[x] = Math.min(tx1 + 1, tilesX - 1) * BINS;
    rightWeights[x] = xa;
    leftWeights[x] = f32(1 - xa);
  }
  const invTileHeight = f32(1 / tileHeight);
  for (let y = 0; y < height; y++) {
    const tyf = f32(f32(f32(y) * invTileHeight) - 0.5);
    const ty1 = Math.floor(tyf);
    const ya = f32(tyf - ty1);
    const ya1 = f32(1 - ya);
    const upper = Math.max(ty1, 0) * tilesX * BINS;
    const lower = Math.min(ty1 + 1, tilesY - 1) * tilesX * BINS;
    const rowStart = y * width;
    for (let x = 0; x < width; x++) {
      const value = src[rowStart + x];
      const left = leftOffsets[x] + value;
      const right = rightOffsets[x] + value;
      const xa = rightWeights[x];
      const xa1 = leftWeights[x];
      const top = f32(f32(luts[upper + left] * xa1) + f32(luts[upper + right] * xa));
      const bottom = f32(f32(luts[lower + left] * xa1) + f32(luts[lower + right] * xa));
      dst[rowStart + x] = roundToByte(f32(f32(top * ya1) + f32(bottom * ya)));
    }
  }
}
