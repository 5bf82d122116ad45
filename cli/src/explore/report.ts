// report.json: the partial a run (or one shard of it) produces, and the full report built from
// partials. A single run is one partial of shard 1/1, so `explore` and `explore merge` share
// every line that decides the report, and the two give the same file.
import type { ImageRecord } from './analyseImage.js';
import { duplicateGroups, oddSize, readable, summarise, withDatasetIssues, type DatasetSummary, type DuplicateGroup } from './dataset.js';
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
  images: ImageRecord[];
}

/** Which images shard k of n takes: every n-th of the sorted listing, starting at k − 1. */
export function inShard(index: number, shard: { index: number; count: number }): boolean {
  return index % shard.count === shard.index - 1;
}

/** Checks that the partials are the n shards of one folder, each once; throws the reason. */
export function checkPartials(partials: Partial[]): void {
  if (partials.length === 0) throw new Error('no partial reports given');
  const [first] = partials as [Partial];
  const seen = new Set<number>();
  for (const p of partials) {
    if (p.kind !== PARTIAL_KIND) throw new Error('not a partial report of fastclahe explore --shard');
    if (p.input !== first.input) throw new Error(`the partials explored different folders (${first.input} and ${p.input})`);
    if (p.shard.count !== first.shard.count) throw new Error(`the partials were cut into different numbers of shards (${first.shard.count} and ${p.shard.count})`);
    if (seen.has(p.shard.index)) throw new Error(`shard ${p.shard.index}/${p.shard.count} is given twice`);
    seen.add(p.shard.index);
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new Error(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${first.shard.count}`).join(', ')}`);
}

/** The full report from all partials; `root` is the folder relative to where the report is written. */
export function buildReport(partials: Partial[], root: string): Report {
  checkPartials(partials);
  const first = partials[0]!;
  const records = partials.flatMap((p) => p.images).sort((a, b) => a.index - b.index);
  const images = readable(records);
  const odd = oddSize(images);
  const duplicates = duplicateGroups(images);
  const final = withDatasetIssues(records, odd, duplicates, ISSUE_TYPES);
  const issues = Object.fromEntries(ISSUE_TYPES.map((t) => [t, final.filter((r) => r.issues.includes(t)).length])) as Record<IssueType, number>;
  return {
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
    images: final,
  };
}

/** JSON.stringify's replacer for records: typed arrays (the histograms) as plain arrays. */
export function plainArrays(_key: string, value: unknown): unknown {
  return value instanceof Uint32Array ? Array.from(value) : value;
}

/** JSON text, one image per line so that a large report streams and diffs well. */
export function* reportJsonChunks(report: Report): Generator<string> {
  const { images, ...head } = report;
  const headText = JSON.stringify(head, null, 1);
  yield `${headText.slice(0, -2)},\n "images": [\n`;
  for (let i = 0; i < images.length; i++) yield `  ${JSON.stringify(images[i], plainArrays)}${i + 1 < images.length ? ',' : ''}\n`;
  yield ' ]\n}\n';
}
