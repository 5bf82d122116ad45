// COCOeval.evaluate + evaluateImg (cocoeval.py 121–313) over columns: per (category, image) group
// the detections are sorted by score (stable) and cut to maxDets[-1], IoUs computed once, then for
// each area range and IoU threshold the greedy matching runs exactly as pycocotools' loops, with its
// rules (crowd GTs re-matchable, stop at the first ignored GT after a regular match, ties to the
// later GT, IoU == threshold matches). The outcome of every kept detection is stored as a status
// byte (0 FP, 1 TP, 2 ignored) for accumulate, in evalImgs order.
import { groupBy } from './groups.js';
import { interpolate } from './interpolate.js';
import { iouSource, type IouSource } from './iouSources.js';
import type { GroundTruth } from './loadGroundTruth.js';
import type { Detections } from './loadResults.js';
import { pairwiseSum } from './numpySum.js';
import type { Params } from './params.js';

export const FP = 0;
export const TP = 1;
export const IGNORED = 2;

/** evaluateImg's results for all groups, flattened. Entry e is a kept detection. */
export interface EvalImgs {
  K: number;
  A: number;
  T: number;
  I: number;
  /** Number of kept detections (each group's first maxDets[-1] by score). */
  E: number;
  /** Entries of category k are catStart[k]..catStart[k+1], by image, then by score within the image. */
  catStart: Int32Array;
  score: Float64Array;
  /** Position within its image's sorted detections (0 = highest score). */
  rank: Int32Array;
  img: Int32Array;
  /** Index into the detections' columns. */
  dt: Int32Array;
  /** status[e*A*T + a*T + t]: 0 false positive, 1 true positive, 2 ignored (one entry's outcomes together, for accumulate's gather). */
  status: Uint8Array;
  /** Matched GT id per entry at area 'all' and IoU 0.5 (0 = unmatched or matched to a GT with id 0): for overlays of TP/FP. */
  matchedGt: Float64Array;
  /** Non-ignored GTs per (k, a): npig[k*A + a]. */
  npig: Int32Array;
  /** Per-image figures at area index 0 and IoU threshold `t50` (0.5 when present). */
  perImage: PerImageCounts;
  /** Per GT entry at area index 0, IoU 0.5: 0 missed, 1 matched, 2 ignored, 3 not evaluated. */
  gtOutcome: Uint8Array;
  t50: number;
}

/** TP/FP/FN per image at IoU 0.5, area 'all', maxDets[-1], summed over categories. */
export interface PerImageCounts {
  tp: Int32Array;
  fp: Int32Array;
  fn: Int32Array;
  /** Non-ignored GTs. */
  gt: Int32Array;
  /** Sum and count of per-(image, category) AP@0.5 over categories with GT. */
  apSum: Float64Array;
  apCount: Int32Array;
}

/** Runs evaluateImg for every (category, area range, image). */
export function evaluateImages(gt: GroundTruth, dt: Detections, p: Params): EvalImgs {
  const I = gt.imgIds.length;
  const Kc = gt.catIds.length;
  const K = p.useCats ? Kc : 1;
  const A = p.areaRng.length;
  const T = p.iouThrs.length;
  const maxDet = p.maxDets[p.maxDets.length - 1]!;
  const gtGroups = groupBy(gt.n, gt.img, gt.cat, I, Kc, p.useCats);
  const dtGroups = groupBy(dt.n, dt.img, dt.cat, I, Kc, p.useCats);
  const source = iouSource(gt, dt, p);
  const t50 = p.iouThrs.indexOf(0.5);
  const state = new GroupEvaluator(gt, dt, p, dt.n, I, K, t50);
  for (let k = 0; k < K; k++) {
    state.catStart[k] = state.E;
    for (let i = 0; i < I; i++) {
      const g = p.useCats ? k * I + i : i;
      state.group(
        k,
        i,
        gtGroups.order,
        gtGroups.start[g]!,
        gtGroups.start[g + 1]!,
        dtGroups.order,
        dtGroups.start[g]!,
        dtGroups.start[g + 1]!,
        maxDet,
        source,
      );
    }
  }
  state.catStart[K] = state.E;
  return state.result(A, T);
}

class GroupEvaluator {
  E = 0;
  readonly catStart: Int32Array;
  readonly score: Float64Array;
  readonly rank: Int32Array;
  readonly img: Int32Array;
  readonly dtIndex: Int32Array;
  readonly status: Uint8Array;
  readonly matchedGt: Float64Array;
  readonly npig: Int32Array;
  readonly perImage: PerImageCounts;
  readonly gtOutcome: Uint8Array;
  private ious = new Float64Array(1024);
  private gts = new Int32Array(64);
  private gtIg = new Uint8Array(64);
  private crowd = new Uint8Array(64);
  private sortedCrowd = new Uint8Array(64);
  private gtOrder = new Int32Array(64);
  private gtMatched = new Uint8Array(64);
  private dtOut = new Uint8Array(64);
  private dtSorted = new Int32Array(64);
  private tpCum = new Float64Array(64);
  private fpCum = new Float64Array(64);
  private pr = new Float64Array(64);
  private readonly q: Float64Array;
  private readonly A: number;
  private readonly T: number;

