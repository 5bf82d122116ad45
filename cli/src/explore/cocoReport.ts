// What explore --coco adds to a report: the statistics for report.json and, for the page only,
// each image's boxes, polygons and masks (report.json stays small; the annotation file has them all).
import { readCocoAnnotations, type CocoAnnotations, type ExploredImage } from './cocoAnnotations.js';
import type { CocoInput } from './cocoOptions.js';
import { rleRectangles } from './maskCells.js';
import { evaluatePredictions, type DetectionOverlays, type GroundTruthOutcomes } from './cocoPredictions.js';
import { cocoStats, type CocoStats } from './cocoStats.js';

type GtObject =
  | [number, number, number, number, number, number[][] | 0]
  | [number, number, number, number, number, number[][] | 0, number, number];

export interface CocoOverlays {
  /**
   * Per explored path: [class index, x, y, w, h, polygons (flat x,y lists) or 0] for each object,
   * with --predictions also [outcome at IoU 0.5 (0 missed, 1 matched, 2 ignored), score of the detection matching it or −1].
   */
  gt: Record<string, GtObject[]>;
  /** With --predictions: each evaluated detection per explored path. */
  dt?: DetectionOverlays;
}

/** `file` and `predictionsFile` are the paths report.json shows (relative to it). */
export function buildCoco(
  input: CocoInput,
  images: ExploredImage[],
  file: string,
  predictionsFile?: string,
): { stats: CocoStats; overlays: CocoOverlays } {
  const read = readCocoAnnotations(input.dataset, images);
  const stats = cocoStats(read, input.dataset, file, { anchors: input.anchors });
  if (!input.predictions) return { stats, overlays: { gt: cocoOverlays(read) } };
  const evaluated = evaluatePredictions(
    input.dataset,
    input.predictions.results,
    predictionsFile ?? input.predictions.file,
    read,
    input.predictions.iouType,
  );
  return {
    stats: { ...stats, predictions: evaluated.stats },
    overlays: { gt: cocoOverlays(read, evaluated.gtOutcomes), dt: evaluated.detections },
  };
}

// One decimal is a tenth of a pixel of the original: invisible on a thumbnail, and it halves the page.
const round = (v: number) => Math.round(v * 10) / 10;

function cocoOverlays(read: CocoAnnotations, outcomes?: GroundTruthOutcomes): CocoOverlays['gt'] {
  const overlays: CocoOverlays['gt'] = {};
  for (const b of read.boxes) {
    const path = read.entries[b.entry]!.path;
    if (path === undefined) continue;
    const polygons = segmentationRings(b.segmentation);
    const object: GtObject = [
      b.cat,
      round(b.bbox[0]),
      round(b.bbox[1]),
      round(b.bbox[2]),
      round(b.bbox[3]),
      polygons.length ? polygons.map((p) => p.map(round)) : 0,
    ];
    // Not evaluated (e.g. a duplicate id pycocotools replaces): drawn as ignored.
    if (outcomes) object.push(...(outcomes.get(b.index) ?? [2, -1]));
    (overlays[path] ??= []).push(object);
  }
  return overlays;
}

/** The polygon rings of a segmentation; an RLE mask as rectangles on a coarse grid (maskCells.ts). */
function segmentationRings(segmentation: unknown): number[][] {
  if (!Array.isArray(segmentation)) return rleRectangles(segmentation);
  return segmentation.filter(
    (ring): ring is number[] =>
      Array.isArray(ring) && ring.length >= 6 && ring.every((v) => typeof v === 'number' && Number.isFinite(v)),
  );
}
