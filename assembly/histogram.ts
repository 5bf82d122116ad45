// 256-bin histogram of 8-bit pixels (OpenCV calcHist with one channel, uniform 0..256 range).
//
// Large counts go into eight sub-histograms ("ways"), pixel i into way i % 8, summed at the
// end. With a single table, a run of equal pixels makes every increment wait for the store of
// the previous one; with eight, consecutive increments never touch the same counter. Eight
// measured about 10% faster than four on the retina photograph, which has long runs. For
// small counts (CLAHE's small tiles) clearing and summing eight tables costs more than it
// saves, so callers can count into a single table instead.

const LEVELS = 256;
/** Bytes of one table of 256 u32 counters. */
export const TABLE_BYTES: usize = LEVELS << 2;
/** The most ways a count uses, and so the scratch one count needs: eight tables. */
export const MAX_WAYS = 8;

const tables = memory.data(<i32>TABLE_BYTES * MAX_WAYS, 16);

/**
 * Writes the counts of the `length` bytes at `src` into 256 u32 bins at `bins`. `length` is
 * unsigned: a gray image of 2 GiB or more fits in memory, and an i32 count would be negative.
 * When `mask` is non-zero it points at `length` bytes and only pixels whose mask byte
 * is non-zero are counted (0 is never a valid buffer address: buffers sit above the heap base).
 */
export function histogram(src: usize, length: u32, mask: usize, bins: usize): void {
  memory.fill(tables, 0, TABLE_BYTES * MAX_WAYS);
  if (mask == 0) {
    countPixels(tables, TABLE_BYTES, src, length);
  } else {
    for (let i: u32 = 0; i < length; i++) {
      bump(tables + (<usize>(i & 7) << 10), load<u8>(src + i), <u32>(load<u8>(mask + i) != 0));
    }
  }
  mergeWays(tables, MAX_WAYS, bins);
}

/** How many ways to count `pixels` pixels with: eight for large counts, one for small. */
export function waysFor(pixels: i32): i32 {
  return pixels >= 4096 ? MAX_WAYS : 1;
}

/**
 * Adds the `length` bytes at `src` to the tables at `tables`, pixel i to the table at
 * `tables + (i % 8) × wayBytes`: `wayBytes` is TABLE_BYTES for eight ways, 0 for one table.
 */
export function countPixels(tables: usize, wayBytes: usize, src: usize, length: u32): void {
  const way1 = tables + wayBytes;
  const way2 = way1 + wayBytes;
  const way3 = way2 + wayBytes;
  const way4 = way3 + wayBytes;
  const way5 = way4 + wayBytes;
  const way6 = way5 + wayBytes;
  const way7 = way6 + wayBytes;
  let i: u32 = 0;
  for (; i + 8 <= length; i += 8) {
    const at = src + i;
    bump(tables, load<u8>(at), 1);
    bump(way1, load<u8>(at, 1), 1);
    bump(way2, load<u8>(at, 2), 1);
    bump(way3, load<u8>(at, 3), 1);
    bump(way4, load<u8>(at, 4), 1);
    bump(way5, load<u8>(at, 5), 1);
    bump(way6, load<u8>(at, 6), 1);
    bump(way7, load<u8>(at, 7), 1);
  }
  for (; i < length; i++) bump(tables, load<u8>(src + i), 1);
}

/** Sums `ways` consecutive tables at `tables` into 256 u32 bins at `bins` (which may be `tables`). */
export function mergeWays(tables: usize, ways: i32, bins: usize): void {
  if (ways == 1) {
    if (bins != tables) memory.copy(bins, tables, TABLE_BYTES);
    return;
  }
  for (let level: usize = 0; level < TABLE_BYTES; level += 4) {
    const total =
      load<u32>(tables + level) + load<u32>(tables + level, 1 << 10) +
      load<u32>(tables + level, 2 << 10) + load<u32>(tables + level, 3 << 10) +
      load<u32>(tables + level, 4 << 10) + load<u32>(tables + level, 5 << 10) +
      load<u32>(tables + level, 6 << 10) + load<u32>(tables + level, 7 << 10);
    store<u32>(bins + level, total);
  }
}

/** Adds `amount` to the counter of `value` in the table at `table`. */
// @ts-ignore: decorator
@inline export function bump(table: usize, value: u32, amount: u32): void {
  const counter = table + (<usize>value << 2);
  store<u32>(counter, load<u32>(counter) + amount);
}

/**
 * Counts `length` u16 pixels (all below `levels`) into `levels` u32 bins at `bins`. With a
 * non-zero `mask` (one byte per pixel), only pixels whose mask byte is non-zero count.
 */
export function histogram16(src: usize, length: i32, mask: usize, bins: usize, levels: i32): void {
  memory.fill(bins, 0, <usize>levels << 2);
  for (let i = 0; i < length; i++) {
    bump(bins, load<u16>(src + (<usize>i << 1)), mask == 0 ? 1 : <u32>(load<u8>(mask + i) != 0));
  }
}

/** Index of the first of `length` u16 pixels above `limit`, or -1. */
export function firstAbove16(src: usize, length: i32, limit: i32): i32 {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const limits = i16x8.splat(<i16>limit);
    for (; i + 8 <= length; i += 8) {
      if (v128.any_true(i16x8.gt_u(v128.load(src + (<usize>i << 1)), limits))) break;
    }
  }
  for (; i < length; i++) if (<i32>load<u16>(src + (<usize>i << 1)) > limit) return i;
  return -1;
}