  constructor(
    private readonly gt: GroundTruth,
    private readonly dt: Detections,
    private readonly p: Params,
    Emax: number,
    I: number,
    K: number,
    private readonly t50: number,
  ) {
    this.A = p.areaRng.length;
    this.q = new Float64Array(p.recThrs.length);
    this.T = p.iouThrs.length;
    this.catStart = new Int32Array(K + 1);
    this.score = new Float64Array(Emax);
    this.rank = new Int32Array(Emax);
    this.img = new Int32Array(Emax);
    this.dtIndex = new Int32Array(Emax);
    this.status = new Uint8Array(this.A * this.T * Emax);
    this.matchedGt = new Float64Array(Emax);
    this.npig = new Int32Array(K * this.A);
    this.gtOutcome = new Uint8Array(gt.n).fill(3);
    this.perImage = {
      tp: new Int32Array(I),
      fp: new Int32Array(I),
      fn: new Int32Array(I),
      gt: new Int32Array(I),
      apSum: new Float64Array(I),
      apCount: new Int32Array(I),
    };
  }

  private ensure(G: number, D: number): void {
    if (this.gts.length < G) {
      const n = Math.max(G, 2 * this.gts.length);
      this.gts = new Int32Array(n);
      this.gtIg = new Uint8Array(n);
      this.crowd = new Uint8Array(n);
      this.sortedCrowd = new Uint8Array(n);
      this.gtOrder = new Int32Array(n);
      this.gtMatched = new Uint8Array(n);
    }
    if (this.dtOut.length < D) {
      const n = Math.max(D, 2 * this.dtOut.length);
      this.dtOut = new Uint8Array(n);
      this.dtSorted = new Int32Array(n);
      this.tpCum = new Float64Array(n);
      this.fpCum = new Float64Array(n);
    }
    if (this.ious.length < G * D) this.ious = new Float64Array(Math.max(G * D, 2 * this.ious.length));
  }

  /**
   * The group's detections by descending score into a reused buffer; ties keep their position in
   * the group's list (np.argsort kind='mergesort'; category-major with useCats=0). Insertion sort:
   * groups are small (a few detections per class and image).
   */
  private sortByScore(dOrder: Int32Array, d0: number, d1: number): Int32Array {
    const n = d1 - d0;
    const out = this.dtSorted;
    const score = this.dt.score;
    if (n > 64) {
      const positions = Array.from({ length: n }, (_, j) => j).sort(
        (a, b) => score[dOrder[d0 + b]!]! - score[dOrder[d0 + a]!]! || a - b,
      );
      for (let j = 0; j < n; j++) out[j] = dOrder[d0 + positions[j]!]!;
      return out;
    }
    for (let j = 0; j < n; j++) {
      const v = dOrder[d0 + j]!;
      const s = score[v]!;
      let k = j;
      while (k > 0 && score[out[k - 1]!]! < s) {
        out[k] = out[k - 1]!;
        k--;
      }
      out[k] = v;
    }
    return out;
  }

  /** evaluateImg for one (category, image) over all area ranges. */
  group(
    k: number,
    i: number,
    gOrder: Int32Array,
    g0: number,
    g1: number,
    dOrder: Int32Array,
    d0: number,
    d1: number,
    maxDet: number,
    source: IouSource,
  ): void {
    const G = g1 - g0;
    if (G === 0 && d1 === d0) return; // evaluateImg returns None
    const { dt, gt } = this;
    // Detections by descending score; ties keep file order (np.argsort kind='mergesort').
    this.ensure(G, d1 - d0);
    const dts = this.sortByScore(dOrder, d0, d1);
    const D = Math.min(d1 - d0, maxDet);
    const gts = this.gts;
    for (let g = 0; g < G; g++) {
      gts[g] = gOrder[g0 + g]!;
      this.crowd[g] = gt.iscrowd[gts[g]!]!;
    }
    // With useCats=0, computeOks (unlike computeIoU) reads _gts[img, -1], which is always empty:
    // pycocotools then matches no keypoint detection at all. Reproduced.
    const hasIous = G > 0 && D > 0 && (this.p.useCats || this.p.iouType !== 'keypoints');
    if (hasIous) source.fill(dts, D, gts, G, this.crowd, this.ious);
    const e0 = this.E;
    for (let d = 0; d < D; d++) {
      this.score[e0 + d] = dt.score[dts[d]!]!;
      this.rank[e0 + d] = d;
      this.img[e0 + d] = i;
      this.dtIndex[e0 + d] = dts[d]!;
    }
    for (let a = 0; a < this.A; a++) this.areaRange(k, i, a, G, D, dts, e0, hasIous);
    this.E += D;
  }

