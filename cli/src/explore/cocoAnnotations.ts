// Reads a COCO annotation file next to the explored images: every annotation the statistics can
// use, and a finding (code, count, examples) for everything wrong with the file — never an
// exception, since a report about a broken file is what the user came for. Unlike the evaluator's
// loader (../coco/loadGroundTruth.ts, which reproduces pycocotools, last duplicate wins), this keeps
// every annotation of the file as written; it shares that loader's box reader and finding log.
import { FindingLog } from '../coco/findings.js';
import { readBox } from '../coco/loadGroundTruth.js';

/** An explored image as the statistics need it: its path relative to the folder and decoded size. */
export interface ExploredImage {
  path: string;
  width?: number;
  height?: number;
}

export interface CocoCategory {
  id: number;
  name: string;
}

/** One entry of "images" that has a usable id (the first entry of a duplicated id). */
export interface CocoEntry {
  id: number | string;
  fileName?: string;
  /** The explored file it names, when there is one. */
  path?: string;
  /** The size the pixels have: decoded (EXIF-oriented) when the file was read, else the JSON's. */
  width?: number;
  height?: number;
}

/** An annotation with a box of positive size on a known image and category. */
export interface CocoBox {
  /** Position in the file's "annotations" array. */
  index: number;
  id: unknown;
  /** Index into entries / categories. */
  entry: number;
  cat: number;
  bbox: [number, number, number, number];
  /** The annotation's `area`, or the box area when it has none (a finding). */
  area: number;
  iscrowd: boolean;
  segmentation?: unknown;
}

export interface ExploreFinding {
  code: string;
  count: number;
  message: string;
  /** Up to 5 example ids, indices or file names. */
  examples: (number | string)[];
}

export interface CocoAnnotations {
  categories: CocoCategory[];
  entries: CocoEntry[];
  boxes: CocoBox[];
  /** Explored image files that no entry names. */
  unlisted: string[];
  findings: ExploreFinding[];
}

type Json = Record<string, unknown>;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? (v as Json[]).filter((x) => typeof x === 'object' && x !== null) : [];
const add = (log: FindingLog, code: string, message: string, example?: number | string) =>
  log.add('gt', code, message, false, example);

/** Normalises a file_name so that 'a\\b.jpg' and './a/b.jpg' name the explored 'a/b.jpg'. */
export function normaliseFileName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export function readCocoAnnotations(dataset: unknown, explored: ExploredImage[]): CocoAnnotations {
  const log = new FindingLog(false);
  const ds = (typeof dataset === 'object' && dataset !== null && !Array.isArray(dataset) ? dataset : {}) as Json;
  for (const key of ['images', 'annotations', 'categories']) {
    if (!Array.isArray(ds[key])) add(log, 'missing-array', `the file has no "${key}" array; taken as empty`, key);
  }
  const categories = readCategories(ds, log);
  const { entries, byId } = readEntries(ds, explored, log);
  const boxes = readBoxes(ds, entries, byId, categories, log);
  const named = new Set(entries.map((e) => e.path).filter((p) => p !== undefined));
  const unlisted = explored.map((i) => i.path).filter((p) => !named.has(p));
  for (const path of unlisted)
    add(
      log,
      'file-without-entry',
      'image files under the folder that no "images" entry names (by file_name relative to the folder)',
      path,
    );
  return {
    categories: categories.list,
    entries,
    boxes,
    unlisted,
    findings: log.list.map(({ code, count, message, examples }) => ({ code, count, message, examples })),
  };
}

function readCategories(ds: Json, log: FindingLog) {
  const index = new Map<number, number>();
  const categories: CocoCategory[] = [];
  for (const [i, c] of list(ds.categories).entries()) {
    if (!isNumber(c.id)) add(log, 'category-without-id', 'categories without a numeric id were skipped', i);
    else if (index.has(c.id))
      add(log, 'duplicate-category-id', 'duplicate category ids: the first entry is used', c.id);
    else {
      index.set(c.id, categories.length);
      categories.push({ id: c.id, name: String(c.name ?? c.id) });
    }
  }
  return { list: categories, index };
}

function readEntries(ds: Json, explored: ExploredImage[], log: FindingLog) {
  const files = new Map(explored.map((i) => [i.path, i] as const));
  const entries: CocoEntry[] = [];
  const byId = new Map<unknown, number>();
  const types = new Set<string>();
  for (const [i, img] of list(ds.images).entries()) {
    const id = img.id;
    if (typeof id !== 'number' && typeof id !== 'string') {
      add(log, 'image-without-id', 'image entries without a number or string id were skipped', i);
      continue;
    }
    types.add(typeof id);
    if (byId.has(id)) {
      add(log, 'duplicate-image-id', 'duplicate image ids: the first entry is used', id);
      continue;
    }
    byId.set(id, entries.length);
    entries.push(matchEntry(img, id, files, log));
  }
  if (types.size > 1)
    add(
      log,
      'mixed-image-id-types',
      'image ids are a mix of numbers and strings (pycocotools cannot sort them; "1" and 1 are different images)',
    );
  return { entries, byId };
}

