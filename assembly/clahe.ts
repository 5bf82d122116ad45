// Contrast Limited Adaptive Histogram Equalization, OpenCV's cv::CLAHE, for 8-bit images
// (clahe16.ts: 16-bit ones), whole or in row strips (claheTileRow, claheRows).
//
// The caller (src/clahePlan.ts) has already derived OpenCV's padded tile size, the clip
// count and the LUT scale, and trimmed the grid to the tiles the interpolation reads.
// Every float operation below is a float32 operation in the order OpenCV performs it;
// WebAssembly has no fused multiply-add, so each one rounds exactly as OpenCV's does,
// in a scalar f32 or in each lane of an f32x4 alike.
import { bump, countPixels, MAX_WAYS, mergeWays, TABLE_BYTES, waysFor } from './histogram';
import { roundToByte } from './rounding';
import { columnStride, columnStride64, columnWeights, tileCoordinate } from './tileGrid';
import { clipAndRedistribute, cumulativeLut, reflect101, roundToIntegers } from './tileLut';

const BINS = 256;
/** A cell holds, for each level, the four neighbouring tiles' LUT entries: one u32 per level. */
const CELL_BYTES: usize = BINS << 2;

// Scratch regions of `clahe`, in order. Their sizes are computed once, in `claheRegionBytes`,
// in 64-bit: in 32-bit, 3 × 4 × width wraps for widths of 2^28 and more, and a wrapped size
// let the kernel write past what the caller reserved.
const LUTS = 0;
const ROW_HISTOGRAMS = 1;
const CELLS = 2;
const COLUMNS = 3;
const CLAHE_REGIONS = 4;

function claheRegionBytes(region: i32, width: i32, tilesX: i32, tilesY: i32): u64 {
  if (region == LUTS) return <u64>tilesX * <u64>tilesY * BINS;
  if (region == ROW_HISTOGRAMS) return <u64>tilesX * TABLE_BYTES * MAX_WAYS;
  if (region == CELLS) return (<u64>tilesX + 1) * CELL_BYTES;
  return 3 * (columnStride64(width) << 2); // column cell addresses and the two weights
}

/** Byte offset of `region` from the start of `clahe`'s scratch; CLAHE_REGIONS gives the total. */
function claheOffset(region: i32, width: i32, tilesX: i32, tilesY: i32): u64 {
  let offset: u64 = 0;
  for (let before = 0; before < region; before++) offset += claheRegionBytes(before, width, tilesX, tilesY);
  return offset;
}

/**
 * Bytes of scratch memory `clahe` needs for this image width and tile grid, exact as an f64
 * (an exported u64 would reach JavaScript as a BigInt); the caller refuses what memory cannot hold.
 */
export function claheScratchBytes(width: i32, tilesX: i32, tilesY: i32): f64 {
  return <f64>claheOffset(CLAHE_REGIONS, width, tilesX, tilesY);
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
  // Every offset is below the total the caller reserved, so it fits in usize.
  const luts = scratch + <usize>claheOffset(LUTS, width, tilesX, tilesY);
  const rowHistograms = scratch + <usize>claheOffset(ROW_HISTOGRAMS, width, tilesX, tilesY);
  const cells = scratch + <usize>claheOffset(CELLS, width, tilesX, tilesY);
  const columns = scratch + <usize>claheOffset(COLUMNS, width, tilesX, tilesY);
  buildTileLuts(src, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, rowHistograms, luts);
  interpolate(src, dst, width, 0, height, tilesX, tilesY, tileWidth, tileHeight, luts, cells, columns);
}

function buildTileLuts(
  src: usize, width: i32, height: i32, tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, rowHistograms: usize, luts: usize,
): void {
  const ways = waysFor(tileWidth * tileHeight);
  const tileTables = TABLE_BYTES * <usize>ways;
  for (let ty = 0; ty < tilesY; ty++) {
    memory.fill(rowHistograms, 0, <usize>tilesX * tileTables);
    for (let y = ty * tileHeight, end = y + tileHeight; y < end; y++) {
      const row = src + <usize>reflect101(y, height) * width;
      countRow(row, width, tilesX, tileWidth, rowHistograms, tileTables, ways);
    }
    finishTileRow(rowHistograms, tileTables, ways, tilesX, clipCount, lutScale, luts + <usize>ty * tilesX * BINS);
  }
}

