// CLAHE for 16-bit images, OpenCV's cv::CLAHE with 2^bitDepth histogram bins. Tiles are
// counted one at a time into a single histogram of `levels` bins (2^bitDepth), and each pixel
// gathers its four u16 LUT entries directly: interleaved cells would cost another
// tiles × levels of memory, which at 65536 levels is megabytes.
//
// Every float operation is a float32 operation in OpenCV's order, as in clahe.ts.
import { bump } from './histogram';
import { roundToUnsigned16 } from './rounding';
import { columnStride, columnStride64, columnWeights, tileCoordinate } from './tileGrid';
import { clipAndRedistribute, cumulativeLut, reflect101, roundToIntegers } from './tileLut';

// Scratch regions of `clahe16`, in order, sized in 64-bit as `clahe`'s.
const LUTS16 = 0;
const HISTOGRAM16 = 1;
const COLUMNS16 = 2;
const CLAHE16_REGIONS = 3;

function clahe16RegionBytes(region: i32, width: i32, tilesX: i32, tilesY: i32, levels: i32): u64 {
  if (region == LUTS16) return <u64>tilesX * <u64>tilesY * <u64>levels * 2;
  if (region == HISTOGRAM16) return <u64>levels * 4;
  return 4 * (columnStride64(width) << 2); // two LUT offsets and two weights per column
}

function clahe16Offset(region: i32, width: i32, tilesX: i32, tilesY: i32, levels: i32): u64 {
  let offset: u64 = 0;
  for (let before = 0; before < region; before++) offset += clahe16RegionBytes(before, width, tilesX, tilesY, levels);
  return offset;
}

/** Bytes of scratch memory `clahe16` needs, exact as an f64 (see `claheScratchBytes`). */
export function clahe16ScratchBytes(width: i32, tilesX: i32, tilesY: i32, levels: i32): f64 {
  return <f64>clahe16Offset(CLAHE16_REGIONS, width, tilesX, tilesY, levels);
}

/**
 * Equalizes the `width`×`height` u16 pixels at `src` into `dst` (which may be `src`) with
 * `levels` histogram bins; every pixel must be below `levels`. Otherwise as `clahe`.
 */
export function clahe16(
  src: usize, dst: usize, width: i32, height: i32,
  tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, levels: i32, scratch: usize,
): void {
  for (let ty = 0; ty < tilesY; ty++) {
    tileRowLuts16(src, width, height, ty * tileHeight, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels, scratch, ty);
  }
  interpolate16(src, dst, width, 0, height, tilesX, tilesY, tileWidth, tileHeight, levels, scratch);
}

/**
 * Strip processing (fastclahe/parallel): the LUTs of tile row `ty` from its `tileHeight` rows,
 * which the caller has laid out one after another at `rows`, rows past the image's bottom
 * already reflected. The same counts and steps as `clahe16`, so the same LUTs.
 */
export function clahe16TileRow(
  rows: usize, width: i32, tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, levels: i32, scratch: usize, ty: i32,
): void {
  // Rows 0..tileHeight − 1 of a tileHeight-row image reflect to themselves.
  tileRowLuts16(rows, width, tileHeight, 0, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels, scratch, ty);
}

/**
 * Strip processing: interpolates image rows [firstRow, lastRow), laid out at `src` from row
 * `firstRow` on, into `dst` (which may be `src`), from the LUTs `clahe16TileRow` built.
 */
export function clahe16Rows(
  src: usize, dst: usize, width: i32, firstRow: i32, lastRow: i32,
  tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32, levels: i32, scratch: usize,
): void {
  interpolate16(src, dst, width, firstRow, lastRow, tilesX, tilesY, tileWidth, tileHeight, levels, scratch);
}

/** The LUTs of tile row `ty`, whose first row is row `top` of the `height`-row image at `src`. */
function tileRowLuts16(
  src: usize, width: i32, height: i32, top: i32, tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, levels: i32, scratch: usize, ty: i32,
): void {
  const lutBytes = <usize>levels << 1;
  const luts = scratch + <usize>clahe16Offset(LUTS16, width, tilesX, tilesY, levels);
  const histogram = scratch + <usize>clahe16Offset(HISTOGRAM16, width, tilesX, tilesY, levels);
  for (let tx = 0; tx < tilesX; tx++) {
    countTile16(src, width, height, tx * tileWidth, top, tileWidth, tileHeight, histogram, levels);
    if (clipCount > 0) clipAndRedistribute(histogram, levels, clipCount);
    cumulativeLut<u16>(histogram, levels, lutScale, luts + <usize>(ty * tilesX + tx) * lutBytes);
  }
}

/** Histogram of one tile of the image extended by reflection. */
function countTile16(
  src: usize, width: i32, height: i32, left: i32, top: i32, tileWidth: i32, tileHeight: i32,
  histogram: usize, levels: i32,
): void {
  memory.fill(histogram, 0, <usize>levels << 2);
  const inside = min(left + tileWidth, width);
  for (let y = top; y < top + tileHeight; y++) {
    const row = src + (<usize>reflect101(y, height) * width << 1);
    for (let x = left; x < inside; x++) bump(histogram, load<u16>(row + (<usize>x << 1)), 1);
    for (let x = max(left, width); x < left + tileWidth; x++) bump(histogram, load<u16>(row + (<usize>reflect101(x, width) << 1)), 1);
  }
}