  private areaRange(
    k: number,
    i: number,
    a: number,
    G: number,
    D: number,
    dts: Int32Array,
    e0: number,
    hasIous: boolean,
  ): void {
    const { gt, dt, T } = this;
    const AT = this.A * T;
    const [lo, hi] = this.p.areaRng[a]!;
    // GTs with ignore last, stable (np.argsort kind='mergesort' on _ignore).
    let n = 0;
    let nonIgnored = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let g = 0; g < G; g++) {
        const j = this.gts[g]!;
        const area = gt.area[j]!;
        const ig = gt.ignore[j] || area < lo! || area > hi! ? 1 : 0;
        if (ig !== pass) continue;
        this.gtOrder[n] = g;
        this.gtIg[n] = ig;
        this.sortedCrowd[n] = this.crowd[g]!;
        n++;
        if (!ig) nonIgnored++;
      }
    }
    this.npig[k * this.A + a]! += nonIgnored;
    for (let d = 0; d < D; d++) {
      const area = dt.area[dts[d]!]!;
      this.dtOut[d] = area < lo! || area > hi! ? 1 : 0;
    }
    for (let t = 0; t < T; t++) {
      const base = t; // + (e0 + d) * AT + a * T below
      const track = a === 0 && t === this.t50;
      this.gtMatched.fill(0, 0, G);
      for (let d = 0; d < D; d++) {
        const m = hasIous ? this.match(d, G, this.p.iouThrs[t]!) : -1;
        let matchedId = 0;
        let ignored = 0;
        if (m >= 0) {
          this.gtMatched[m] = 1;
          matchedId = gt.id[this.gts[this.gtOrder[m]!]!]!;
          ignored = this.gtIg[m]!;
        }
        if (matchedId === 0 && this.dtOut[d]) ignored = 1;
        this.status[(e0 + d) * AT + a * T + base] = ignored ? IGNORED : matchedId !== 0 ? TP : FP;
        if (track) this.matchedGt[e0 + d] = matchedId;
      }
      if (track) this.trackImage(i, G, D, nonIgnored, e0 * AT + t, AT);
    }
  }

  // The inner loops of evaluateImg for one detection; returns the matched position in gtOrder or −1.
  private match(d: number, G: number, thr: number): number {
    let iou = Math.min(thr, 1 - 1e-10);
    let m = -1;
    const row = d * G;
    for (let g = 0; g < G; g++) {
      if (this.gtMatched[g] && !this.sortedCrowd[g]) continue;
      if (m > -1 && this.gtIg[m] === 0 && this.gtIg[g] === 1) break;
      const v = this.ious[row + this.gtOrder[g]!]!;
      if (v < iou) continue;
      iou = v;
      m = g;
    }
    return m;
  }

  private trackImage(i: number, G: number, D: number, nonIgnored: number, base: number, AT: number): void {
    const pi = this.perImage;
    let tp = 0;
    let fp = 0;
    for (let d = 0; d < D; d++) {
      const s = this.status[base + d * AT];
      if (s === TP) tp++;
      else if (s === FP) fp++;
      this.tpCum[d] = tp;
      this.fpCum[d] = fp;
    }
    let fn = 0;
    for (let g = 0; g < G; g++) {
      if (!this.gtIg[g] && !this.gtMatched[g]) fn++;
      this.gtOutcome[this.gts[this.gtOrder[g]!]!] = this.gtIg[g] ? 2 : this.gtMatched[g] ? 1 : 0;
    }
    pi.tp[i]! += tp;
    pi.fp[i]! += fp;
    pi.fn[i]! += fn;
    pi.gt[i]! += nonIgnored;
    if (nonIgnored > 0) {
      if (this.pr.length < D) this.pr = new Float64Array(this.dtOut.length);
      interpolate(this.tpCum, this.fpCum, D, nonIgnored, this.p.recThrs, this.pr, this.q);
      pi.apSum[i]! += pairwiseSum(this.q) / this.q.length;
      pi.apCount[i]!++;
    }
  }

  result(A: number, T: number): EvalImgs {
    const { E } = this;
    return {
      K: this.catStart.length - 1,
      A,
      T,
      I: this.perImage.tp.length,
      E,
      catStart: this.catStart,
      score: this.score,
      rank: this.rank,
      img: this.img,
      dt: this.dtIndex,
      status: this.status,
      matchedGt: this.matchedGt,
      npig: this.npig,
      perImage: this.perImage,
      gtOutcome: this.gtOutcome,
      t50: this.t50,
    };
  }
}
