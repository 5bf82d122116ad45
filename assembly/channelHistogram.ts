// Histogram of one channel of interleaved 8- or 16-bit pixels (OpenCV calcHist with
// channels = [k] on a multi-channel image, one bin per level).

/**
 * Writes the counts of the T values at `src`, `src + channels`, … (`pixels` of them) into
 * `levels` u32 bins at `bins`; every value is below `levels`. When `mask` is non-zero it
 * points at `pixels` bytes and only pixels whose mask byte is non-zero are counted.
 */
// @ts-ignore: decorator
@inline function countChannel<T>(src: usize, pixels: i32, channels: i32, mask: usize, bins: usize, levels: i32): void {
  memory.fill(bins, 0, <usize>levels << 2);
  const step = <usize>channels * sizeof<T>();
  for (let i = 0, s = src; i < pixels; i++, s += step) {
    if (mask == 0 || load<u8>(mask + i) != 0) {
      const bin = bins + (<usize>load<T>(s) << 2);
      store<u32>(bin, load<u32>(bin) + 1);
    }
  }
}

/** 256 bins of one channel of 8-bit pixels. */
export function channelHistogram(src: usize, pixels: i32, channels: i32, mask: usize, bins: usize): void {
  countChannel<u8>(src, pixels, channels, mask, bins, 256);
}

/** `levels` (2^bitDepth) bins of one channel of 16-bit pixels. */
export function channelHistogram16(src: usize, pixels: i32, channels: i32, mask: usize, bins: usize, levels: i32): void {
  countChannel<u16>(src, pixels, channels, mask, bins, levels);
}
