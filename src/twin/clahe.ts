// CLAHE, OpenCV's cv::CLAHE, for 8-bit and 16-bit images. Twin of assembly/clahe.ts,
// clahe16.ts and tileGrid.ts: the same steps without the WebAssembly build's memory layouts,
// with Math.fround after every float operation so each one rounds to float32 as OpenCV's does.
import type { ClahePlan } from '../clahePlan.js';
import type { Pixels } from '../kernels.js';
import { roundToRange } from './rounding.js';
import { clipAndRedistribute, cumulativeLut, reflect101 } from './tileLut.js';

const f32 = Math.fround;

/** Equalizes `src` into `dst` (which may be `src`) following `plan`; 16-bit pixels must be below plan.levels. */
export function clahe(src: Pixels, dst: Pixels, plan: ClahePlan): void {
  const luts = buildTileLuts(src, plan);
  interpolate(src, dst, plan, luts);
}

/** Every tile's LUT, tile (tx, ty) at [(ty·tilesX + tx)·levels, …). */
function buildTileLuts(src: Pixels, plan: ClahePlan): Pixels {
  const { tilesX, tilesY, levels, clipCount, lutScale } = plan;
  const luts =
    src instanceof Uint16Array ? new Uint16Array(tilesX * tilesY * levels) : new Uint8Array(tilesX * tilesY * levels);
  const bins = new Int32Array(levels);
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      countTile(src, plan, tx, ty, bins);
      if (clipCount > 0) clipAndRedistribute(bins, clipCount);
      const start = (ty * tilesX + tx) * levels;
      cumulativeLut(bins, lutScale, luts.subarray(start, start + levels));
    }
  }
  return luts;
}

/** Histogram of tile (tx, ty) of the image extended by reflection. */
function countTile(src: Pixels, plan: ClahePlan, tx: number, ty: number, bins: Int32Array): void {
  const { width, height, tileWidth, tileHeight } = plan;
  bins.fill(0);
  for (let y = ty * tileHeight; y < (ty + 1) * tileHeight; y++) {
    const row = reflect101(y, height) * width;
    for (let x = tx * tileWidth; x < (tx + 1) * tileWidth; x++) bins[src[row + reflect101(x, width)]]++;
  }
}

function interpolate(src: Pixels, dst: Pixels, plan: ClahePlan, luts: Pixels): void {
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, levels } = plan;
  const maximum = src instanceof Uint16Array ? 65535 : 255;
  const leftOffsets = new Int32Array(width);
  const rightOffsets = new Int32Array(width);
  const rightWeights = new Float32Array(width);
  const leftWeights = new Float32Array(width);
  const invTileWidth = f32(1 / tileWidth);
  for (let x = 0; x < width; x++) {
    const txf = f32(f32(f32(x) * invTileWidth) - 0.5);
    const tx1 = Math.floor(txf);
    const xa = f32(txf - tx1);
    leftOffsets[x] = Math.max(tx1, 0) * levels;
    rightOffsets[x] = Math.min(tx1 + 1, tilesX - 1) * levels;
    rightWeights[x] = xa;
    leftWeights[x] = f32(1 - xa);
  }
  const invTileHeight = f32(1 / tileHeight);
  for (let y = 0; y < height; y++) {
    const tyf = f32(f32(f32(y) * invTileHeight) - 0.5);
    const ty1 = Math.floor(tyf);
    const ya = f32(tyf - ty1);
    const ya1 = f32(1 - ya);
    const upper = Math.max(ty1, 0) * tilesX * levels;
    const lower = Math.min(ty1 + 1, tilesY - 1) * tilesX * levels;
    const rowStart = y * width;
    for (let x = 0; x < width; x++) {
      const value = src[rowStart + x];
      const left = leftOffsets[x] + value;
      const right = rightOffsets[x] + value;
      const xa = rightWeights[x];
      const xa1 = leftWeights[x];
      const top = f32(f32(luts[upper + left] * xa1) + f32(luts[upper + right] * xa));
      const bottom = f32(f32(luts[lower + left] * xa1) + f32(luts[lower + right] * xa));
      dst[rowStart + x] = roundToRange(f32(f32(top * ya1) + f32(bottom * ya)), maximum);
    }
  }
}
