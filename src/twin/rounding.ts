// OpenCV's saturate_cast<uchar>(float): cvRound (lrint, ties to even) then clamp to 0..255.
// Twin of assembly/rounding.ts.

/** Rounds a float32 value half to even and clamps it to a byte. */
export function roundToByte(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return rounded < 0 ? 0 : rounded > 255 ? 255 : rounded;
}
