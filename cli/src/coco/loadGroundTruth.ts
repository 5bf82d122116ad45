// The ground-truth file as COCO() + COCOeval._prepare see it: sorted unique image and category ids,
// the annotations getAnnIds would return (known image and category), `ignore` from `iscrowd`
// (an `ignore` field is overwritten, cocoeval.py 108–109), and the duplicate-id quirk of loadAnns.
import { type FindingLog, CocoInputError } from './findings.js';
import { rleArea, segmentationToRle } from './mask.js';
import type { IouType } from './params.js';

export type ImageId = number | string;

/** One category as in the GT file. */
export interface Category {
  id: number;
  name: string;
  supercategory?: string;
}

/** Ground truth in columns; annotation i belongs to image `img[i]` and category `cat[i]` (indices). */
export interface GroundTruth {
  imgIds: ImageId[];
  imgIndex: Map<ImageId, number>;
  /** Image height and width from the file (NaN when missing). */
  imgH: Float64Array;
  imgW: Float64Array;
  imgFileNames: (string | undefined)[];
  catIds: number[];
  catIndex: Map<number, number>;
  categories: Category[];
  n: number;
  img: Int32Array;
  cat: Int32Array;
  id: Float64Array;
  iscrowd: Uint8Array;
  ignore: Uint8Array;
  area: Float64Array;
  bbox: Float64Array;
  /** The raw annotation objects (segmentation and keypoints are read from them lazily). */
  anns: Record<string, unknown>[];
  /** Index of each evaluated annotation in the file's "annotations" array. */
  source: Int32Array;
}

type Ann = Record<string, unknown>;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A finite [x, y, w, h] or undefined. */
export function readBox(v: unknown): [number, number, number, number] | undefined {
  if (!Array.isArray(v) || v.length !== 4 || !v.every(isNumber)) return undefined;
  return v as [number, number, number, number];
}

/** pycocotools' sort of ids (np.unique): numbers ascending, or strings by code unit; mixed types are an error. */
export function sortIds<T extends ImageId>(ids: Iterable<T>, what: string): T[] {
  const unique = [...new Set(ids)];
  const numbers = unique.filter((v) => typeof v === 'number').length;
  if (numbers !== 0 && numbers !== unique.length) {
    throw new CocoInputError(`${what} mix numbers and strings; pycocotools cannot sort them`);
  }
  return numbers ? unique.sort((a, b) => (a as number) - (b as number)) : unique.sort();
}

function readImages(dataset: Ann, log: FindingLog) {
  const images = dataset.images;
  if (!Array.isArray(images)) throw new CocoInputError('ground truth has no "images" array');
  const byId = new Map<ImageId, Ann>();
  for (const [index, img] of images.entries()) {
    const id = (img as Ann)?.id;
    if (typeof id !== 'number' && typeof id !== 'string') {
      log.add('gt', 'gt-image-without-id', 'image entries without a number or string id were skipped', true, index);
      continue;
    }
    if (byId.has(id))
      log.add(
        'gt',
        'gt-duplicate-image-id',
        'duplicate image ids: the last entry is used, as pycocotools does',
        false,
        id,
      );
    byId.set(id, img as Ann);
  }
  const imgIds = sortIds(byId.keys(), 'image ids');
  const imgIndex = new Map(imgIds.map((id, i) => [id, i] as const));
  const dims = (key: 'height' | 'width') =>
    Float64Array.from(imgIds, (id) => (isNumber(byId.get(id)![key]) ? (byId.get(id)![key] as number) : Number.NaN));
  const imgFileNames = imgIds.map((id) => byId.get(id)!.file_name as string | undefined);
  return { imgIds, imgIndex, imgH: dims('height'), imgW: dims('width'), imgFileNames };
}

function readCategories(dataset: Ann, log: FindingLog) {
  const list = dataset.categories;
  if (!Array.isArray(list)) throw new CocoInputError('ground truth has no "categories" array');
  const byId = new Map<number, Category>();
  for (const [index, c] of list.entries()) {
    const id = (c as Ann)?.id;
    if (!isNumber(id)) {
      log.add('gt', 'gt-category-without-id', 'categories without a numeric id were skipped', true, index);
      continue;
    }
    if (byId.has(id))
      log.add('gt', 'gt-duplicate-category-id', 'duplicate category ids: the last entry is used', false, id);
    byId.set(id, {
      id,
      name: String((c as Ann).name ?? id),
      ...((c as Ann).supercategory ? { supercategory: String((c as Ann).supercategory) } : {}),
    });
  }
  const catIds = sortIds(byId.keys(), 'category ids');
  return {
    catIds,
    catIndex: new Map(catIds.map((id, i) => [id, i] as const)),
    categories: catIds.map((id) => byId.get(id)!),
  };
}

