// `fastclahe explore <dir> --out <report-dir>`: a dataset report (report.json + report.html with
// thumbnails) of every image under <dir>, on every core. `--shard k/n` writes a partial report
// of every n-th image instead, and `fastclahe explore merge <partials…> --out <dir>` joins the
// n partials into the report a single run would have written.
import { copyFile, mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { AnalyseJob, ImageRecord } from '../explore/analyseImage.js';
import { cocoConfig, readCocoInput, type CocoInput } from '../explore/cocoOptions.js';
import { analyseBatch, batchSizeFor } from '../explore/batches.js';
import { RecordStore } from '../explore/recordStore.js';
import type { ThumbsMode } from '../explore/thumbnail.js';
import { writeAtomically, writePartial, writeReport } from '../explore/writeReport.js';
import {
  checkPartials,
  inShard,
  PARTIAL_KIND,
  type Partial,
  type PartialHead,
  type Problem,
} from '../explore/report.js';
import { DEFAULT_MAX_PIXELS } from '../io/pixelLimit.js';
import { isImagePath, walk } from '../io/walk.js';
import type { Command } from '../main.js';
import { Interrupt } from '../run/interrupt.js';
import { WorkerPool } from '../run/pool.js';
import { formatDuration, Progress } from '../run/progress.js';
import { numberOption, optionsHelp, parseCommandLine, stringOption, UsageError, type OptionTable } from '../usage.js';
import { version } from '../version.js';

/**
 * Workers explore starts by default: one per core. Each worker keeps two images in progress
 * (analyseImage's lanes), so its JavaScript thread and a libvips thread are both busy, which the
 * other commands get from cores + 2 workers. On 2 cores, 2,000 320×240 JPEGs: 6.3–7.2 s and
 * 190 MB peak with 2 workers, 5.8–8.9 s and 285 MB with 4 (three alternated runs, loaded machine).
 */
const DEFAULT_JOBS = availableParallelism();

const options: OptionTable = {
  out: {
    type: 'string',
    short: 'o',
    value: '<dir>',
    description: 'folder to write report.html, report-data.js, report.json and thumbs/ to (required)',
  },
  shard: {
    type: 'string',
    value: '<k/n>',
    description:
      'explore only shard k of n (every n-th image) and write partial-k-of-n.json; join them with `explore merge`',
  },
  jobs: {
    type: 'string',
    short: 'j',
    value: '<n>',
    description: `worker threads, two images in progress in each (default: one per core = ${DEFAULT_JOBS})`,
  },
  'max-pixels': {
    type: 'string',
    value: '<n>',
    description: `report images with more pixels than this as unreadable, without decoding them (default ${DEFAULT_MAX_PIXELS}, 16384²)`,
  },
  'thumb-size': { type: 'string', value: '<px>', description: 'longest side of the thumbnails (default 256)' },
  thumbs: {
    type: 'string',
    value: '<mode>',
    description:
      'auto (default): a JPEG, PNG, WebP or GIF original of at most 2 × --thumb-size px and 256 KB, upright, is shown as its own thumbnail (the report needs the dataset next to it, as the zoom does); all: write a thumbnail for every image (a report that moves without the dataset)',
  },
  coco: {
    type: 'string',
    value: '<file>',
    description:
      'COCO annotations of these images: adds class, box and anchor statistics and annotation findings to the report',
  },
  'anchor-sizes': {
    type: 'string',
    value: '<list>',
    description:
      "anchor sizes (√area, px) for --coco's anchor fit, comma-separated (default detectron2 RetinaNet: 32·2^(k/3) for 32…512, k = 0, 1, 2)",
  },
  predictions: {
    type: 'string',
    value: '<file>',
    description:
      "COCO detection results for --coco's images: adds the evaluation (pycocotools-exact AP, PR curves, worst images) and TP/FP/missed overlays",
  },
  'anchor-ratios': {
    type: 'string',
    value: '<list>',
    description: 'anchor height/width ratios for the anchor fit (default 0.5,1,2)',
  },
  'iou-type': {
    type: 'string',
    value: '<type>',
    description: 'how --predictions are matched: bbox (default) or segm (mask IoU; results carry segmentation)',
  },
  quiet: { type: 'boolean', short: 'q', description: 'no progress and no summary' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

const mergeOptions: OptionTable = {
  out: options.out!,
  coco: options.coco!,
  predictions: options.predictions!,
  'anchor-sizes': options['anchor-sizes']!,
  'anchor-ratios': options['anchor-ratios']!,
  'iou-type': options['iou-type']!,
  quiet: options.quiet!,
  help: options.help!,
};

interface Config {
  input: string;
  out: string;
  shard?: { index: number; count: number };
  jobs: number;
  maxPixels: number;
  thumbSize: number;
  thumbs: ThumbsMode;
  coco?: CocoInput;
  quiet: boolean;
}

export const explore: Command = {
  name: 'explore',
  summary: 'report on a dataset folder: unreadable, dark, blurry, duplicate… images, sizes, thumbnails',
  help: () =>
    [
      'Usage: fastclahe explore <dir> --out <report-dir> [options]',
      '       fastclahe explore <dir> --out <dir> --shard k/n     (one of n machines)',
      '       fastclahe explore merge <partial.json…> --out <report-dir> [--coco <file> …]',
      '',
      'Reads every image under <dir> (jpg, jpeg, png, webp, tif, tiff, gif, bmp, avif) and writes',
      '<report-dir>/report.html (open it from disk; no server; it reads report-data.js next to it),',
      'report.json and thumbs/. Each image gets its size, format, channels, bit depth, brightness',
      'statistics, histogram and issues: unreadable, dark, light, low-information, blurry,',
      "grayscale, odd-aspect-ratio, odd-size, exact-duplicate, near-duplicate (cleanvision's",
      'scores and default thresholds where it has them). Exit code: 0 report written (whatever it found), 2 bad usage, 130 interrupted: the',
      'first Ctrl-C finishes the images in progress and writes the report of those explored (marked',
      '"interrupted"; a --shard run writes nothing), a second stops at once and writes nothing.',
      'With --shard, give --coco (and --predictions, --anchor-*) to merge, which has every image.',
      '',
      'Options:',
      optionsHelp(options),
      '',
      'Examples:',
      '  fastclahe explore data/train --out report/',
      '  fastclahe explore data/train --out parts/ --shard 3/8     # on machine 3 of 8',
      '  fastclahe explore merge parts/partial-*-of-8.json --out report/ [--coco instances_train.json]',
      '  fastclahe explore data/val2017 --coco annotations/instances_val2017.json --out report/',
      '  fastclahe explore data/val2017 --coco instances_val2017.json --predictions results.json --out report/',
    ].join('\n'),
  run: (argv) => (argv[0] === 'merge' ? runMerge(argv.slice(1)) : runExplore(readConfig(argv))),
};

function readConfig(argv: string[]): Config {
  const { values, positionals } = parseCommandLine(argv, options);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length
        ? `one folder to explore, got ${positionals.length}: ${positionals.join(' ')}`
        : 'no folder to explore given',
    );
  const out = stringOption(values, 'out');
  if (!out) throw new UsageError('--out <dir> is required (the folder to write the report to)');
  const shardText = stringOption(values, 'shard');
  return {
    input: resolve(positionals[0]!),
    out: resolve(out),
    ...(shardText === undefined ? {} : { shard: readShard(shardText) }),
    jobs: numberOption(values, 'jobs', { min: 1, max: 1024, integer: true }) ?? DEFAULT_JOBS,
    maxPixels: numberOption(values, 'max-pixels', { min: 1, integer: true }) ?? DEFAULT_MAX_PIXELS,
    thumbSize: numberOption(values, 'thumb-size', { min: 16, max: 2048, integer: true }) ?? 256,
    thumbs: readThumbs(stringOption(values, 'thumbs')),
    ...cocoConfig(values, shardText !== undefined),
    quiet: values.quiet === true,
  };
}

function readThumbs(text: string | undefined): ThumbsMode {
  if (text === undefined || text === 'auto') return 'auto';
  if (text === 'all') return 'all';
  throw new UsageError(`--thumbs must be auto or all (got '${text}')`);
}

function readShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1 && index >= 1 && index <= count))
    throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n, like 3/8 (got '${text}')`);
  return { index, count };
}

async function runExplore(config: Config): Promise<number> {
  const started = performance.now();
  const info = await stat(config.input).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${config.input} is not a folder`);
  const coco = config.coco && (await readCocoInput(config.coco)); // a bad file fails before the long part
  const { listing, files, problems } = await listImages(config);
  const shard = config.shard ?? { index: 1, count: 1 };
  const thumbsDir = join(config.out, 'thumbs');
  await mkdir(thumbsDir, { recursive: true });
  const head: PartialHead = {
    kind: PARTIAL_KIND,
    version,
    input: config.input,
    shard,
    files,
    imageFiles: listing.length,
    problems,
  };
  const store = new RecordStore(config.out, listing.length);
  const interrupt = new Interrupt(() => {
    const what = config.shard ? 'writing no partial' : 'then writing the report of what was explored';
    process.stderr.write(
      `\nfastclahe explore: interrupted; finishing the images in progress, ${what} (Ctrl-C again stops now)\n`,
    );
  });
  interrupt.onStop(() => store.dispose());
  try {
    // Jobs are the listing indices; each job object is made when its turn comes.
    const jobs: number[] = [];
    listing.forEach((entry, index) => {
      if (!inShard(index, shard)) return;
      if (entry.error !== undefined) store.add({ path: entry.path, index, issues: ['unreadable'], error: entry.error });
      else jobs.push(index);
    });
    const job = (index: number): AnalyseJob => ({
      file: listing[index]!.file,
      path: listing[index]!.path,
      index,
      thumbsDir,
      thumbSize: config.thumbSize,
      thumbs: config.thumbs,
      maxPixels: config.maxPixels,
    });
    await analyseAll(config, Int32Array.from(jobs), job, store, interrupt);
    const seconds = (performance.now() - started) / 1000;
    if (config.shard) {
      // A partial of part of a shard would make merge build a wrong report: write none.
      if (interrupt.requested) return 130;
      const name = `partial-${shard.index}-of-${shard.count}.json`;
      await writeAtomically([join(config.out, name)], interrupt, ([fd]) => writePartial(head, store, fd!));
      if (!config.quiet)
        process.stderr.write(
          `fastclahe explore: shard ${shard.index}/${shard.count}: ${store.count} images in ${formatDuration(seconds)} → ${display(join(config.out, name))}\n`,
        );
      return 0;
    }
    const interrupted = interrupt.requested ? { explored: store.count, of: listing.length } : undefined;
    const report = await writeReport(head, store, config.out, { interrupted, interrupt, ...(coco ? { coco } : {}) });
    if (!config.quiet) printSummary(report.counts, seconds, config.out, interrupted);
    return interrupted ? 130 : 0;
  } finally {
    interrupt.dispose();
    store.dispose();
  }
}

