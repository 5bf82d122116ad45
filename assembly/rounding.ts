// OpenCV's saturate_cast<uchar>(float): cvRound (lrint, ties to even) then clamp to 0..255.

// @ts-ignore: decorator
@inline export function roundToByte(value: f32): u8 {
  // f32.nearest rounds ties to even, exactly like lrint under the default rounding mode.
  const rounded = <i32>nearest<f32>(value);
  return <u8>(rounded < 0 ? 0 : rounded > 255 ? 255 : rounded);
}
