// OpenCV's saturate_cast<uchar>(float) and saturate_cast<ushort>(float): cvRound (lrint, ties
// to even) then clamp; and saturate_cast<uchar>(int) and <ushort>(int). Twin of assembly/rounding.ts.

/** Rounds a float32 value half to even and clamps it to [0, maximum]. */
export function roundToRange(value: number, maximum: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return rounded < 0 ? 0 : rounded > maximum ? maximum : rounded;
}

/** saturate_cast<uchar>(float). */
export function roundToByte(value: number): number {
  return roundToRange(value, 255);
}

/** OpenCV's saturate_cast<uchar>(int): an integer clamped to 0..255. */
export function saturate(value: number): number {
  return saturateTo(value, 255);
}

/** An integer clamped to 0..top: saturate_cast<ushort>(int) for top 65535, or a narrower range. */
export function saturateTo(value: number, top: number): number {
  return value < 0 ? 0 : value > top ? top : value;
}
