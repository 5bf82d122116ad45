// OpenCV's saturate_cast<uchar>(float) and saturate_cast<ushort>(float): cvRound (lrint, ties
// to even) then clamp to the type's range; and saturate_cast<uchar>(int) and <ushort>(int).

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
  return <u8>saturateTo(value, 255);
}

/** An integer clamped to 0..top: saturate_cast<ushort>(int) for top 65535, or a narrower range. */
// @ts-ignore: decorator
@inline export function saturateTo(value: i32, top: i32): i32 {
  return value < 0 ? 0 : value > top ? top : value;
}
