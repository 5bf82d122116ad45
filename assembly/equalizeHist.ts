// Global histogram equalization: OpenCV's cv::equalizeHist for 8-bit images, and the same
// algorithm with 2^bitDepth bins for 16-bit ones (which OpenCV does not have).
import { histogram, histogram16 } from './histogram';
import { roundToByte, roundToUnsigned16 } from './rounding';

const bins = memory.data(256 << 2, 16);
const lut = memory.data(256, 16);

/**
 * Equalizes the `length` bytes at `src` into `dst` (which may be `src`); `length` > 0, and
 * unsigned as in `histogram`.
 * Follows OpenCV step for step: levels below the first occupied one map to 0 by never
 * being looked up, the first occupied level maps to 0, and a constant image is copied.
 */
export function equalizeHist(src: usize, dst: usize, length: u32): void {
  histogram(src, length, 0, bins);
  if (equalizationLut<u8>(bins, 256, length, lut)) applyLut(src, dst, length, lut);
  else memory.copy(dst, src, length);
}

/** Bytes of scratch memory `equalizeHist16` needs for `levels` bins. */
export function equalizeHist16ScratchBytes(levels: i32): usize {
  return <usize>levels * 6;
}

/** As `equalizeHist`, for `length` u16 pixels below 2^bitDepth with 2^bitDepth bins. */
export function equalizeHist16(src: usize, dst: usize, length: i32, bitDepth: i32, scratch: usize): void {
  const levels = 1 << bitDepth;
  const lut16 = scratch + (<usize>levels << 2);
  histogram16(src, length, 0, scratch, levels);
  if (equalizationLut<u16>(scratch, levels, length, lut16)) {
    applyLut16(src, dst, length, lut16);
  } else {
    memory.copy(dst, src, <usize>length << 1);
  }
}

/**
 * OpenCV's equalization LUT from `levels` u32 bins counting `total` pixels: 0 at the first
 * occupied level i, then round(float(bins[i+1] + … + bins[j]) · float(levels − 1) / float(total − bins[i])).
 * Returns false, writing nothing, when one level holds every pixel: OpenCV then copies the image.
 */
function equalizationLut<T>(bins: usize, levels: i32, total: u32, lut: usize): bool {
  let first = 0;
  while (load<u32>(bins + (<usize>first << 2)) == 0) first++;
  const firstCount = load<u32>(bins + (<usize>first << 2));
  if (firstCount == total) return false;
  // OpenCV: (hist_sz - 1.f) / (total - hist[i]), float divided by int converted to float.
  const scale: f32 = <f32>(levels - 1) / <f32>(total - firstCount);
  store<T>(lut + (<usize>first << alignof<T>()), 0);
  // Unsigned, as the counts: up to 2^32 − 1 pixels (C's int would wrap past 2^31; the twin does not).
  let sum: u32 = 0;
  for (let level = first + 1; level < levels; level++) {
    sum += load<u32>(bins + (<usize>level << 2));
    const value = <f32>sum * scale;
    store<T>(lut + (<usize>level << alignof<T>()), sizeof<T>() == 1 ? <T>roundToByte(value) : <T>roundToUnsigned16(value));
  }
  return true;
}

/**
 * dst[i] = lut[src[i]] for `length` bytes, eight at a time; dst may be src. Exported for
 * fastclahe/parallel, whose workers apply a table built from every band's counts.
 */
export function applyLut(src: usize, dst: usize, length: u32, lut: usize): void {
  let i: u32 = 0;
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

/** dst[i] = lut[src[i]] for `length` u16 pixels, `lut` of u16 entries; dst may be src. Exported for fastclahe/parallel. */
export function applyLut16(src: usize, dst: usize, length: i32, lut: usize): void {
  for (let i: usize = 0; i < <usize>length << 1; i += 2) {
    store<u16>(dst + i, load<u16>(lut + (<usize>load<u16>(src + i) << 1)));
  }
}
