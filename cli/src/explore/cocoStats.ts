// The `coco` object of report.json: what the annotations of an explored folder look like (class
// balance, box sizes and shapes, COCO size split, anchor fit, tiny objects) and what is wrong with
// them (findings). Pure: the explore command hands in the parsed file and the measured images.
import { anchorShapes, bestAnchorIou, RETINANET_ANCHORS, type AnchorSet } from './cocoAnchors.js';
import type { PredictionStats } from './cocoPredictions.js';
import type { CocoAnnotations, CocoBox, ExploreFinding } from './cocoAnnotations.js';

/** Counts of values falling in [edges[i], edges[i+1]); the last bin is open (its edge is null). */
export interface Histogram {
  edges: (number | null)[];
  counts: number[];
}

export interface SizeSplit {
  small: number;
  medium: number;
  large: number;
}

export interface ClassStats {
  id: number;
  name: string;
  objects: number;
  crowd: number;
  images: number;
  /** Mean of bbox width × height, px² (null without objects). */
  meanBoxArea: number | null;
  sizes: SizeSplit;
  boxArea: Histogram;
  aspect: Histogram;
  /** Boxes whose best shape-only anchor IoU is below the threshold. */
  poorAnchorFit: number;
  tiny: number;
}

export interface TinyObject {
  id: unknown;
  image: number | string;
  path?: string;
  category: number;
  bbox: [number, number, number, number];
}

export interface CocoStats {
  file: string;
  images: number;
  annotations: number;
  /** Annotations the statistics count: known image and category, box of positive size. */
  objects: number;
  classes: ClassStats[];
  objectsPerImage: Histogram & { mean: number; max: number };
  imagesWithoutAnnotations: { count: number; examples: string[] };
  boxArea: Histogram;
  aspect: Histogram;
  sizes: SizeSplit;
  sizeRule: string;
  anchors: AnchorSet & { iouThreshold: number; rule: string; poorFit: number; share: number };
  tiny: { maxSide: number; count: number; list: TinyObject[] };
  findings: ExploreFinding[];
  /** With --predictions: the evaluation (cocoPredictions.ts). */
  predictions?: PredictionStats;
}

export interface CocoStatsOptions {
  anchors?: AnchorSet;
  /** Boxes whose best anchor IoU is below this fit poorly (0.5: below a typical positive-match threshold). */
  iouThreshold?: number;
  /** Boxes with both sides at most this many pixels are tiny. */
  tinySide?: number;
  /** At most this many tiny objects are listed (all are counted). */
  tinyListed?: number;
}

/** Box side √(w·h) bins, px: COCO's 32 and 96 are edges so the chart lines up with the split. */
export const AREA_EDGES = [0, 8, 16, 32, 64, 96, 128, 256, 512, 1024];
/** Box width / height bins. */
export const ASPECT_EDGES = [0, 1 / 8, 1 / 4, 1 / 2, 2 / 3, 1, 3 / 2, 2, 4, 8];
export const OBJECTS_PER_IMAGE_EDGES = [0, 1, 2, 3, 4, 5, 6, 11, 21, 51, 101];

export function histogram(values: number[], edges: number[]): Histogram {
  const counts = new Array<number>(edges.length).fill(0);
  for (const v of values) {
    let bin = edges.length - 1;
    while (bin > 0 && v < edges[bin]!) bin--;
    counts[bin]!++;
  }
  return { edges: [...edges, null], counts };
}

/** COCO's split, by the annotation's `area` as COCOeval uses it (not the box): < 32², < 96², the rest. */
function sizeSplit(boxes: CocoBox[]): SizeSplit {
  const split = { small: 0, medium: 0, large: 0 };
  for (const b of boxes) split[b.area < 32 * 32 ? 'small' : b.area < 96 * 96 ? 'medium' : 'large']++;
  return split;
}

function shapeHistograms(boxes: CocoBox[]) {
  return {
    boxArea: histogram(
      boxes.map((b) => Math.sqrt(b.bbox[2] * b.bbox[3])),
      AREA_EDGES,
    ),
    aspect: histogram(
      boxes.map((b) => b.bbox[2] / b.bbox[3]),
      ASPECT_EDGES,
    ),
  };
}

