// Contrast Limited Adaptive Histogram Equalization, OpenCV's cv::CLAHE for 8-bit images.
//
// The caller (src/clahePlan.ts) has already derived OpenCV's padded tile size, the clip
// count and the LUT scale, and trimmed the grid to the tiles the interpolation reads.
// Every float operation below is a float32 operation in the order OpenCV performs it;
// WebAssembly has no fused multiply-add, so each one rounds exactly as OpenCV's does.
import { count } from './histogram';
import { roundToByte } from './rounding';

const BINS = 256;

/** Bytes of scratch memory `clahe` needs for this image width and tile grid. */
export function claheScratchBytes(width: i32, tilesX: i32, tilesY: i32): usize {
  return <usize>tilesX * tilesY * BINS + (<usize>tilesX * BINS << 2) + (<usize>width << 4);
}

/**
 * Equalizes the `width`×`height` bytes at `src` into `dst` (which may be `src`).
 * Tiles are `tileWidth`×`tileHeight` pixels of the image extended by reflection
 * (OpenCV's BORDER_REFLECT_101 padding); `clipCount` ≤ 0 disables clipping.
 */
export function clahe(
  src: usize, dst: usize, width: i32, height: i32,
  tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, scratch: usize,
): void {
  const luts = scratch;
  const rowHistograms = luts + <usize>tilesX * tilesY * BINS;
  const columns = rowHistograms + (<usize>tilesX * BINS << 2);
  buildTileLuts(src, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, rowHistograms, luts);
  interpolate(src, dst, width, height, tilesX, tilesY, tileWidth, tileHeight, luts, columns);
}

function buildTileLuts(
  src: usize, width: i32, height: i32, tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, rowHistograms: usize, luts: usize,
): void {
  for (let ty = 0; ty < tilesY; ty++) {
    memory.fill(rowHistograms, 0, <usize>tilesX * BINS << 2);
    for (let y = ty * tileHeight, end = y + tileHeight; y < end; y++) {
      const row = src + <usize>reflect101(y, height) * width;
      countRow(row, width, tilesX, tileWidth, rowHistograms);
    }
    for (let tx = 0; tx < tilesX; tx++) {
      const bins = rowHistograms + (<usize>tx * BINS << 2);
      if (clipCount > 0) clipAndRedistribute(bins, clipCount);
      cumulativeLut(bins, lutScale, luts + <usize>(ty * tilesX + tx) * BINS);
    }
  }
}

/** Counts one image row into the histograms of a row of tiles, padding columns by reflection. */
function countRow(row: usize, width: i32, tilesX: i32, tileWidth: i32, rowHistograms: usize): void {
  for (let tx = 0; tx < tilesX; tx++) {
    const bins = rowHistograms + (<usize>tx * BINS << 2);
    const start = tx * tileWidth;
    const end = start + tileWidth;
    const inside = min(end, width);
    for (let x = start; x < inside; x++) count(bins, load<u8>(row + x));
    for (let x = max(start, width); x < end; x++) count(bins, load<u8>(row + reflect101(x, width)));
  }
}

/** OpenCV's borderInterpolate(p, len, BORDER_REFLECT_101) for p ≥ 0, in closed form. */
// @ts-ignore: decorator
@inline function reflect101(p: i32, len: i32): i32 {
  if (p < len) return p;
  if (len == 1) return 0;
  const period = 2 * len - 2;
  const folded = p % period;
  return folded < len ? folded : period - folded;
}

/** Clips bins above `limit` and hands the excess back as OpenCV does, residual included. */
function clipAndRedistribute(bins: usize, limit: i32): void {
  let clipped = 0;
  for (let i = 0; i < BINS; i++) {
    const bin = bins + (<usize>i << 2);
    const value = load<i32>(bin);
    if (value > limit) {
      clipped += value - limit;
      store<i32>(bin, limit);
    }
  }
  const batch = clipped / BINS;
  let residual = clipped - batch * BINS;
  for (let i = 0; i < BINS; i++) {
    const bin = bins + (<usize>i << 2);
    store<i32>(bin, load<i32>(bin) + batch);
  }
  if (residual != 0) {
    const step = max(BINS / residual, 1);
    for (let i = 0; i < BINS && residual > 0; i += step, residual--) {
      const bin = bins + (<usize>i << 2);
      store<i32>(bin, load<i32>(bin) + 1);
    }
  }
}

/** lut[i] = saturate_cast<uchar>(float(bins[0] + … + bins[i]) * lutScale). */
function cumulativeLut(bins: usize, lutScale: f32, lut: usize): void {
  let sum = 0;
  for (let i = 0; i < BINS; i++) {
    sum += load<i32>(bins + (<usize>i << 2));
    store<u8>(lut + i, roundToByte(<f32>sum * lutScale));
  }
}

function interpolate(
  src: usize, dst: usize, width: i32, height: i32, tilesX: i32, tilesY: i32,
  tileWidth: i32, tileHeight: i32, luts: usize, columns: usize,
): void {
  // Per column: byte offsets of the left and right tile LUTs and their weights.
  const leftOffsets = columns;
  const rightOffsets = leftOffsets + (<usize>width << 2);
  const rightWeights = rightOffsets + (<usize>width << 2);
  const leftWeights = rightWeights + (<usize>width << 2);
  const invTileWidth = <f32>1.0 / <f32>tileWidth;
  for (let x = 0; x < width; x++) {
    const txf = <f32>x * invTileWidth - <f32>0.5;
    const tx1 = <i32>floor<f32>(txf);
    const xa = txf - <f32>tx1;
    const at = <usize>x << 2;
    store<i32>(leftOffsets + at, max(tx1, 0) * BINS);
    store<i32>(rightOffsets + at, min(tx1 + 1, tilesX - 1) * BINS);
    store<f32>(rightWeights + at, xa);
    store<f32>(leftWeights + at, <f32>1.0 - xa);
  }
  const invTileHeight = <f32>1.0 / <f32>tileHeight;
  for (let y = 0; y < height; y++) {
    const tyf = <f32>y * invTileHeight - <f32>0.5;
    const ty1 = <i32>floor<f32>(tyf);
    const ya = tyf - <f32>ty1;
    const ya1 = <f32>1.0 - ya;
    const upper = luts + <usize>(max(ty1, 0) * tilesX * BINS);
    const lower = luts + <usize>(min(ty1 + 1, tilesY - 1) * tilesX * BINS);
    const rowStart = <usize>y * width;
    for (let x = 0; x < width; x++) {
      const at = <usize>x << 2;
      const value = <usize>load<u8>(src + rowStart + x);
      const left = <usize>load<i32>(leftOffsets + at) + value;
      const right = <usize>load<i32>(rightOffsets + at) + value;
      const xa = load<f32>(rightWeights + at);
      const xa1 = load<f32>(leftWeights + at);
      const result =
        (<f32>load<u8>(upper + left) * xa1 + <f32>load<u8>(upper + right) * xa) * ya1 +
        (<f32>load<u8>(lower + left) * xa1 + <f32>load<u8>(lower + right) * xa) * ya;
      store<u8>(dst + rowStart + x, roundToByte(result));
    }
  }
}
