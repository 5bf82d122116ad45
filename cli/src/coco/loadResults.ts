// The results file as COCO.loadRes sees it (coco.py 307–368): the first entry decides how all are
// read (bbox → area w·h and a 4-corner polygon; segmentation → RLE area and toBbox; keypoints →
// area and bbox from the keypoint extent), ids become index+1 and iscrowd 0. Entries pycocotools
// would reject or crash on are findings; without `strict` they are dropped and the rest evaluated.
import { type FindingLog, CocoInputError } from './findings.js';
import { isRleObject, readBox, type GroundTruth, type ImageId } from './loadGroundTruth.js';
import { rleArea, rleFromObject, rleToBbox, segmentationToRle } from './mask.js';
import type { IouType } from './params.js';

type Ann = Record<string, unknown>;

/** Detections in columns, in file order (after dropping rejected entries). */
export interface Detections {
  n: number;
  /** Which loadRes branch read the file. */
  kind: 'bbox' | 'segm' | 'keypoints' | 'none';
  img: Int32Array;
  cat: Int32Array;
  score: Float64Array;
  area: Float64Array;
  bbox: Float64Array;
  /** index+1 in the kept list, as loadRes assigns. */
  id: Float64Array;
  anns: Ann[];
  /** Index of each detection in the results array as given. */
  source: Int32Array;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function kindOf(first: Ann): Detections['kind'] {
  if ('caption' in first) throw new CocoInputError('results are captions; only bbox, segm and keypoints are evaluated');
  if ('bbox' in first && !(Array.isArray(first.bbox) && first.bbox.length === 0)) return 'bbox';
  if ('segmentation' in first) return 'segm';
  if ('keypoints' in first) return 'keypoints';
  throw new CocoInputError('the first result has none of bbox, segmentation or keypoints');
}

/**
 * Reads a parsed results array against `gt` for `iouType`. An empty array is a finding
 * ('dt-empty'): pycocotools crashes on it (anns[0]); we evaluate it as no detections (AP 0).
 */
export function loadResults(results: unknown, gt: GroundTruth, iouType: IouType, log: FindingLog): Detections {
  if (!Array.isArray(results)) {
    const hint =
      typeof results === 'object' && results !== null && Array.isArray((results as Ann).annotations)
        ? '; this looks like a dataset file: results are its "annotations" array with a score each'
        : '';
    throw new CocoInputError(`results are not a JSON array of objects (pycocotools asserts the same)${hint}`);
  }
  if (results.length === 0)
    log.add(
      'dt',
      'dt-empty',
      'the results file is empty: evaluated as no detections, AP 0 (pycocotools raises IndexError)',
      true,
    );
  const kept: Ann[] = [];
  const keptSource: number[] = [];
  results.forEach((r, index) => {
    if (admissible(r, index, gt, log)) {
      kept.push(r as Ann);
      keptSource.push(index);
    }
  });
  const kind = kept.length ? kindOf(kept[0]!) : 'none';
  const anns: Ann[] = [];
  const source: number[] = [];
  kept.forEach((ann, j) => {
    if (readable(ann, keptSource[j]!, kind, iouType, gt, log)) {
      anns.push(ann);
      source.push(keptSource[j]!);
    }
  });
  const n = anns.length;
  const dt: Detections = {
    n,
    kind,
    img: new Int32Array(n),
    cat: new Int32Array(n),
    score: new Float64Array(n),
    area: new Float64Array(n),
    bbox: new Float64Array(4 * n),
    id: new Float64Array(n),
    anns,
    source: Int32Array.from(source),
  };
  for (let i = 0; i < n; i++) fillDetection(dt, i, anns[i]!, gt);
  return dt;
}

// The checks loadRes itself makes or crashes on, independent of the file's kind.
function admissible(r: unknown, index: number, gt: GroundTruth, log: FindingLog): boolean {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) {
    log.add('dt', 'dt-not-object', 'result entries that are not objects were dropped', true, index);
    return false;
  }
  const ann = r as Ann;
  if (!gt.imgIndex.has(ann.image_id as ImageId) && gt.imgIndex.has(otherType(ann.image_id) as ImageId)) {
    log.add(
      'dt',
      'dt-image-id-type',
      `results whose image_id is a ${typeof ann.image_id} where the ground truth's is a ${typeof otherType(ann.image_id)} were dropped (pycocotools asserts "Results do not correspond to current coco set")`,
      true,
      String(ann.image_id),
    );
    return false;
  }
  if (!gt.imgIndex.has(ann.image_id as ImageId)) {
    log.add(
      'dt',
      'dt-unknown-image',
      'results for image ids not in the ground truth were dropped (pycocotools asserts "Results do not correspond to current coco set")',
      true,
      String(ann.image_id),
    );
    return false;
  }
  if (!isNumber(ann.score)) {
    log.add('dt', 'dt-bad-score', 'results without a finite numeric score were dropped', true, index);
    return false;
  }
  if (ann.category_id === undefined) {
    log.add(
      'dt',
      'dt-missing-category',
      'results without a category_id were dropped (pycocotools raises KeyError)',
      true,
      index,
    );
    return false;
  }
  if (!gt.catIndex.has(ann.category_id as number)) {
    log.add(
      'dt',
      'dt-unknown-category',
      'results with a category id not in the ground truth are not evaluated (pycocotools ignores them silently)',
      false,
      ann.category_id as number,
    );
    return false;
  }
  return true;
}

