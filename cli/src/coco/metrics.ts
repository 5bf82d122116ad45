// Figures pycocotools does not print but computes on the way: per-category AP/AR from the
// precision and recall arrays (the summary's slices restricted to one k), and per-image TP/FP/FN,
// recall, precision and AP at IoU 0.5 from evalImgs — to find the classes and images where a
// model fails.
import type { Accumulated } from './accumulate.js';
import type { EvalImgs } from './evaluate.js';
import type { GroundTruth, ImageId } from './loadGroundTruth.js';
import type { Detections } from './loadResults.js';
import type { Params } from './params.js';
import { sliceMean } from './summarize.js';

/** One category's figures; −1 where the category has no (non-ignored) GT in that slice. */
export interface CategoryMetrics {
  id: number;
  name: string;
  /** Non-ignored GT objects (area 'all'). */
  gt: number;
  /** Detections of this category that were evaluated (up to maxDets[-1] per image). */
  dt: number;
  /** AP@[.5:.95], area all, maxDets[-1]: mean of precision[:, :, k, 0, M-1] over entries > −1. */
  ap: number;
  ap50: number;
  ap75: number;
  /** AP by area range ('apSmall', 'apMedium', 'apLarge' for COCO's labels) and AR by maxDets ('ar1', 'ar10', 'ar100'). */
  [key: string]: number | string;
}

function camel(prefix: string, label: string): string {
  return prefix + label.charAt(0).toUpperCase() + label.slice(1);
}

/** Per-category AP/AR, in category-id order (one entry, id −1, when useCats is false). */
export function perCategory(acc: Accumulated, ev: EvalImgs, p: Params, gt: GroundTruth): CategoryMetrics[] {
  const last = p.maxDets[p.maxDets.length - 1]!;
  const labels = p.areaRngLbl.filter((l) => l !== 'all');
  return Array.from({ length: ev.K }, (_, k) => {
    const mean = (ap: boolean, areaRng: string, maxDets: number, iouThr?: number) =>
      sliceMean(acc, p, { ap, areaRng, maxDets, ...(iouThr !== undefined ? { iouThr } : {}) }, k);
    const out: CategoryMetrics = {
      id: p.useCats ? gt.catIds[k]! : -1,
      name: p.useCats ? gt.categories[k]!.name : 'all',
      gt: ev.npig[k * ev.A]!,
      dt: ev.catStart[k + 1]! - ev.catStart[k]!,
      ap: mean(true, 'all', last),
      ap50: mean(true, 'all', last, 0.5),
      ap75: mean(true, 'all', last, 0.75),
    };
    for (const l of labels) out[camel('ap', l)] = mean(true, l, last);
    for (const m of p.maxDets) out[`ar${m}`] = mean(false, 'all', m);
    for (const l of labels) out[camel('ar', l)] = mean(false, l, last);
    return out;
  });
}

/** One image's figures at IoU 0.5, area 'all', maxDets[-1], over all categories. */
export interface ImageMetrics {
  id: ImageId;
  fileName?: string;
  /** Non-ignored GT objects. */
  gt: number;
  tp: number;
  fp: number;
  fn: number;
  /** tp / gt, or null without GT. */
  recall50: number | null;
  /** tp / (tp + fp), or null without (non-ignored) detections. */
  precision50: number | null;
  /** Mean over the image's categories with GT of the 101-point AP@0.5 of that image alone; null without GT. */
  ap50: number | null;
}

/** Per-image figures in image-id order (null when IoU 0.5 is not among the thresholds). */
export function perImage(ev: EvalImgs, gt: GroundTruth): ImageMetrics[] | null {
  if (ev.t50 < 0) return null;
  const c = ev.perImage;
  return gt.imgIds.map((id, i) => {
    const tp = c.tp[i]!;
    const fp = c.fp[i]!;
    const n = c.gt[i]!;
    return {
      id,
      ...(gt.imgFileNames[i] !== undefined ? { fileName: gt.imgFileNames[i] } : {}),
      gt: n,
      tp,
      fp,
      fn: c.fn[i]!,
      recall50: n ? tp / n : null,
      precision50: tp + fp ? tp / (tp + fp) : null,
      ap50: c.apCount[i] ? c.apSum[i]! / c.apCount[i]! : null,
    };
  });
}

