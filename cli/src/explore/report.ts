// report.json: the partial a run (or one shard of it) produces, and the full report built from
// partials. A single run is one partial of shard 1/1, so `explore` and `explore merge` share
// every line that decides the report, and the two give the same file.
import type { ImageRecord } from './analyseImage.js';
import {
  datasetIssueAdder,
  duplicateGroups,
  oddSize,
  readable,
  summarise,
  type DatasetRecord,
  type DatasetSummary,
  type DuplicateGroup,
} from './dataset.js';
import type { CocoStats } from './cocoStats.js';
import { ISSUE_RULES, ISSUE_TYPES, THRESHOLDS, type IssueType } from './issues.js';

export const PARTIAL_KIND = 'fastclahe-explore-partial';

export interface Problem {
  path: string;
  error: string;
}

export interface Partial {
  kind: typeof PARTIAL_KIND;
  version: string;
  /** Absolute path of the explored folder. */
  input: string;
  shard: { index: number; count: number };
  /** Every file found, image or not, in the whole folder (not only this shard). */
  files: number;
  imageFiles: number;
  /** Folders that could not be walked (loops, permissions); the same in every shard. */
  problems: Problem[];
  /** This shard's images, in listing order. */
  images: ImageRecord[];
}

export interface Report {
  tool: 'fastclahe explore';
  version: string;
  /** The explored folder, relative to the report's folder ('/' separators): originals are `${root}/${path}`. */
  root: string;
  counts: {
    files: number;
    images: number;
    readable: number;
    unreadable: number;
    nonImageFiles: number;
    problems: number;
    issues: Record<IssueType, number>;
  };
  issueRules: typeof ISSUE_RULES;
  thresholds: typeof THRESHOLDS;
  summary: DatasetSummary;
  duplicates: DuplicateGroup[];
  problems: Problem[];
  /** With --coco: statistics and findings of the annotation file (cocoStats.ts). */
  coco?: CocoStats;
  /** Only when Ctrl-C stopped the run: the report covers `explored` of the `of` images found. */
  interrupted?: { explored: number; of: number };
  images: ImageRecord[];
}

/** Which images shard k of n takes: every n-th of the sorted listing, starting at k − 1. */
export function inShard(index: number, shard: { index: number; count: number }): boolean {
  return index % shard.count === shard.index - 1;
}

/** Checks that the partials are the n shards of one folder, each once; throws the reason. */
export function checkPartials(partials: PartialHead[]): void {
  if (partials.length === 0) throw new Error('no partial reports given');
  const [first] = partials as [PartialHead];
  const seen = new Set<number>();
  for (const p of partials) {
    if (p.kind !== PARTIAL_KIND) throw new Error('not a partial report of fastclahe explore --shard');
    if (p.input !== first.input)
      throw new Error(`the partials explored different folders (${first.input} and ${p.input})`);
    // Versions may measure or key images differently (the exact-duplicate key changed once):
    // duplicates across their shards would go unnoticed.
    if (p.version !== first.version)
      throw new Error(
        `the partials were written by different versions of fastclahe (${first.version} and ${p.version}); run every shard with the same one`,
      );
    if (p.shard.count !== first.shard.count)
      throw new Error(
        `the partials were cut into different numbers of shards (${first.shard.count} and ${p.shard.count})`,
      );
    if (seen.has(p.shard.index)) throw new Error(`shard ${p.shard.index}/${p.shard.count} is given twice`);
    seen.add(p.shard.index);
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length)
    throw new Error(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${first.shard.count}`).join(', ')}`,
    );
}

/** A partial without its images: what a run knows of the whole folder. */
export type PartialHead = Omit<Partial, 'images'>;
export type ReportHead = Omit<Report, 'images'>;

/**
 * The report's head (everything but the images) from the dataset records of every image in
 * listing order, and `finish`, which gives a full record its dataset-level issues and scores.
 * The full records are then written one at a time, so they never all sit in memory.
 */
export function planReport(
  first: PartialHead,
  records: DatasetRecord[],
  root: string,
): { head: ReportHead; finish: <R extends DatasetRecord>(r: R) => R } {
  const images = readable(records);
  const odd = oddSize(images);
  const duplicates = duplicateGroups(images);
  const finish = datasetIssueAdder(odd, duplicates, ISSUE_TYPES);
  const final = records.map(finish);
  const issues = Object.fromEntries(
    ISSUE_TYPES.map((t) => [t, final.filter((r) => r.issues.includes(t)).length]),
  ) as Record<IssueType, number>;
  const head: ReportHead = {
    tool: 'fastclahe explore',
    version: first.version,
    root,
    counts: {
      files: first.files,
      images: records.length,
      readable: images.length,
      unreadable: records.length - images.length,
      nonImageFiles: first.files - first.imageFiles,
      problems: first.problems.length,
      issues,
    },
    issueRules: ISSUE_RULES,
    thresholds: THRESHOLDS,
    summary: summarise(readable(final), odd),
    duplicates,
    problems: first.problems,
  };
  return { head, finish };
}

/** JSON.stringify's replacer for records: typed arrays (the histograms) as plain arrays. */
export function plainArrays(_key: string, value: unknown): unknown {
  return value instanceof Uint32Array ? Array.from(value) : value;
}

/**
 * JSON text of a head object and its images, one image per line so that a large report streams
 * and diffs well; the images come one at a time and are not kept.
 */
export function* jsonWithImages(head: object, count: number, image: (i: number) => unknown): Generator<string> {
  const headText = JSON.stringify(head, null, 1);
  yield `${headText.slice(0, -2)},\n "images": [\n`;
  for (let i = 0; i < count; i++) yield `  ${JSON.stringify(image(i), plainArrays)}${i + 1 < count ? ',' : ''}\n`;
  yield ' ]\n}\n';
}