/** The annotations pycocotools evaluates, in getAnnIds order, each replaced by the last annotation with its id. */
function selectAnnotations(
  dataset: Ann,
  imgIndex: Map<ImageId, number>,
  catIndex: Map<number, number>,
  log: FindingLog,
): Ann[] {
  const list = dataset.annotations;
  if (!Array.isArray(list)) throw new CocoInputError('ground truth has no "annotations" array');
  const lastById = new Map<unknown, Ann>();
  const sources: { ann: Ann; rank: number }[] = [];
  for (const [index, ann] of (list as Ann[]).entries()) {
    if (
      typeof ann !== 'object' ||
      ann === null ||
      ann.image_id === undefined ||
      ann.category_id === undefined ||
      ann.id === undefined
    ) {
      log.add(
        'gt',
        'gt-annotation-missing-keys',
        'annotations without id, image_id or category_id were skipped',
        true,
        index,
      );
      continue;
    }
    if (lastById.has(ann.id))
      log.add(
        'gt',
        'gt-duplicate-annotation-id',
        'duplicate annotation ids: pycocotools evaluates the last annotation with that id in place of each',
        false,
        ann.id as number,
      );
    lastById.set(ann.id, ann);
    const rank = imgIndex.get(ann.image_id as ImageId);
    if (rank === undefined) {
      log.add(
        'gt',
        'gt-annotation-unknown-image',
        'annotations of images not in "images" are not evaluated (pycocotools drops them too)',
        false,
        ann.id as number,
      );
      continue;
    }
    if (!catIndex.has(ann.category_id as number)) {
      log.add(
        'gt',
        'gt-annotation-unknown-category',
        'annotations with a category id not in "categories" are not evaluated (pycocotools drops them too)',
        false,
        ann.id as number,
      );
      continue;
    }
    sources.push({ ann, rank });
  }
  // getAnnIds walks the sorted image ids, then loadAnns looks each id up (last one wins).
  sources.sort((a, b) => a.rank - b.rank);
  return sources
    .map((s) => lastById.get(s.ann.id)!)
    .filter((ann) => imgIndex.has(ann.image_id as ImageId) && catIndex.has(ann.category_id as number));
}

/**
 * Reads a parsed COCO ground-truth object for `iouType`. Annotations that pycocotools would crash on
 * (no bbox for bbox, no segmentation for segm, no keypoints for keypoints) are findings and dropped;
 * a missing `iscrowd` is 0 and a missing `area` is the box area (the mask area for segm).
 */
export function loadGroundTruth(dataset: unknown, iouType: IouType, log: FindingLog): GroundTruth {
  if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset))
    throw new CocoInputError('ground truth is not a JSON object');
  const ds = dataset as Ann;
  const images = readImages(ds, log);
  const cats = readCategories(ds, log);
  const selected = selectAnnotations(ds, images.imgIndex, cats.catIndex, log);
  const anns: Ann[] = [];
  for (const ann of selected) if (usable(ann, iouType, images, log)) anns.push(ann);
  const n = anns.length;
  const gt: GroundTruth = {
    ...images,
    ...cats,
    n,
    img: new Int32Array(n),
    cat: new Int32Array(n),
    id: new Float64Array(n),
    iscrowd: new Uint8Array(n),
    ignore: new Uint8Array(n),
    area: new Float64Array(n),
    bbox: new Float64Array(4 * n),
    anns,
    source: sourceIndices(ds.annotations as Ann[], anns),
  };
  for (let i = 0; i < n; i++) fillAnnotation(gt, i, anns[i]!, iouType, log);
  return gt;
}

// Where each evaluated annotation object sits in the file (duplicate ids map to the last one).
function sourceIndices(all: Ann[], anns: Ann[]): Int32Array {
  const where = new Map<Ann, number>();
  all.forEach((ann, index) => where.set(ann, index));
  return Int32Array.from(anns, (ann) => where.get(ann)!);
}