/** Worst first: lowest AP@0.5 (images without GT last), then most missed, then most false positives. */
export function worstImages(images: ImageMetrics[], n: number): ImageMetrics[] {
  const key = (m: ImageMetrics) => (m.ap50 === null ? 2 : m.ap50);
  return [...images].sort((a, b) => key(a) - key(b) || b.fn - a.fn || b.fp - a.fp).slice(0, n);
}

/**
 * The interpolated precision–recall curve of one category at one IoU threshold: precision at the
 * 101 recall thresholds 0, 0.01, …, 1 from precision[t, :, k, area, maxDets[-1]] (−1 everywhere
 * when the category has no GT). Example: prCurve(ev, 1, 0.5).precision[50] is the precision at
 * recall 0.5 for category id 1.
 */
export function prCurve(
  ev: { params: Params; counts: [number, number, number, number, number]; precision: Float64Array; catIds: number[] },
  categoryId: number,
  iouThr = 0.5,
  areaRng = 'all',
): { recall: number[]; precision: number[] } {
  const [, R, K, A, M] = ev.counts;
  const t = ev.params.iouThrs.indexOf(iouThr);
  const a = ev.params.areaRngLbl.indexOf(areaRng);
  const k = ev.params.useCats ? ev.catIds.indexOf(categoryId) : 0;
  if (t < 0 || a < 0 || k < 0)
    throw new RangeError(
      `no IoU threshold ${iouThr}, area range '${areaRng}' or category ${categoryId} in this evaluation`,
    );
  const precision = Array.from({ length: R }, (_, r) => ev.precision[(((t * R + r) * K + k) * A + a) * M + M - 1]!);
  return { recall: ev.params.recThrs, precision };
}

/**
 * What happened to each input at IoU 0.5, area 'all', maxDets[-1] — for overlays (GT green, TP,
 * FP, missed GT). Indexed like the input arrays: `detection[i]` is results[i], `groundTruth[j]`
 * is annotations[j] of the GT file.
 */
export interface Outcomes {
  /** 0 false positive, 1 true positive, 2 ignored (matched a crowd/ignored GT), 3 not evaluated (beyond maxDets, or dropped). */
  detection: Uint8Array;
  /** The GT annotation id each result matched (0 when none). */
  matchedGt: Float64Array;
  /** 0 missed, 1 matched, 2 ignored (crowd, or ignore), 3 not evaluated (dropped, or unknown image/category). */
  groundTruth: Uint8Array;
  /**
   * Each result's box [x, y, w, h] at 4·i as loadRes derives it (its bbox, or for segm and
   * keypoint results the box of the mask or the keypoints); NaN for dropped entries.
   */
  box: Float64Array;
}

/** Outcomes per input entry, or null when 0.5 is not an IoU threshold. */
export function outcomes(
  ev: EvalImgs,
  gt: GroundTruth,
  dt: Detections,
  nResults: number,
  nAnnotations: number,
): Outcomes | null {
  if (ev.t50 < 0) return null;
  const detection = new Uint8Array(nResults).fill(3);
  const matchedGt = new Float64Array(nResults);
  const AT = ev.A * ev.T;
  for (let e = 0; e < ev.E; e++) {
    const i = dt.source[ev.dt[e]!]!;
    detection[i] = ev.status[e * AT + ev.t50]!;
    matchedGt[i] = ev.matchedGt[e]!;
  }
  const groundTruth = new Uint8Array(nAnnotations).fill(3);
  for (let j = 0; j < gt.n; j++) if (ev.gtOutcome[j] !== 3) groundTruth[gt.source[j]!] = ev.gtOutcome[j]!;
  const box = new Float64Array(4 * nResults).fill(Number.NaN);
  for (let k = 0; k < dt.n; k++) box.set(dt.bbox.subarray(4 * k, 4 * k + 4), 4 * dt.source[k]!);
  return { detection, matchedGt, groundTruth, box };
}
