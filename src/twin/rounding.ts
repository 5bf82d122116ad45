// OpenCV's saturate_cast<uchar>(float): cvRound (lrint, ties to even) then clamp to 0..255.
// Twin of assembly/rounding.ts.

/** Rounds a float32 value half to even and clamps it to a byte. */
export function roundToByte(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  return saturate(fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor);
}

/** OpenCV's saturate_cast<uchar>(int): an integer clamped to 0..255. */
export function saturate(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : value;
}
