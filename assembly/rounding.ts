// OpenCV's saturate_cast<uchar>(float) and saturate_cast<ushort>(float): cvRound (lrint, ties
// to even) then clamp to the type's range.

// @ts-ignore: decorator
@inline export function roundToByte(value: f32): u8 {
  return <u8>clampRounded(value, 255);
}

// @ts-ignore: decorator
@inline export function roundToUnsigned16(value: f32): u16 {
  return <u16>clampRounded(value, 65535);
}

// @ts-ignore: decorator
@inline function clampRounded(value: f32, maximum: i32): i32 {
  // f32.nearest rounds ties to even, exactly like lrint under the default rounding mode.
  const rounded = <i32>nearest<f32>(value);
  return rounded < 0 ? 0 : rounded > maximum ? maximum : rounded;
}

/** OpenCV's saturate_cast<uchar>(int): an integer clamped to 0..255. */
// @ts-ignore: decorator
@inline export function saturate(value: i32): u8 {
  return <u8>(value < 0 ? 0 : value > 255 ? 255 : value);
}