// "12" for 12 and 12 for "12": the id a type mix-up would have meant.
function otherType(id: unknown): ImageId | undefined {
  if (typeof id === 'number') return String(id);
  if (typeof id === 'string' && id.trim() !== '' && Number.isFinite(Number(id))) return Number(id);
  return undefined;
}

// Whether the entry has what its loadRes branch and the iouType's IoU read.
function readable(
  ann: Ann,
  index: number,
  kind: Detections['kind'],
  iouType: IouType,
  gt: GroundTruth,
  log: FindingLog,
): boolean {
  const bad = (code: string, message: string) => {
    log.add('dt', code, message, true, index);
    return false;
  };
  if (kind === 'bbox' && !readBox(ann.bbox))
    return bad('dt-bad-bbox', 'results without a bbox of 4 finite numbers were dropped');
  if (kind === 'bbox' && readBox(ann.bbox)!.some((v, i) => i >= 2 && v <= 0)) {
    log.add(
      'dt',
      'dt-nonpositive-box',
      'result boxes with width or height ≤ 0 (kept; they match nothing)',
      false,
      index,
    );
  }
  if (kind === 'segm' && !isRleObject(ann.segmentation)) {
    if (!Array.isArray(ann.segmentation))
      return bad('dt-bad-segmentation', 'segmentation results that are not RLE objects were dropped');
    log.add(
      'dt',
      'dt-polygon-result',
      'polygon segmentation results were rasterised (pycocotools only reads RLE results and raises)',
      true,
      index,
    );
  }
  if (kind === 'segm' && isRleObject(ann.segmentation) && Array.isArray((ann.segmentation as Ann).counts)) {
    log.add(
      'dt',
      'dt-uncompressed-rle',
      'uncompressed RLE results were read (pycocotools raises on them in loadRes)',
      true,
      index,
    );
  }
  if (
    (kind === 'keypoints' || iouType === 'keypoints') &&
    !(Array.isArray(ann.keypoints) && ann.keypoints.length >= 3 && ann.keypoints.every(isNumber))
  ) {
    return bad('dt-bad-keypoints', 'keypoint results without a keypoints array of numbers were dropped');
  }
  if (
    iouType === 'segm' &&
    kind === 'keypoints' &&
    !(isRleObject(ann.segmentation) || Array.isArray(ann.segmentation))
  ) {
    return bad(
      'dt-bad-segmentation',
      'results without a segmentation cannot be evaluated as segm; dropped (pycocotools raises KeyError)',
    );
  }
  if (iouType === 'segm' && kind === 'bbox' && ann.segmentation === undefined) {
    const i = gt.imgIndex.get(ann.image_id as ImageId)!;
    if (!(gt.imgH[i]! >= 0 && gt.imgW[i]! >= 0))
      return bad(
        'dt-image-without-size',
        'box results on images without height/width cannot be rasterised for segm; dropped',
      );
  }
  if (
    iouType === 'segm' &&
    kind === 'bbox' &&
    ann.segmentation !== undefined &&
    !(isRleObject(ann.segmentation) || Array.isArray(ann.segmentation))
  ) {
    return bad('dt-bad-segmentation', 'results with an unreadable segmentation were dropped');
  }
  return true;
}

function fillDetection(dt: Detections, i: number, ann: Ann, gt: GroundTruth): void {
  dt.img[i] = gt.imgIndex.get(ann.image_id as ImageId)!;
  dt.cat[i] = gt.catIndex.get(ann.category_id as number)!;
  dt.score[i] = ann.score as number;
  dt.id[i] = i + 1;
  if (dt.kind === 'bbox') {
    const b = readBox(ann.bbox)!;
    dt.bbox.set(b, 4 * i);
    dt.area[i] = b[2] * b[3];
  } else if (dt.kind === 'segm') {
    const rle = isRleObject(ann.segmentation) ? rleFromObject(ann.segmentation as never) : undefined;
    // Polygon results (non-strict only) are rasterised on the GT image size.
    const mask = rle ?? polygonRle(ann, dt.img[i]!, gt);
    dt.area[i] = rleArea(mask);
    dt.bbox.set(readBox(ann.bbox) ?? rleToBbox(mask), 4 * i);
  } else if (dt.kind === 'keypoints') {
    const kp = ann.keypoints as number[];
    let x0 = Infinity,
      x1 = -Infinity,
      y0 = Infinity,
      y1 = -Infinity;
    for (let j = 0; j + 1 < kp.length; j += 3) {
      x0 = Math.min(x0, kp[j]!);
      x1 = Math.max(x1, kp[j]!);
      y0 = Math.min(y0, kp[j + 1]!);
      y1 = Math.max(y1, kp[j + 1]!);
    }
    dt.area[i] = (x1 - x0) * (y1 - y0);
    dt.bbox.set([x0, y0, x1 - x0, y1 - y0], 4 * i);
  }
}

function polygonRle(ann: Ann, img: number, gt: GroundTruth) {
  return segmentationToRle(ann.segmentation, gt.imgH[img]!, gt.imgW[img]!);
}
