// COCOeval.summarize (cocoeval.py 422–493): the 12 (bbox/segm) or 10 (keypoints) means over
// entries > −1, with numpy's pairwise summation, and pycocotools' printed lines character for
// character. stats[0] asks for maxDets=100 whatever params.maxDets says (pycocotools issue #558).
import type { Accumulated } from './accumulate.js';
import { meanOrMinusOne } from './numpySum.js';
import type { Params } from './params.js';

/** One summary line: which slice, its mean, and pycocotools' text for it. */
export interface SummaryLine {
  ap: boolean;
  iouThr?: number;
  areaRng: string;
  maxDets: number;
  value: number;
  text: string;
}

interface Spec {
  ap: boolean;
  iouThr?: number;
  areaRng?: string;
  maxDets?: number;
}

/** Python's '{:0.3f}': correctly rounded, ties (only x = j/16 can be one) to even. */
export function formatFixed3(x: number): string {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const scaled = x * 1000; // exact: x has 4 decimals
    const down = Math.floor(scaled);
    const n = down % 2 === 0 ? down : down + 1;
    return (n / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

function lineText(p: Params, s: Required<Omit<Spec, 'iouThr'>> & { iouThr?: number }, value: number): string {
  const title = s.ap ? 'Average Precision' : 'Average Recall';
  const type = s.ap ? '(AP)' : '(AR)';
  const iou =
    s.iouThr === undefined
      ? `${p.iouThrs[0]!.toFixed(2)}:${p.iouThrs[p.iouThrs.length - 1]!.toFixed(2)}`
      : s.iouThr.toFixed(2);
  return ` ${title.padEnd(18)} ${type} @[ IoU=${iou.padEnd(9)} | area=${s.areaRng.padStart(6)} | maxDets=${String(s.maxDets).padStart(3)} ] = ${formatFixed3(value)}`;
}

/** Mean of the selected precision (ap) or recall slice over entries > −1, in numpy's C order. */
export function sliceMean(
  acc: Accumulated,
  p: Params,
  spec: { ap: boolean; iouThr?: number; areaRng: string; maxDets: number },
  k?: number,
): number {
  const [T, R, K, A, M] = acc.counts;
  const ts =
    spec.iouThr === undefined ? [...Array(T).keys()] : p.iouThrs.flatMap((v, t) => (v === spec.iouThr ? [t] : []));
  const as = p.areaRngLbl.flatMap((l, a) => (l === spec.areaRng ? [a] : []));
  const ms = p.maxDets.flatMap((v, m) => (v === spec.maxDets ? [m] : []));
  const values: number[] = [];
  // np fancy indexing with one area and one maxDet index keeps the (t, r, k) order; a label or
  // maxDet that is absent selects nothing (−1).
  const pairs = as.length && ms.length ? Math.max(as.length, ms.length) : 0;
  const ks = k === undefined ? [...Array(K).keys()] : [k];
  for (const t of ts) {
    for (let r = 0; r < (spec.ap ? R : 1); r++) {
      for (const kk of ks) {
        for (let j = 0; j < pairs; j++) {
          const a = as[as.length === 1 ? 0 : j]!;
          const m = ms[ms.length === 1 ? 0 : j]!;
          const v = spec.ap
            ? acc.precision[(((t * R + r) * K + kk) * A + a) * M + m]!
            : acc.recall[((t * K + kk) * A + a) * M + m]!;
          if (v > -1) values.push(v);
        }
      }
    }
  }
  return meanOrMinusOne(values);
}

function detSpecs(p: Params): Spec[] {
  const [m0, m1, m2] = p.maxDets;
  return [
    { ap: true, maxDets: 100 },
    { ap: true, iouThr: 0.5, maxDets: m2 },
    { ap: true, iouThr: 0.75, maxDets: m2 },
    { ap: true, areaRng: 'small', maxDets: m2 },
    { ap: true, areaRng: 'medium', maxDets: m2 },
    { ap: true, areaRng: 'large', maxDets: m2 },
    { ap: false, maxDets: m0 },
    { ap: false, maxDets: m1 },
    { ap: false, maxDets: m2 },
    { ap: false, areaRng: 'small', maxDets: m2 },
    { ap: false, areaRng: 'medium', maxDets: m2 },
    { ap: false, areaRng: 'large', maxDets: m2 },
  ];
}

function keypointSpecs(): Spec[] {
  const out: Spec[] = [];
  for (const ap of [true, false]) {
    out.push({ ap, maxDets: 20 }, { ap, maxDets: 20, iouThr: 0.5 }, { ap, maxDets: 20, iouThr: 0.75 });
    out.push({ ap, maxDets: 20, areaRng: 'medium' }, { ap, maxDets: 20, areaRng: 'large' });
  }
  return out;
}

/**
 * The summary: `stats` (12 numbers for bbox/segm, 10 for keypoints) and pycocotools' lines, e.g.
 * " Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.378".
 * bbox/segm need at least 3 maxDets (pycocotools reads maxDets[2]); a missing one gives −1 here.
 */
export function summarize(acc: Accumulated, p: Params): { stats: number[]; lines: SummaryLine[] } {
  const specs = p.iouType === 'keypoints' ? keypointSpecs() : detSpecs(p);
  const lines = specs.map((spec) => {
    const s = {
      ap: spec.ap,
      areaRng: spec.areaRng ?? 'all',
      maxDets: spec.maxDets ?? -1,
      ...(spec.iouThr !== undefined ? { iouThr: spec.iouThr } : {}),
    };
    const value = sliceMean(acc, p, s);
    return { ...s, value, text: lineText(p, s, value) };
  });
  return { stats: lines.map((l) => l.value), lines };
}