function usable(
  ann: Ann,
  iouType: IouType,
  images: { imgIndex: Map<ImageId, number>; imgH: Float64Array; imgW: Float64Array },
  log: FindingLog,
): boolean {
  const id = ann.id as number;
  if (!isNumber(ann.id)) {
    log.add(
      'gt',
      'gt-annotation-id-not-number',
      'annotations whose id is not a number were skipped (pycocotools stores matches as float ids)',
      true,
      String(ann.id),
    );
    return false;
  }
  if (iouType === 'bbox' && !readBox(ann.bbox)) {
    log.add('gt', 'gt-bad-bbox', 'annotations without a bbox of 4 finite numbers were skipped', true, id);
    return false;
  }
  if (iouType === 'segm') {
    const s = ann.segmentation;
    const ok = Array.isArray(s) ? s.every((ring) => Array.isArray(ring) && ring.every(isNumber)) : isRleObject(s);
    if (!ok) {
      log.add(
        'gt',
        'gt-bad-segmentation',
        'annotations without a polygon list or RLE segmentation were skipped',
        true,
        id,
      );
      return false;
    }
    const i = images.imgIndex.get(ann.image_id as ImageId)!;
    if (Array.isArray(s) && !(images.imgH[i]! >= 0 && images.imgW[i]! >= 0)) {
      log.add(
        'gt',
        'gt-image-without-size',
        'polygon annotations on images without height/width were skipped',
        true,
        id,
      );
      return false;
    }
  }
  if (iouType === 'keypoints') {
    if (
      !Array.isArray(ann.keypoints) ||
      !ann.keypoints.every(isNumber) ||
      !isNumber(ann.num_keypoints) ||
      !readBox(ann.bbox)
    ) {
      log.add('gt', 'gt-bad-keypoints', 'annotations without keypoints, num_keypoints or bbox were skipped', true, id);
      return false;
    }
  }
  return true;
}

/** True for {size: [h, w], counts: string | number[]}. */
export function isRleObject(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Ann;
  const size = o.size;
  return (
    Array.isArray(size) &&
    size.length === 2 &&
    size.every(isNumber) &&
    (typeof o.counts === 'string' || (Array.isArray(o.counts) && o.counts.every(isNumber)))
  );
}

function fillAnnotation(gt: GroundTruth, i: number, ann: Ann, iouType: IouType, log: FindingLog): void {
  gt.img[i] = gt.imgIndex.get(ann.image_id as ImageId)!;
  gt.cat[i] = gt.catIndex.get(ann.category_id as number)!;
  gt.id[i] = ann.id as number;
  if (ann.id === 0)
    log.add(
      'gt',
      'gt-annotation-id-zero',
      'annotation id 0: pycocotools counts a detection matched to it as a false positive (dtMatches 0 means unmatched); kept as is',
      false,
      0,
    );
  const box = readBox(ann.bbox);
  if (box) gt.bbox.set(box, 4 * i);
  if (box && (box[2] <= 0 || box[3] <= 0))
    log.add(
      'gt',
      'gt-nonpositive-box',
      'boxes with width or height ≤ 0 (kept; they match nothing)',
      false,
      ann.id as number,
    );
  if (ann.iscrowd === undefined)
    log.add(
      'gt',
      'gt-missing-iscrowd',
      'annotations without iscrowd: taken as 0 (pycocotools raises KeyError)',
      true,
      ann.id as number,
    );
  gt.iscrowd[i] = ann.iscrowd ? 1 : 0;
  let ignore = gt.iscrowd[i]!;
  if (iouType === 'keypoints' && ann.num_keypoints === 0) ignore = 1;
  gt.ignore[i] = ignore;
  if (isNumber(ann.area)) gt.area[i] = ann.area;
  else {
    log.add(
      'gt',
      'gt-missing-area',
      'annotations without a numeric area: the box area (mask area for segm) is used (pycocotools raises KeyError)',
      true,
      ann.id as number,
    );
    const img = gt.img[i]!;
    gt.area[i] =
      iouType === 'segm'
        ? rleArea(segmentationToRle(ann.segmentation, gt.imgH[img]!, gt.imgW[img]!))
        : box
          ? box[2] * box[3]
          : 0;
  }
}