/**
 * Strip processing (src/wasm/wasmKernels.ts): the LUTs of tile row `ty` from its `tileHeight` rows,
 * which the caller has laid out one after another at `rows`, rows past the image's bottom
 * already reflected. The same counts and steps as `buildTileLuts`, so the same LUTs.
 */
export function claheTileRow(
  rows: usize, width: i32, tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32,
  clipCount: i32, lutScale: f32, scratch: usize, ty: i32,
): void {
  const luts = scratch + <usize>claheOffset(LUTS, width, tilesX, tilesY);
  const rowHistograms = scratch + <usize>claheOffset(ROW_HISTOGRAMS, width, tilesX, tilesY);
  const ways = waysFor(tileWidth * tileHeight);
  const tileTables = TABLE_BYTES * <usize>ways;
  memory.fill(rowHistograms, 0, <usize>tilesX * tileTables);
  for (let y = 0; y < tileHeight; y++) countRow(rows + <usize>y * width, width, tilesX, tileWidth, rowHistograms, tileTables, ways);
  finishTileRow(rowHistograms, tileTables, ways, tilesX, clipCount, lutScale, luts + <usize>ty * tilesX * BINS);
}

/**
 * Strip processing: interpolates image rows [firstRow, lastRow), laid out at `src` from row
 * `firstRow` on, into `dst` (which may be `src`), from the LUTs `claheTileRow` built.
 */
export function claheRows(
  src: usize, dst: usize, width: i32, firstRow: i32, lastRow: i32,
  tilesX: i32, tilesY: i32, tileWidth: i32, tileHeight: i32, scratch: usize,
): void {
  const luts = scratch + <usize>claheOffset(LUTS, width, tilesX, tilesY);
  const cells = scratch + <usize>claheOffset(CELLS, width, tilesX, tilesY);
  const columns = scratch + <usize>claheOffset(COLUMNS, width, tilesX, tilesY);
  interpolate(src, dst, width, firstRow, lastRow, tilesX, tilesY, tileWidth, tileHeight, luts, cells, columns);
}

/** Merges, clips and accumulates the histograms of a row of tiles into their LUTs at `lutsRow`. */
function finishTileRow(
  rowHistograms: usize, tileTables: usize, ways: i32, tilesX: i32, clipCount: i32, lutScale: f32, lutsRow: usize,
): void {
  for (let tx = 0; tx < tilesX; tx++) {
    const bins = rowHistograms + <usize>tx * tileTables;
    mergeWays(bins, ways, bins);
    if (clipCount > 0) clipAndRedistribute(bins, BINS, clipCount);
    cumulativeLut<u8>(bins, BINS, lutScale, lutsRow + <usize>tx * BINS);
  }
}

/** Counts one image row into the histograms of a row of tiles, padding columns by reflection. */
function countRow(
  row: usize, width: i32, tilesX: i32, tileWidth: i32, rowHistograms: usize, tileTables: usize, ways: i32,
): void {
  const wayBytes: usize = ways == 1 ? 0 : TABLE_BYTES;
  for (let tx = 0; tx < tilesX; tx++) {
    const tables = rowHistograms + <usize>tx * tileTables;
    const start = tx * tileWidth;
    const end = start + tileWidth;
    const inside = min(end, width);
    if (inside > start) countPixels(tables, wayBytes, row + start, <u32>(inside - start));
    for (let x = max(start, width); x < end; x++) bump(tables, load<u8>(row + reflect101(x, width)), 1);
  }
}

/**
 * Blends each pixel from its four neighbouring tiles' LUTs. A pixel at x reads tile columns
 * max(tx1, 0) and min(tx1 + 1, tilesX − 1) with tx1 = ⌊x/tileWidth − ½⌋, so the pixels of a
 * row fall into tilesX + 1 column bands b = tx1 + 1, and rows likewise into row bands. For the
 * current row band, cell b interleaves the four LUTs band b reads, and one u32 load per pixel
 * fetches all four entries.
 */