interface Listing {
  /** Every image file (and broken link named like one), sorted by path: the index is the position. */
  listing: { file: string; path: string; error?: string }[];
  /** Every file found, image or not. */
  files: number;
  /** Folders that could not be walked. */
  problems: Problem[];
}

/** The sorted listing of the folder; the walk's own records are dropped once it is made. */
async function listImages(config: Config): Promise<Listing> {
  const found = await walk([config.input], { exclude: [config.out] });
  const images = found.files.filter((f) => f.isImage);
  // Broken links named like images are unreadable images; other walk problems are folder rows.
  const brokenImages = found.problems.filter((p) => isImagePath(p.path) && p.relative !== '.');
  const problems: Problem[] = found.problems
    .filter((p) => !brokenImages.includes(p))
    .map((p) => ({ path: p.relative, error: p.error }));
  const listing: Listing['listing'] = [
    ...images.map((f) => ({ file: f.path, path: f.relative })),
    ...brokenImages.map((p) => ({ file: p.path, path: p.relative, error: p.error })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { listing, files: found.files.length + brokenImages.length, problems };
}

/**
 * Every job on the worker pool, each record into the store as it arrives; a job that fails
 * outright (a crashed worker) is an unreadable row. Images go to the workers in small batches
 * (one round trip per batch, not per image), handed out two per worker at a time rather than
 * queued all at once, so the pending jobs do not hold memory for every file of a large folder.
 * After a first Ctrl-C no new batch starts; the ones in progress finish and are kept.
 */
async function analyseAll(
  config: Config,
  jobs: Int32Array,
  jobOf: (index: number) => AnalyseJob,
  store: RecordStore,
  interrupt: Interrupt,
): Promise<void> {
  if (jobs.length === 0) return;
  const pool = new WorkerPool(Math.min(config.jobs, jobs.length));
  const stopWorkers = interrupt.onStop(() => pool.terminate());
  const progress = new Progress(jobs.length, {
    enabled: !config.quiet && process.stderr.isTTY === true,
    label: 'images',
  });
  const batchSize = batchSizeFor(jobs.length, pool.size);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length && !interrupt.requested) {
      const batch: AnalyseJob[] = [];
      while (batch.length < batchSize && next < jobs.length) batch.push(jobOf(jobs[next++]!));
      for (const record of await analyseBatch(pool, batch)) {
        store.add(record);
        progress.tick();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.size * 2 }, lane));
  } finally {
    progress.finish();
    await pool.close();
    stopWorkers();
  }
}

