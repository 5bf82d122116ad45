// Box IoU exactly as maskApi.c's bbIou: no +1 on widths, a crowd GT divides by the detection's
// area alone, and overlaps that are not strictly positive in x or y give 0.

/**
 * IoU of detection box `d` and ground-truth box `g` (offsets into [x, y, w, h] arrays).
 * Example: [0,0,10,10] vs [5,0,10,10] → 50/150 = 0.3333…; with `crowd` → 50/100 = 0.5.
 */
export function boxIou(dt: ArrayLike<number>, d: number, gt: ArrayLike<number>, g: number, crowd: boolean): number {
  const dx = dt[d]!;
  const dy = dt[d + 1]!;
  const dw = dt[d + 2]!;
  const dh = dt[d + 3]!;
  const gx = gt[g]!;
  const gy = gt[g + 1]!;
  const gw = gt[g + 2]!;
  const gh = gt[g + 3]!;
  const w = Math.min(dw + dx, gw + gx) - Math.max(dx, gx);
  if (w <= 0) return 0;
  const h = Math.min(dh + dy, gh + gy) - Math.max(dy, gy);
  if (h <= 0) return 0;
  const i = w * h;
  const da = dw * dh;
  const u = crowd ? da : da + gw * gh - i;
  return i / u;
}
