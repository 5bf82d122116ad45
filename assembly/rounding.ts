// OpenCV's saturate_cast<uchar>(float): cvRound (lrint, ties to even) then clamp to 0..255.

// @ts-ignore: decorator
@inline export function roundToByte(value: f32): u8 {
  // f32.nearest rounds ties to even, exactly like lrint under the default rounding mode.
  return saturate(<i32>nearest<f32>(value));
}

/** OpenCV's saturate_cast<uchar>(int): an integer clamped to 0..255. */
// @ts-ignore: decorator
@inline export function saturate(value: i32): u8 {
  return <u8>(value < 0 ? 0 : value > 255 ? 255 : value);
}