/** The statistics of the annotations `read` from `dataset` (the parsed file, for its raw count). */
export function cocoStats(
  read: CocoAnnotations,
  dataset: unknown,
  file: string,
  options: CocoStatsOptions = {},
): CocoStats {
  const anchorSet = options.anchors ?? RETINANET_ANCHORS;
  const iouThreshold = options.iouThreshold ?? 0.5;
  const tinySide = options.tinySide ?? 10;
  const { boxes, entries, categories } = read;
  const shapes = anchorShapes(anchorSet);
  const poor = boxes.map((b) => bestAnchorIou(b.bbox[2], b.bbox[3], shapes) < iouThreshold);
  const tiny = boxes.map((b) => b.bbox[2] <= tinySide && b.bbox[3] <= tinySide);
  const perEntry = new Array<number>(entries.length).fill(0);
  for (const b of boxes) perEntry[b.entry]!++;
  const empty = entries.filter((_, i) => perEntry[i] === 0);
  const poorFit = poor.filter(Boolean).length;
  // Box indices per class, gathered once: one pass per class would be 80 passes over COCO's 860,000 boxes.
  const byClass: number[][] = categories.map(() => []);
  boxes.forEach((b, i) => byClass[b.cat]!.push(i));
  const annotations = Array.isArray((dataset as { annotations?: unknown })?.annotations)
    ? (dataset as { annotations: unknown[] }).annotations.length
    : 0;
  return {
    file,
    images: entries.length,
    annotations,
    objects: boxes.length,
    classes: categories.map((c, k) => classStats(c, byClass[k]!, boxes, poor, tiny)),
    objectsPerImage: {
      ...histogram(perEntry, OBJECTS_PER_IMAGE_EDGES),
      mean: entries.length ? boxes.length / entries.length : 0,
      max: largest(perEntry),
    },
    imagesWithoutAnnotations: {
      count: empty.length,
      examples: empty.slice(0, 20).map((e) => e.path ?? e.fileName ?? String(e.id)),
    },
    ...shapeHistograms(boxes),
    sizes: sizeSplit(boxes),
    sizeRule:
      'COCO small/medium/large by the annotation "area" (the mask area for COCO\'s own files), as COCOeval does: small < 32², medium < 96², large ≥ 96² px²; the box area where "area" is missing',
    anchors: {
      ...anchorSet,
      iouThreshold,
      rule: `share of boxes whose best IoU with any anchor, both centred on the same point (shape only), is below ${iouThreshold}; boxes in the annotation's pixels (before any resize for training)`,
      poorFit,
      share: boxes.length ? poorFit / boxes.length : 0,
    },
    tiny: {
      maxSide: tinySide,
      count: tiny.filter(Boolean).length,
      list: boxes
        .filter((_, i) => tiny[i])
        .slice(0, options.tinyListed ?? 100)
        .map((b) => {
          const e = entries[b.entry]!;
          return {
            id: b.id,
            image: e.id,
            ...(e.path ? { path: e.path } : {}),
            category: categories[b.cat]!.id,
            bbox: b.bbox,
          };
        }),
    },
    findings: read.findings,
  };
}

/** A loop, not Math.max(...values): COCO's 118,000 training images overflow the argument stack. */
function largest(values: number[]): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

function classStats(
  c: { id: number; name: string },
  idx: number[],
  all: CocoBox[],
  poor: boolean[],
  tiny: boolean[],
): ClassStats {
  const boxes = idx.map((i) => all[i]!);
  const boxAreaSum = boxes.reduce((s, b) => s + b.bbox[2] * b.bbox[3], 0);
  return {
    id: c.id,
    name: c.name,
    objects: boxes.length,
    crowd: boxes.filter((b) => b.iscrowd).length,
    images: new Set(boxes.map((b) => b.entry)).size,
    meanBoxArea: boxes.length ? boxAreaSum / boxes.length : null,
    sizes: sizeSplit(boxes),
    ...shapeHistograms(boxes),
    poorAnchorFit: idx.filter((i) => poor[i]).length,
    tiny: idx.filter((i) => tiny[i]).length,
  };
}