/** The entry with its explored file and the size its pixels really have. */
function matchEntry(img: Json, id: number | string, files: Map<string, ExploredImage>, log: FindingLog): CocoEntry {
  const fileName = typeof img.file_name === 'string' ? img.file_name : undefined;
  const file = fileName === undefined ? undefined : files.get(normaliseFileName(fileName));
  const jsonW = isNumber(img.width) ? img.width : undefined;
  const jsonH = isNumber(img.height) ? img.height : undefined;
  if (!file)
    add(
      log,
      'entry-without-file',
      'image entries whose file_name is not an image file under the folder',
      fileName ?? String(id),
    );
  if (jsonW === undefined || jsonH === undefined)
    add(
      log,
      'missing-size',
      'image entries without a numeric width and height (pycocotools needs them for polygon masks); the decoded size is used where the file was read',
      fileName ?? String(id),
    );
  else if (file?.width !== undefined && (jsonW !== file.width || jsonH !== file.height)) {
    const swapped = jsonW === file.height && jsonH === file.width;
    add(
      log,
      swapped ? 'size-rotated' : 'size-mismatch',
      swapped
        ? "JSON width/height are the decoded image's height/width: the file has an EXIF rotation the annotations did not apply (or the reverse); boxes are checked against the decoded size"
        : 'JSON width/height differ from the decoded (EXIF-oriented) image; boxes are checked against the decoded size',
      file.path,
    );
  }
  const width = file?.width ?? jsonW;
  const height = file?.width !== undefined ? file.height : jsonH;
  return {
    id,
    ...(fileName === undefined ? {} : { fileName }),
    ...(file ? { path: file.path } : {}),
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
  };
}

function readBoxes(
  ds: Json,
  entries: CocoEntry[],
  byId: Map<unknown, number>,
  cats: { index: Map<number, number> },
  log: FindingLog,
): CocoBox[] {
  const boxes: CocoBox[] = [];
  const seen = new Set<unknown>();
  // Indexed as in the file (non-objects included) so that ../coco's per-annotation outcomes line up.
  for (const [i, ann] of (Array.isArray(ds.annotations) ? (ds.annotations as Json[]) : []).entries()) {
    if (typeof ann !== 'object' || ann === null) continue;
    const example = isNumber(ann.id) || typeof ann.id === 'string' ? ann.id : `#${i}`;
    if (ann.id === undefined)
      add(log, 'annotation-without-id', 'annotations without an id (counted; pycocotools needs one)', `#${i}`);
    else if (seen.has(ann.id))
      add(
        log,
        'duplicate-annotation-id',
        'duplicate annotation ids (all counted here; pycocotools evaluates only the last one)',
        example,
      );
    seen.add(ann.id);
    if (ann.area === undefined)
      add(
        log,
        'missing-area',
        'annotations without area: the box area is used for the small/medium/large split (pycocotools raises KeyError)',
        example,
      );
    if (ann.iscrowd === undefined)
      add(log, 'missing-iscrowd', 'annotations without iscrowd: taken as 0 (pycocotools raises KeyError)', example);
    const entry = byId.get(ann.image_id);
    const cat = cats.index.get(ann.category_id as number);
    if (entry === undefined)
      add(log, 'annotation-unknown-image', 'annotations whose image_id is not in "images" (not counted)', example);
    if (cat === undefined)
      add(log, 'unknown-category', 'annotations whose category_id is not in "categories" (not counted)', example);
    const bbox = readBox(ann.bbox);
    if (!bbox) add(log, 'bad-bbox', 'annotations without a bbox of 4 finite numbers (not counted)', example);
    else if (bbox[2] <= 0 || bbox[3] <= 0)
      add(log, 'box-nonpositive', 'boxes with width or height ≤ 0 (not counted)', example);
    else if (entry !== undefined && outside(bbox, entries[entry]!))
      add(
        log,
        'box-outside-image',
        'boxes reaching outside the image (x < 0, y < 0, x + w > width or y + h > height; counted)',
        example,
      );
    if (entry === undefined || cat === undefined || !bbox || bbox[2] <= 0 || bbox[3] <= 0) continue;
    const area = isNumber(ann.area) ? ann.area : bbox[2] * bbox[3];
    boxes.push({
      index: i,
      id: ann.id,
      entry,
      cat,
      bbox,
      area,
      iscrowd: Boolean(ann.iscrowd),
      ...(ann.segmentation === undefined ? {} : { segmentation: ann.segmentation }),
    });
  }
  return boxes;
}

/** True when the box leaves the image; images of unknown size are not checked. */
function outside([x, y, w, h]: [number, number, number, number], e: CocoEntry): boolean {
  if (e.width === undefined || e.height === undefined) return false;
  return x < 0 || y < 0 || x + w > e.width || y + h > e.height;
}
