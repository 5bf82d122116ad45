// Global histogram equalization, OpenCV's cv::equalizeHist for 8-bit single-channel images.
import { histogram } from './histogram';
import { roundToByte } from './rounding';

const bins = memory.data(256 << 2, 16);
const lut = memory.data(256, 16);

/**
 * Equalizes the `length` bytes at `src` into `dst` (which may be `src`); `length` > 0.
 * Follows OpenCV step for step: levels below the first occupied one map to 0 by never
 * being looked up, the first occupied level maps to 0, and a constant image is copied.
 */
export function equalizeHist(src: usize, dst: usize, length: i32): void {
  histogram(src, length, 0, bins);
  let first = 0;
  while (load<u32>(bins + (<usize>first << 2)) == 0) first++;
  const firstCount = load<i32>(bins + (<usize>first << 2));
  if (firstCount == length) {
    memory.copy(dst, src, length);
    return;
  }
  // OpenCV: (hist_sz - 1.f) / (total - hist[i]), float divided by int converted to float.
  const scale: f32 = <f32>255 / <f32>(length - firstCount);
  store<u8>(lut + first, 0);
  let sum = 0;
  for (let level = first + 1; level < 256; level++) {
    sum += load<i32>(bins + (<usize>level << 2));
    store<u8>(lut + level, roundToByte(<f32>sum * scale));
  }
  applyLut(src, dst, length, lut);
}

/** dst[i] = lut[src[i]] for `length` bytes, eight at a time; dst may be src. */
function applyLut(src: usize, dst: usize, length: i32, lut: usize): void {
  let i = 0;
  for (; i + 8 <= length; i += 8) {
    const from = src + i;
    const mapped =
      <u64>load<u8>(lut + load<u8>(from)) |
      (<u64>load<u8>(lut + load<u8>(from, 1)) << 8) |
      (<u64>load<u8>(lut + load<u8>(from, 2)) << 16) |
      (<u64>load<u8>(lut + load<u8>(from, 3)) << 24) |
      (<u64>load<u8>(lut + load<u8>(from, 4)) << 32) |
      (<u64>load<u8>(lut + load<u8>(from, 5)) << 40) |
      (<u64>load<u8>(lut + load<u8>(from, 6)) << 48) |
      (<u64>load<u8>(lut + load<u8>(from, 7)) << 56);
    store<u64>(dst + i, mapped);
  }
  for (; i < length; i++) store<u8>(dst + i, load<u8>(lut + load<u8>(src + i)));
}
