// The IoU (or OKS) matrix of one (category, image) group for each iouType, as COCOeval.computeIoU
// and computeOks fill it: rows are the score-sorted detections, columns the group's GTs in file
// order. bbox uses bbIou; segm decodes masks lazily and runs rleIou after its box pre-test; keypoints
// use OKS against the GT's area and box.
import { boxIou } from './boxIou.js';
import { CocoInputError } from './findings.js';
import type { GroundTruth } from './loadGroundTruth.js';
import type { Detections } from './loadResults.js';
import { rleArea, rleIou, rleToBbox, segmentationToRle, type Rle } from './mask.js';
import { oks } from './oks.js';
import type { Params } from './params.js';

/** IoU sources for the three iouTypes: fills `out[d*G + g]` for sorted detections × group GTs. */
export interface IouSource {
  fill(dts: Int32Array, D: number, gts: Int32Array, G: number, gtCrowd: Uint8Array, out: Float64Array): void;
}

function bboxSource(gt: GroundTruth, dt: Detections): IouSource {
  return {
    fill(dts, D, gts, G, crowd, out) {
      for (let d = 0; d < D; d++) {
        const db = 4 * dts[d]!;
        for (let g = 0; g < G; g++) out[d * G + g] = boxIou(dt.bbox, db, gt.bbox, 4 * gts[g]!, crowd[g] === 1);
      }
    },
  };
}

// Masks are decoded lazily (only for groups with both GT and detections) and cached with their
// rleToBbox boxes and areas, which rleIou uses for its box pre-test and crowd denominator.
class MaskCache {
  private readonly rles: (Rle | undefined)[];
  readonly boxes: Float64Array;
  readonly areas: Float64Array;
  constructor(
    private readonly anns: Record<string, unknown>[],
    private readonly imgOf: Int32Array,
    private readonly gt: GroundTruth,
  ) {
    this.rles = new Array(anns.length);
    this.boxes = new Float64Array(4 * anns.length);
    this.areas = new Float64Array(anns.length);
  }
  get(j: number): Rle {
    let r = this.rles[j];
    if (!r) {
      const ann = this.anns[j]!;
      const segm = ann.segmentation ?? boxPolygon(ann.bbox as number[]);
      r = this.rles[j] = segmentationToRle(segm, this.gt.imgH[this.imgOf[j]!]!, this.gt.imgW[this.imgOf[j]!]!);
      this.boxes.set(rleToBbox(r), 4 * j);
      this.areas[j] = rleArea(r);
    }
    return r;
  }
}

function segmSource(gt: GroundTruth, dt: Detections): IouSource {
  const gts = new MaskCache(gt.anns, gt.img, gt);
  const dts = new MaskCache(dt.anns, dt.img, gt);
  return {
    fill(dIdx, D, gIdx, G, crowd, out) {
      for (let d = 0; d < D; d++) {
        const dj = dIdx[d]!;
        const dr = dts.get(dj);
        for (let g = 0; g < G; g++) {
          const gj = gIdx[g]!;
          const gr = gts.get(gj);
          const b = boxIou(dts.boxes, 4 * dj, gts.boxes, 4 * gj, crowd[g] === 1);
          out[d * G + g] = rleIou(dr, gr, crowd[g] === 1, b, dts.areas[dj]!);
        }
      }
    },
  };
}

/** loadRes's polygon for a box result without segmentation: [x1,y1, x1,y2, x2,y2, x2,y1]. */
function boxPolygon(bb: number[]): number[][] {
  const [x, y, w, h] = bb as [number, number, number, number];
  const x2 = x + w;
  const y2 = y + h;
  return [[x, y, x, y2, x2, y2, x2, y]];
}

function keypointSource(gt: GroundTruth, dt: Detections, sigmas: number[]): IouSource {
  const vars = Float64Array.from(sigmas, (s) => (s * 2) ** 2);
  const scratch = new Float64Array(sigmas.length);
  const want = 3 * sigmas.length;
  const kps = (anns: Record<string, unknown>[], j: number, what: string) => {
    const k = anns[j]!.keypoints as number[];
    if (k.length !== want)
      throw new CocoInputError(`${what} has ${k.length} keypoint values; the ${sigmas.length} OKS sigmas need ${want}`);
    return k;
  };
  return {
    fill(dts, D, gts, G, _crowd, out) {
      for (let g = 0; g < G; g++) {
        const j = gts[g]!;
        const gk = kps(gt.anns, j, `ground-truth annotation ${gt.id[j]}`);
        const box = gt.bbox.subarray(4 * j, 4 * j + 4);
        for (let d = 0; d < D; d++)
          out[d * G + g] = oks(kps(dt.anns, dts[d]!, `result ${dts[d]! + 1}`), gk, box, gt.area[j]!, vars, scratch);
      }
    },
  };
}

/** The IoU source for `p.iouType`. */
export function iouSource(gt: GroundTruth, dt: Detections, p: Params): IouSource {
  if (p.iouType === 'bbox') return bboxSource(gt, dt);
  if (p.iouType === 'segm') return segmSource(gt, dt);
  return keypointSource(gt, dt, p.kptOksSigmas);
}
