// explore --coco … --predictions: the detections evaluated by ../coco (pycocotools-exact), as the
// page shows them — summary, AP per class, PR curves at IoU 0.5, images worst first — and each
// detection's and ground-truth object's outcome at IoU 0.5 for the overlays. An input the
// evaluator refuses is a finding, never a crash.
import { CocoInputError, evaluate, prCurve, worstImages, type ImageMetrics } from '../coco/index.js';
import type { CocoAnnotations, ExploreFinding } from './cocoAnnotations.js';
import type { PredictionIouType } from './cocoOptions.js';

export interface PredictionStats {
  file: string;
  /** How detections were matched: box IoU or mask IoU. */
  iouType: PredictionIouType;
  /** Entries in the results file. */
  results: number;
  /** COCOeval.stats (12 numbers), empty when the evaluation failed. */
  stats: number[];
  summary: string[];
  perCategory: { id: number; name: string; gt: number; dt: number; ap: number; ap50: number; ap75: number }[];
  /** Interpolated precision at recall 0, 0.01, …, 1 per category id, IoU 0.5, area all (−1 without GT). */
  prCurves: Record<string, number[]>;
  /** Every image with its outcome counts at IoU 0.5, worst AP@0.5 first; `path` when its file was explored. */
  images: (ImageMetrics & { path?: string })[];
  findings: ExploreFinding[];
}

/** Per explored path: [class index, x, y, w, h, score, outcome] — 0 FP, 1 TP, 2 ignored (matched a crowd). */
export type DetectionOverlays = Record<string, [number, number, number, number, number, number, number][]>;

/** Per annotation index of the GT file: [outcome (0 missed, 1 matched, 2 ignored), score of the detection that matched it or −1]. */
export type GroundTruthOutcomes = Map<number, [number, number]>;

type Json = Record<string, unknown>;
const round = (v: number) => Math.round(v * 10) / 10;

export function evaluatePredictions(
  dataset: unknown,
  results: unknown,
  file: string,
  read: CocoAnnotations,
  iouType: PredictionIouType = 'bbox',
) {
  const nResults = Array.isArray(results) ? results.length : 0;
  const empty: PredictionStats = {
    file,
    iouType,
    results: nResults,
    stats: [],
    summary: [],
    perCategory: [],
    prCurves: {},
    images: [],
    findings: [],
  };
  let ev;
  try {
    ev = evaluate(dataset, results, { iouType });
  } catch (error) {
    const message = error instanceof CocoInputError ? error.message : String(error);
    empty.findings.push({
      code: 'predictions-not-evaluated',
      count: 1,
      message: `the predictions could not be evaluated: ${message}`,
      examples: [],
    });
    return { stats: empty, detections: {} as DetectionOverlays, gtOutcomes: new Map() as GroundTruthOutcomes };
  }
  const pathOf = new Map(read.entries.map((e) => [e.id, e.path] as const));
  const stats: PredictionStats = {
    ...empty,
    stats: ev.stats,
    summary: ev.summary.map((l) => l.text),
    perCategory: ev.perCategory.map((c) => ({
      id: c.id,
      name: c.name,
      gt: c.gt,
      dt: c.dt,
      ap: c.ap,
      ap50: c.ap50,
      ap75: c.ap75,
    })),
    prCurves: Object.fromEntries(ev.catIds.map((id) => [String(id), prCurve(ev, id, 0.5).precision])),
    images: worstImages(ev.perImage ?? [], Infinity).map((m) => ({
      ...m,
      ...(pathOf.get(m.id) ? { path: pathOf.get(m.id)! } : {}),
    })),
    findings: ev.findings.map(({ code, count, message, examples }) => ({ code, count, message, examples })),
  };
  const catIndex = new Map(read.categories.map((c, k) => [c.id, k] as const));
  const detections: DetectionOverlays = {};
  const matcherScore = new Map<string, number>();
  (results as Json[]).forEach((r, i) => {
    const outcome = ev.outcomes!.detection[i]!;
    if (outcome === 3) return; // not evaluated (beyond maxDets or dropped): not drawn
    const score = r.score as number;
    if (outcome === 1) matcherScore.set(`${String(r.image_id)}\u0000${ev.outcomes!.matchedGt[i]}`, score);
    const path = pathOf.get(r.image_id as number | string);
    // The box as the evaluator read it (a segm result's from its mask when it has no bbox).
    const box = ev.outcomes!.box.subarray(4 * i, 4 * i + 4);
    if (path !== undefined)
      (detections[path] ??= []).push([
        catIndex.get(r.category_id as number) ?? 0,
        round(box[0]!),
        round(box[1]!),
        round(box[2]!),
        round(box[3]!),
        score,
        outcome,
      ]);
  });
  const gtOutcomes: GroundTruthOutcomes = new Map();
  const anns = (dataset as { annotations: Json[] }).annotations;
  ev.outcomes!.groundTruth.forEach((o, j) => {
    if (o !== 3) gtOutcomes.set(j, [o, matcherScore.get(`${String(anns[j]!.image_id)}\u0000${anns[j]!.id}`) ?? -1]);
  });
  return { stats, detections, gtOutcomes };
}