/** Rows [firstRow, lastRow), laid out at `src` and `dst` from row `firstRow` on, blended from the LUTs. */
function interpolate16(
  src: usize, dst: usize, width: i32, firstRow: i32, lastRow: i32, tilesX: i32, tilesY: i32,
  tileWidth: i32, tileHeight: i32, levels: i32, scratch: usize,
): void {
  const lutBytes = <usize>levels << 1;
  const luts = scratch + <usize>clahe16Offset(LUTS16, width, tilesX, tilesY, levels);
  const columns = scratch + <usize>clahe16Offset(COLUMNS16, width, tilesX, tilesY, levels);
  // Per column: byte offsets of the left and right tile LUTs within a row of tiles, and weights.
  const stride = columnStride(width);
  const leftOffsets = columns;
  const rightOffsets = leftOffsets + (stride << 2);
  const rightWeights = rightOffsets + (stride << 2);
  const leftWeights = rightWeights + (stride << 2);
  columnWeights(width, tileWidth, leftOffsets, rightWeights, leftWeights);
  for (let at: usize = 0; at < <usize>width << 2; at += 4) {
    const tx1 = load<i32>(leftOffsets + at);
    store<u32>(leftOffsets + at, <u32>(<usize>max(tx1, 0) * lutBytes));
    store<u32>(rightOffsets + at, <u32>(<usize>min(tx1 + 1, tilesX - 1) * lutBytes));
  }
  const invTileHeight = <f32>1.0 / <f32>tileHeight;
  const rowOfTiles = <usize>tilesX * lutBytes;
  for (let y = firstRow; y < lastRow; y++) {
    const tyf = tileCoordinate(y, invTileHeight);
    const ty1 = <i32>floor<f32>(tyf);
    const ya = tyf - <f32>ty1;
    const ya1 = <f32>1.0 - ya;
    const upper = luts + <usize>max(ty1, 0) * rowOfTiles;
    const lower = luts + <usize>min(ty1 + 1, tilesY - 1) * rowOfTiles;
    const rowStart = <usize>(y - firstRow) * width << 1;
    const srcRow = src + rowStart;
    const dstRow = dst + rowStart;
    let x = 0;
    if (ASC_FEATURE_SIMD) {
      const yaLanes = f32x4.splat(ya);
      const ya1Lanes = f32x4.splat(ya1);
      for (; x + 8 <= width; x += 8) {
        // All eight source pixels are read before the store, so dst may be src.
        const first = blendFour16(srcRow, x, upper, lower, leftOffsets, rightOffsets, rightWeights, leftWeights, yaLanes, ya1Lanes);
        const second = blendFour16(srcRow, x + 4, upper, lower, leftOffsets, rightOffsets, rightWeights, leftWeights, yaLanes, ya1Lanes);
        v128.store(dstRow + (<usize>x << 1), i16x8.narrow_i32x4_u(first, second));
      }
    }
    for (; x < width; x++) {
      const at = <usize>x << 2;
      const level = <usize>load<u16>(srcRow + (<usize>x << 1)) << 1;
      const left = <usize>load<u32>(leftOffsets + at) + level;
      const right = <usize>load<u32>(rightOffsets + at) + level;
      const xa = load<f32>(rightWeights + at);
      const xa1 = load<f32>(leftWeights + at);
      const result =
        (<f32>load<u16>(upper + left) * xa1 + <f32>load<u16>(upper + right) * xa) * ya1 +
        (<f32>load<u16>(lower + left) * xa1 + <f32>load<u16>(lower + right) * xa) * ya;
      store<u16>(dstRow + (<usize>x << 1), roundToUnsigned16(result));
    }
  }
}

/** Four 16-bit pixels from x: gathers their four LUT entries each, blends them, rounds. */
// @ts-ignore: decorator
@inline function blendFour16(
  srcRow: usize, x: i32, upper: usize, lower: usize, leftOffsets: usize, rightOffsets: usize,
  rightWeights: usize, leftWeights: usize, ya: v128, ya1: v128,
): v128 {
  const at = <usize>x << 2;
  const levels = i32x4.shl(i32x4.extend_low_i16x8_u(v128.load64_zero(srcRow + (<usize>x << 1))), 1);
  const left = i32x4.add(v128.load(leftOffsets + at), levels);
  const right = i32x4.add(v128.load(rightOffsets + at), levels);
  // Lanes 0–3: the left tile's entry for each pixel; lanes 4–7: the right tile's.
  let upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(left, 0), i16x8.splat(0), 0);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(left, 1), upperEntries, 1);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(left, 2), upperEntries, 2);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(left, 3), upperEntries, 3);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(right, 0), upperEntries, 4);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(right, 1), upperEntries, 5);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(right, 2), upperEntries, 6);
  upperEntries = v128.load16_lane(upper + <usize>i32x4.extract_lane(right, 3), upperEntries, 7);
  let lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(left, 0), i16x8.splat(0), 0);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(left, 1), lowerEntries, 1);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(left, 2), lowerEntries, 2);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(left, 3), lowerEntries, 3);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(right, 0), lowerEntries, 4);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(right, 1), lowerEntries, 5);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(right, 2), lowerEntries, 6);
  lowerEntries = v128.load16_lane(lower + <usize>i32x4.extract_lane(right, 3), lowerEntries, 7);
  const upperLeft = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(upperEntries));
  const upperRight = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(upperEntries));
  const lowerLeft = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(lowerEntries));
  const lowerRight = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(lowerEntries));
  const xa = v128.load(rightWeights + at);
  const xa1 = v128.load(leftWeights + at);
  const top = f32x4.add(f32x4.mul(upperLeft, xa1), f32x4.mul(upperRight, xa));
  const bottom = f32x4.add(f32x4.mul(lowerLeft, xa1), f32x4.mul(lowerRight, xa));
  return roundToIntegers(f32x4.add(f32x4.mul(top, ya1), f32x4.mul(bottom, ya)));
}
