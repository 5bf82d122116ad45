// 256-bin histogram of 8-bit pixels (OpenCV calcHist with one channel, uniform 0..256 range).

/**
 * Writes the counts of the `length` bytes at `src` into 256 u32 bins at `bins`.
 * When `mask` is non-zero it points at `length` bytes and only pixels whose mask byte
 * is non-zero are counted (0 is never a valid buffer address: buffers sit above the heap base).
 */
export function histogram(src: usize, length: i32, mask: usize, bins: usize): void {
  memory.fill(bins, 0, 256 << 2);
  if (mask == 0) {
    for (let i = 0; i < length; i++) count(bins, load<u8>(src + i));
  } else {
    for (let i = 0; i < length; i++) {
      if (load<u8>(mask + i) != 0) count(bins, load<u8>(src + i));
    }
  }
}

/** Adds one to the u32 bin of `value`. */
// @ts-ignore: decorator
@inline export function count(bins: usize, value: u32): void {
  const bin = bins + (<usize>value << 2);
  store<u32>(bin, load<u32>(bin) + 1);
}
