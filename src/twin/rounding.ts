// OpenCV's saturate_cast<uchar>(float) and saturate_cast<ushort>(float): cvRound (lrint, ties
// to even) then clamp. Twin of assembly/rounding.ts.

/** Rounds a float32 value half to even and clamps it to [0, maximum]. */
export function roundToRange(value: number, maximum: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return rounded < 0 ? 0 : rounded > maximum ? maximum : rounded;
}

