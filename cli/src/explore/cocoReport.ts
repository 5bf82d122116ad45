// What explore --coco adds to a report: the statistics for report.json and, for the page only,
// each image's boxes and polygons (report.json stays small; the annotation file has them all).
import type { ImageRecord } from './analyseImage.js';
import { readCocoAnnotations, type CocoAnnotations } from './cocoAnnotations.js';
import type { CocoInput } from './cocoOptions.js';
import { cocoStats, type CocoStats } from './cocoStats.js';

/** Per explored path: [class index, x, y, w, h, polygons (flat x,y lists) or 0] for each object. */
export type CocoOverlays = Record<string, [number, number, number, number, number, number[][] | 0][]>;

export function buildCoco(input: CocoInput, images: ImageRecord[], file: string): { stats: CocoStats; overlays: CocoOverlays } {
  const read = readCocoAnnotations(input.dataset, images);
  return { stats: cocoStats(read, input.dataset, file, { anchors: input.anchors }), overlays: cocoOverlays(read) };
}

// One decimal is a tenth of a pixel of the original: invisible on a thumbnail, and it halves the page.
const round = (v: number) => Math.round(v * 10) / 10;

function cocoOverlays(read: CocoAnnotations): CocoOverlays {
  const overlays: CocoOverlays = {};
  for (const b of read.boxes) {
    const path = read.entries[b.entry]!.path;
    if (path === undefined) continue;
    const polygons = polygonList(b.segmentation);
    (overlays[path] ??= []).push([b.cat, round(b.bbox[0]), round(b.bbox[1]), round(b.bbox[2]), round(b.bbox[3]), polygons.length ? polygons.map((p) => p.map(round)) : 0]);
  }
  return overlays;
}

/** The polygon rings of a segmentation; RLE masks are drawn as their box only. */
function polygonList(segmentation: unknown): number[][] {
  if (!Array.isArray(segmentation)) return [];
  return segmentation.filter((ring): ring is number[] => Array.isArray(ring) && ring.length >= 6 && ring.every((v) => typeof v === 'number' && Number.isFinite(v)));
}
