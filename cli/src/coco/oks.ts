// Object keypoint similarity exactly as COCOeval.computeOks (cocoeval.py 192–233).
import { pairwiseSum } from './numpySum.js';

const EPS = 2.220446049250313e-16; // np.spacing(1)

/**
 * OKS between detection keypoints `d` and ground truth `g` ([x, y, v] triples), with the GT's
 * `bbox` and `area`. Visible GT keypoints (v > 0) are compared by distance; a GT with none visible
 * measures the detection's distance outside the GT box doubled on each side.
 * `vars[k] = (2σ_k)²`. e = (dx²+dy²)/vars/(area+eps)/2, OKS = mean of exp(−e) (numpy pairwise sum).
 */
export function oks(
  d: ArrayLike<number>,
  g: ArrayLike<number>,
  bbox: ArrayLike<number>,
  area: number,
  vars: ArrayLike<number>,
  scratch: Float64Array,
): number {
  const k = vars.length;
  let k1 = 0;
  for (let j = 0; j < k; j++) if (g[j * 3 + 2]! > 0) k1++;
  const x0 = bbox[0]! - bbox[2]!;
  const x1 = bbox[0]! + bbox[2]! * 2;
  const y0 = bbox[1]! - bbox[3]!;
  const y1 = bbox[1]! + bbox[3]! * 2;
  const denom = area + EPS;
  let n = 0;
  for (let j = 0; j < k; j++) {
    const xd = d[j * 3]!;
    const yd = d[j * 3 + 1]!;
    let dx: number;
    let dy: number;
    if (k1 > 0) {
      if (!(g[j * 3 + 2]! > 0)) continue;
      dx = xd - g[j * 3]!;
      dy = yd - g[j * 3 + 1]!;
    } else {
      dx = Math.max(0, x0 - xd) + Math.max(0, xd - x1);
      dy = Math.max(0, y0 - yd) + Math.max(0, yd - y1);
    }
    const e = (dx * dx + dy * dy) / vars[j]! / denom / 2;
    scratch[n++] = Math.exp(-e);
  }
  return pairwiseSum(scratch, 0, n) / n;
}
