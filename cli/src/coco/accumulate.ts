// COCOeval.accumulate (cocoeval.py 315–420): for each category, area range and maxDet, the kept
// detections of all images are ordered by descending score (stable: image order, then rank, as
// np.concatenate + argsort kind='mergesort'), TP/FP counted cumulatively and interpolated.
import { IGNORED, TP, type EvalImgs } from './evaluate.js';
import { interpolate } from './interpolate.js';
import type { Params } from './params.js';

/** pycocotools' eval arrays, C order: precision/scores [T,R,K,A,M], recall [T,K,A,M]; −1 = no GT. */
export interface Accumulated {
  counts: [number, number, number, number, number];
  precision: Float64Array;
  recall: Float64Array;
  scores: Float64Array;
}

/** Accumulates per-image results into precision/recall/scores arrays. */
export function accumulate(ev: EvalImgs, p: Params): Accumulated {
  const { K, A, T } = ev;
  const R = p.recThrs.length;
  const M = p.maxDets.length;
  const precision = new Float64Array(T * R * K * A * M).fill(-1);
  const recall = new Float64Array(T * K * A * M).fill(-1);
  const scores = new Float64Array(T * R * K * A * M).fill(-1);
  const AT = A * T;
  let cap = 0;
  for (let k = 0; k < K; k++) cap = Math.max(cap, ev.catStart[k + 1]! - ev.catStart[k]!);
  // Cumulative TP/FP per threshold t in rows of `cap`: one pass over the detections fills all T.
  const tp = new Float64Array(T * cap);
  const fp = new Float64Array(T * cap);
  const tpRows = Array.from({ length: T }, (_, t) => tp.subarray(t * cap, (t + 1) * cap));
  const fpRows = Array.from({ length: T }, (_, t) => fp.subarray(t * cap, (t + 1) * cap));
  const ntp = new Float64Array(T);
  const nfp = new Float64Array(T);
  const pr = new Float64Array(cap);
  const sc = new Float64Array(cap);
  const kept = new Int32Array(cap);
  const sorted = new Uint8Array(cap * AT);
  const q = new Float64Array(R);
  const ss = new Float64Array(R);
  for (let k = 0; k < K; k++) {
    const order = scoreOrder(ev, k);
    // Gather each entry's A×T outcomes in score order once, so the loops below read sequentially.
    for (let j = 0; j < order.length; j++) {
      const src = order[j]! * AT;
      const dst = j * AT;
      for (let x = 0; x < AT; x++) sorted[dst + x] = ev.status[src + x]!;
    }
    for (let m = 0; m < M; m++) {
      let nd = 0;
      for (let j = 0; j < order.length; j++) {
        if (ev.rank[order[j]!]! < p.maxDets[m]!) {
          kept[nd] = j;
          sc[nd++] = ev.score[order[j]!]!;
        }
      }
      for (let a = 0; a < A; a++) {
        const npig = ev.npig[k * A + a]!;
        if (npig === 0) continue;
        ntp.fill(0);
        nfp.fill(0);
        for (let j = 0; j < nd; j++) {
          const row = kept[j]! * AT + a * T;
          for (let t = 0; t < T; t++) {
            const s = sorted[row + t];
            if (s === TP) ntp[t]++;
            else if (s !== IGNORED) nfp[t]++;
            tp[t * cap + j] = ntp[t]!;
            fp[t * cap + j] = nfp[t]!;
          }
        }
        for (let t = 0; t < T; t++) {
          recall[((t * K + k) * A + a) * M + m] = interpolate(
            tpRows[t]!,
            fpRows[t]!,
            nd,
            npig,
            p.recThrs,
            pr,
            q,
            sc,
            ss,
          );
          for (let r = 0; r < R; r++) {
            const at = (((t * R + r) * K + k) * A + a) * M + m;
            precision[at] = q[r]!;
            scores[at] = ss[r]!;
          }
        }
      }
    }
  }
  return { counts: [T, R, K, A, M], precision, recall, scores };
}

// Entries of category k by descending score, ties in entry order (= image order, then rank).
function scoreOrder(ev: EvalImgs, k: number): Int32Array {
  const s = ev.catStart[k]!;
  const n = ev.catStart[k + 1]! - s;
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = s + j;
  const score = ev.score;
  // Typed-array sort with a comparator is not guaranteed stable; the index tie-break makes it so.
  return order.sort((a, b) => score[b]! - score[a]! || a - b);
}