function interpolate(
  src: usize, dst: usize, width: i32, firstRow: i32, lastRow: i32, tilesX: i32, tilesY: i32,
  tileWidth: i32, tileHeight: i32, luts: usize, cells: usize, columns: usize,
): void {
  const stride = columnStride(width);
  const cellAddresses = columns;
  const rightWeights = cellAddresses + (stride << 2);
  const leftWeights = rightWeights + (stride << 2);
  columnWeights(width, tileWidth, cellAddresses, rightWeights, leftWeights);
  for (let at: usize = 0; at < <usize>width << 2; at += 4) {
    store<u32>(cellAddresses + at, <u32>(cells + <usize>(load<i32>(cellAddresses + at) + 1) * CELL_BYTES));
  }
  const invTileHeight = <f32>1.0 / <f32>tileHeight;
  let band = i32.MIN_VALUE;
  for (let y = firstRow; y < lastRow; y++) {
    const tyf = tileCoordinate(y, invTileHeight);
    const ty1 = <i32>floor<f32>(tyf);
    const ya = tyf - <f32>ty1;
    const ya1 = <f32>1.0 - ya;
    if (ty1 != band) {
      buildCells(luts, cells, tilesX, max(ty1, 0), min(ty1 + 1, tilesY - 1));
      band = ty1;
    }
    const rowStart = <usize>(y - firstRow) * width;
    blendRow(src + rowStart, dst + rowStart, width, cellAddresses, rightWeights, leftWeights, ya, ya1);
  }
}

/** Cell b of a row band: for each level, bytes [upper-left, upper-right, lower-left, lower-right]. */
function buildCells(luts: usize, cells: usize, tilesX: i32, upperRow: i32, lowerRow: i32): void {
  for (let band = 0; band <= tilesX; band++) {
    const left = max(band - 1, 0);
    const right = min(band, tilesX - 1);
    const upperLeft = luts + <usize>(upperRow * tilesX + left) * BINS;
    const upperRight = luts + <usize>(upperRow * tilesX + right) * BINS;
    const lowerLeft = luts + <usize>(lowerRow * tilesX + left) * BINS;
    const lowerRight = luts + <usize>(lowerRow * tilesX + right) * BINS;
    interleave(upperLeft, upperRight, lowerLeft, lowerRight, cells + <usize>band * CELL_BYTES);
  }
}

