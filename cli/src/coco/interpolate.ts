// The inner step of COCOeval.accumulate (cocoeval.py 383–412) for one (t, k, a, m): precision made
// monotone from the right, then read at the first detection whose recall reaches each recall
// threshold (np.searchsorted 'left'); thresholds past the last detection stay 0.

const EPS = 2.220446049250313e-16; // np.spacing(1)

/**
 * Fills `q[r]` (and `ss[r]` from `scores` when given) for cumulative TP/FP counts `tp`, `fp` of the
 * first `nd` detections in score order, against `npig` non-ignored GTs. Returns the recall (0 when
 * nd = 0). `pr` is scratch of length ≥ nd.
 * Example: tp = [1, 1], fp = [0, 1], npig = 2 → recall 0.5; q[0..50] = 1, q[51..100] = 0.
 */
export function interpolate(
  tp: ArrayLike<number>,
  fp: ArrayLike<number>,
  nd: number,
  npig: number,
  recThrs: readonly number[],
  pr: Float64Array,
  q: Float64Array,
  scores?: ArrayLike<number>,
  ss?: Float64Array,
): number {
  for (let i = 0; i < nd; i++) pr[i] = tp[i]! / (fp[i]! + tp[i]! + EPS);
  for (let i = nd - 1; i > 0; i--) if (pr[i]! > pr[i - 1]!) pr[i - 1] = pr[i]!;
  q.fill(0);
  ss?.fill(0);
  let i = 0;
  for (let r = 0; r < recThrs.length; r++) {
    const thr = recThrs[r]!;
    while (i < nd && tp[i]! / npig < thr) i++;
    if (i >= nd) break; // pycocotools' bare `except: pass` on the first index past the end
    q[r] = pr[i]!;
    if (ss) ss[r] = scores![i]!;
  }
  return nd ? tp[nd - 1]! / npig : 0;
}