async function runMerge(argv: string[]): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseCommandLine(argv, mergeOptions);
  const outText = stringOption(values, 'out');
  if (!outText) throw new UsageError('--out <dir> is required (the folder to write the report to)');
  if (positionals.length === 0)
    throw new UsageError('no partial reports given (the partial-k-of-n.json files of --shard runs)');
  const out = resolve(outText);
  const { coco: cocoInput } = cocoConfig(values, false);
  const coco = cocoInput && (await readCocoInput(cocoInput));
  const partials: { file: string; partial: Partial }[] = [];
  for (const file of positionals) {
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    });
    let partial: Partial;
    try {
      partial = JSON.parse(text) as Partial;
    } catch {
      throw new UsageError(`${file} is not JSON`);
    }
    if (partial?.kind !== PARTIAL_KIND)
      throw new UsageError(`${file} is not a partial report of fastclahe explore --shard`);
    partials.push({ file: resolve(file), partial });
  }
  try {
    checkPartials(partials.map((p) => p.partial));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  await mkdir(join(out, 'thumbs'), { recursive: true });
  const store = new RecordStore(out, partials[0]!.partial.imageFiles);
  // A merge is short: Ctrl-C stops it at once, leaving no temporary file and no report.
  const interrupt: Interrupt = new Interrupt(() => interrupt.stopNow());
  interrupt.onStop(() => store.dispose());
  try {
    for (const { file, partial } of partials) {
      await copyThumbnails(dirname(file), out, partial.images);
      for (const record of partial.images) store.add(record);
      partial.images = [];
    }
    const report = await writeReport(partials[0]!.partial, store, out, { interrupt, ...(coco ? { coco } : {}) });
    if (!values.quiet) printSummary(report.counts, (performance.now() - started) / 1000, out);
    return 0;
  } finally {
    interrupt.dispose();
    store.dispose();
  }
}

/** Thumbnails made next to a partial go next to the merged report, unless that is the same folder. */
async function copyThumbnails(from: string, to: string, images: ImageRecord[]): Promise<void> {
  const [a, b] = await Promise.all([realpath(from), realpath(to)]);
  if (a === b) return;
  for (const r of images) {
    for (const name of [r.thumb, r.preview]) {
      if (name) await copyFile(join(from, name), join(to, name)).catch(() => {});
    }
  }
}

function printSummary(
  counts: { images: number; readable: number; unreadable: number; issues: Record<string, number> },
  seconds: number,
  out: string,
  interrupted?: { explored: number; of: number },
): void {
  const flagged = Object.entries(counts.issues)
    .filter(([, n]) => n > 0)
    .map(([issue, n]) => `${n} ${issue}`)
    .join(', ');
  process.stderr.write(
    `fastclahe explore: ${interrupted ? `interrupted, report of ${counts.images} of ${interrupted.of}` : counts.images} images (${counts.unreadable} unreadable) in ${formatDuration(seconds)}${flagged ? `; ${flagged}` : ''} → ${display(join(out, 'report.html'))}\n`,
  );
}

function display(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !inside.startsWith(sep) ? inside : path;
}