/** cell[level] = bytes [a[level], b[level], c[level], d[level]] for the 256 levels. */
function interleave(a: usize, b: usize, c: usize, d: usize, cell: usize): void {
  let level: usize = 0;
  if (ASC_FEATURE_SIMD) {
    for (; level < <usize>BINS; level += 16) {
      const fromA = v128.load(a + level);
      const fromB = v128.load(b + level);
      const fromC = v128.load(c + level);
      const fromD = v128.load(d + level);
      // a0 b0 a1 b1 … and c0 d0 c1 d1 … (levels 0–7, then 8–15), then pairs of those: a0 b0 c0 d0 …
      const abLow = v128.shuffle<u8>(fromA, fromB, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
      const abHigh = v128.shuffle<u8>(fromA, fromB, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
      const cdLow = v128.shuffle<u8>(fromC, fromD, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
      const cdHigh = v128.shuffle<u8>(fromC, fromD, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
      const at = cell + (level << 2);
      v128.store(at, v128.shuffle<u16>(abLow, cdLow, 0, 8, 1, 9, 2, 10, 3, 11));
      v128.store(at, v128.shuffle<u16>(abLow, cdLow, 4, 12, 5, 13, 6, 14, 7, 15), 16);
      v128.store(at, v128.shuffle<u16>(abHigh, cdHigh, 0, 8, 1, 9, 2, 10, 3, 11), 32);
      v128.store(at, v128.shuffle<u16>(abHigh, cdHigh, 4, 12, 5, 13, 6, 14, 7, 15), 48);
    }
  }
  for (; level < <usize>BINS; level++) {
    store<u32>(cell + (level << 2),
      <u32>load<u8>(a + level) | (<u32>load<u8>(b + level) << 8) |
      (<u32>load<u8>(c + level) << 16) | (<u32>load<u8>(d + level) << 24));
  }
}

function blendRow(
  srcRow: usize, dstRow: usize, width: i32,
  cellAddresses: usize, rightWeights: usize, leftWeights: usize, ya: f32, ya1: f32,
): void {
  let x = 0;
  if (ASC_FEATURE_SIMD) {
    const yaLanes = f32x4.splat(ya);
    const ya1Lanes = f32x4.splat(ya1);
    for (; x + 16 <= width; x += 16) {
      // All sixteen source pixels are read before the store, so dst may be src.
      const pixels = v128.load(srcRow + x);
      const low = i16x8.extend_low_i8x16_u(pixels);
      const high = i16x8.extend_high_i8x16_u(pixels);
      const at = <usize>x << 2;
      const first = blendFour(i32x4.extend_low_i16x8_u(low), at, cellAddresses, rightWeights, leftWeights, yaLanes, ya1Lanes);
      const second = blendFour(i32x4.extend_high_i16x8_u(low), at + 16, cellAddresses, rightWeights, leftWeights, yaLanes, ya1Lanes);
      const third = blendFour(i32x4.extend_low_i16x8_u(high), at + 32, cellAddresses, rightWeights, leftWeights, yaLanes, ya1Lanes);
      const fourth = blendFour(i32x4.extend_high_i16x8_u(high), at + 48, cellAddresses, rightWeights, leftWeights, yaLanes, ya1Lanes);
      // Saturating narrows clamp to 0..255 as saturate_cast does.
      const bytes = i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_u(first, second), i16x8.narrow_i32x4_u(third, fourth));
      v128.store(dstRow + x, bytes);
    }
  }
  for (; x < width; x++) {
    const at = <usize>x << 2;
    const cell = load<u32>(<usize>load<u32>(cellAddresses + at) + (<usize>load<u8>(srcRow + x) << 2));
    const xa = load<f32>(rightWeights + at);
    const xa1 = load<f32>(leftWeights + at);
    const result =
      (<f32><i32>(cell & 255) * xa1 + <f32><i32>((cell >> 8) & 255) * xa) * ya1 +
      (<f32><i32>((cell >> 16) & 255) * xa1 + <f32><i32>(cell >> 24) * xa) * ya;
    store<u8>(dstRow + x, roundToByte(result));
  }
}

/**
 * Four pixels (their levels in i32 lanes, their columns from byte offset `at` of the column
 * arrays): gathers their cells, transposes them into four f32x4 LUT vectors, blends.
 */
// @ts-ignore: decorator
@inline function blendFour(
  levels: v128, at: usize, cellAddresses: usize, rightWeights: usize, leftWeights: usize, ya: v128, ya1: v128,
): v128 {
  const addresses = i32x4.add(v128.load(cellAddresses + at), i32x4.shl(levels, 2));
  let gathered = v128.load32_zero(<usize>i32x4.extract_lane(addresses, 0));
  gathered = v128.load32_lane(<usize>i32x4.extract_lane(addresses, 1), gathered, 1);
  gathered = v128.load32_lane(<usize>i32x4.extract_lane(addresses, 2), gathered, 2);
  gathered = v128.load32_lane(<usize>i32x4.extract_lane(addresses, 3), gathered, 3);
  // [UL UR LL LR] × 4 pixels → [UL×4 | UR×4 | LL×4 | LR×4]
  const byEntry = i8x16.shuffle(gathered, gathered, 0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15);
  const upper = i16x8.extend_low_i8x16_u(byEntry);
  const lower = i16x8.extend_high_i8x16_u(byEntry);
  // Signed conversion: the values are 0..255, and x86 has no unsigned int-to-float instruction.
  const upperLeft = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(upper));
  const upperRight = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(upper));
  const lowerLeft = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(lower));
  const lowerRight = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(lower));
  const xa = v128.load(rightWeights + at);
  const xa1 = v128.load(leftWeights + at);
  const top = f32x4.add(f32x4.mul(upperLeft, xa1), f32x4.mul(upperRight, xa));
  const bottom = f32x4.add(f32x4.mul(lowerLeft, xa1), f32x4.mul(lowerRight, xa));
  const result = f32x4.add(f32x4.mul(top, ya1), f32x4.mul(bottom, ya));
  return roundToIntegers(result);
}
