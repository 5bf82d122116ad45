// 256-bin histogram of one channel of interleaved 8-bit pixels (OpenCV calcHist with
// channels = [k] on a multi-channel image, uniform 0..256 range).

/**
 * Writes the counts of the bytes at `src`, `src + channels`, … (`pixels` of them) into 256 u32
 * bins at `bins`. When `mask` is non-zero it points at `pixels` bytes and only pixels whose
 * mask byte is non-zero are counted.
 */
export function channelHistogram(src: usize, pixels: i32, channels: i32, mask: usize, bins: usize): void {
  memory.fill(bins, 0, 256 << 2);
  for (let i = 0, s = src; i < pixels; i++, s += channels) {
    if (mask == 0 || load<u8>(mask + i) != 0) {
      const bin = bins + (<usize>load<u8>(s) << 2);
      store<u32>(bin, load<u32>(bin) + 1);
    }
  }
}
