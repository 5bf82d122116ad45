// `fastclahe enhance <inputs…> --out <dir>`: CLAHE or histogram equalization of image files and
// folders, on every core. Outputs mirror the input tree under --out; a file that fails is
// reported and the others go on (exit 1); nothing is written under an existing name without
// --overwrite, and nothing is half-written.
import { realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { ColorSpace } from 'fastclahe';
import type { EnhanceJob, EnhanceOutcome } from '../enhance/enhanceFile.js';
import type { EnhanceSettings } from '../enhance/settings.js';
import { EXTENSION_OF, formatOfExtension, OUTPUT_FORMATS, type OutputFormat } from '../io/formats.js';
import { DEFAULT_MAX_PIXELS } from '../io/pixelLimit.js';
import { walk, type FoundFile } from '../io/walk.js';
import type { Command } from '../main.js';
import { Interrupt } from '../run/interrupt.js';
import { DEFAULT_JOBS, WorkerPool } from '../run/pool.js';
import { formatDuration, Progress } from '../run/progress.js';
import {
  choiceOption,
  numberOption,
  optionsHelp,
  parseCommandLine,
  stringOption,
  UsageError,
  type OptionTable,
} from '../usage.js';

const options: OptionTable = {
  out: {
    type: 'string',
    short: 'o',
    value: '<dir>',
    description: 'folder to write the results to (required); the input tree is mirrored inside it',
  },
  method: {
    type: 'string',
    short: 'm',
    value: '<name>',
    description: 'clahe (default) or equalize (global histogram equalization)',
  },
  'clip-limit': {
    type: 'string',
    short: 'c',
    value: '<n>',
    description: "CLAHE contrast limit, as OpenCV's clipLimit (default 2; ≤ 0 disables clipping)",
  },
  tiles: {
    type: 'string',
    short: 't',
    value: '<CxR>',
    description: 'CLAHE tile grid, columns x rows (default 8x8; "8" means 8x8)',
  },
  'color-space': {
    type: 'string',
    value: '<name>',
    description: 'colour images: equalize HSV V (hsv, default for 8-bit), Lab L (lab) or YCrCb Y (ycrcb, 16-bit)',
  },
  'bit-depth': {
    type: 'string',
    value: '<bits>',
    description: 'significant bits of 16-bit images: 10, 12, 14 or 16 (default 16)',
  },
  format: {
    type: 'string',
    short: 'f',
    value: '<name>',
    description: `write every output in this format: ${OUTPUT_FORMATS.join(', ')} (default: the input's)`,
  },
  quality: {
    type: 'string',
    short: 'q',
    value: '<1-100>',
    description: 'JPEG, WebP and AVIF quality (default 90); PNG and TIFF are lossless',
  },
  compression: {
    type: 'string',
    value: '<0-9>',
    description: 'PNG deflate level: 0 fastest, 9 smallest (default 6); lossless at every level',
  },
  suffix: {
    type: 'string',
    value: '<text>',
    description: 'add this to each output file name before the extension, e.g. -clahe',
  },
  overwrite: { type: 'boolean', description: 'replace existing outputs (and inputs, when --out is the input folder)' },
  'skip-existing': {
    type: 'boolean',
    description: 'leave existing outputs alone and count them as skipped (to resume a run)',
  },
  jobs: {
    type: 'string',
    short: 'j',
    value: '<n>',
    description: `worker threads (default: cores + 2 = ${DEFAULT_JOBS})`,
  },
  'max-pixels': {
    type: 'string',
    value: '<n>',
    description: `refuse images with more pixels than this (default ${DEFAULT_MAX_PIXELS}, 16384²)`,
  },
  'dry-run': { type: 'boolean', short: 'n', description: 'list what would be written, write nothing' },
  json: { type: 'boolean', description: 'print a machine-readable summary on stdout' },
  quiet: { type: 'boolean', description: 'no progress and no summary; failures are still reported on stderr' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

interface Config {
  inputs: string[];
  out: string;
  settings: EnhanceSettings;
  format?: OutputFormat;
  quality: number;
  compression: number;
  suffix: string;
  overwrite: boolean;
  skipExisting: boolean;
  jobs: number;
  maxPixels: number;
  dryRun: boolean;
  json: boolean;
  quiet: boolean;
}

type Status = 'written' | 'failed' | 'planned' | 'exists';

interface FileReport {
  input: string;
  output?: string;
  status: Status;
  error?: string;
  width?: number;
  height?: number;
  channels?: number;
  bitDepth?: number;
}

export const enhance: Command = {
  name: 'enhance',
  summary: 'CLAHE or equalize image files and folders into --out, on every core',
  help: () =>
    [
      'Usage: fastclahe enhance <files or folders…> --out <dir> [options]',
      '',
      'Enhances the contrast of every image (jpg, png, webp, tif, gif, avif) with the fastclahe',
      'library — byte-identical to OpenCV — and writes it under --out with the same relative',
      'path, name and format. 16-bit PNG and TIFF stay 16-bit; alpha is kept; EXIF orientation is',
      'applied. Other files are skipped. A file that cannot be read or written is reported and the',
      'run goes on. Exit code: 0 all written, 1 some file failed, 2 bad usage, 130 interrupted.',
      '',
      'Options:',
      optionsHelp(options),
      '',
      'Examples:',
      '  fastclahe enhance scans/ --out enhanced/',
      '  fastclahe enhance photo.jpg --out . --suffix=-clahe --color-space lab --clip-limit 3',
      '  fastclahe enhance ct/ --out ct-eq/ --method equalize --bit-depth 12',
    ].join('\n'),
  run: async (argv) => runEnhance(readConfig(argv)),
};

function readConfig(argv: string[]): Config {
  const { values, positionals } = parseCommandLine(argv, options);
  const out = stringOption(values, 'out');
  if (positionals.length === 0) throw new UsageError('no input files or folders given');
  if (!out) throw new UsageError('--out <dir> is required (the folder to write results to)');
  const method = choiceOption(values, 'method', ['clahe', 'equalize'] as const) ?? 'clahe';
  const colorSpace = choiceOption(values, 'color-space', ['hsv', 'lab', 'ycrcb'] as const);
  const bitDepth = choiceOption(values, 'bit-depth', ['10', '12', '14', '16'] as const);
  const settings: EnhanceSettings = {
    method,
    clipLimit: numberOption(values, 'clip-limit') ?? 2,
    tiles: readTiles(stringOption(values, 'tiles') ?? '8x8'),
    ...(colorSpace ? { colorSpace: colorSpace as ColorSpace } : {}),
    ...(bitDepth ? { bitDepth: Number(bitDepth) as EnhanceSettings['bitDepth'] } : {}),
  };
  const format = choiceOption(values, 'format', [...OUTPUT_FORMATS, 'jpg', 'tif'] as const);
  const suffix = stringOption(values, 'suffix') ?? '';
  if (values.overwrite && values['skip-existing'])
    throw new UsageError('--overwrite and --skip-existing contradict each other; choose one');
  if (/[/\\]/.test(suffix)) throw new UsageError(`--suffix must not contain a path separator (got '${suffix}')`);
  return {
    inputs: positionals,
    out: resolve(out),
    settings,
    ...(format ? { format: format === 'jpg' ? 'jpeg' : format === 'tif' ? 'tiff' : format } : {}),
    quality: numberOption(values, 'quality', { min: 1, max: 100, integer: true }) ?? 90,
    compression: numberOption(values, 'compression', { min: 0, max: 9, integer: true }) ?? 6,
    suffix,
    overwrite: values.overwrite === true,
    skipExisting: values['skip-existing'] === true,
    jobs: numberOption(values, 'jobs', { min: 1, max: 1024, integer: true }) ?? DEFAULT_JOBS,
    maxPixels: numberOption(values, 'max-pixels', { min: 1, integer: true }) ?? DEFAULT_MAX_PIXELS,
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    quiet: values.quiet === true,
  };
}

function readTiles(text: string): [number, number] {
  const match = /^\s*(\d+)\s*(?:[x×,]\s*(\d+)\s*)?$/i.exec(text);
  const columns = Number(match?.[1]);
  const rows = Number(match?.[2] ?? match?.[1]);
  if (!match || !(columns >= 1 && columns <= 1024 && rows >= 1 && rows <= 1024)) {
    throw new UsageError(`--tiles must be columns x rows, each from 1 to 1024, like 8x8 (got '${text}')`);
  }
  return [columns, rows];
}

/** Where each image goes, and which cannot go anywhere (checked before any work starts). */
async function plan(config: Config, images: FoundFile[]): Promise<{ jobs: EnhanceJob[]; refused: FileReport[] }> {
  const jobs: EnhanceJob[] = [];
  const refused: FileReport[] = [];
  const claimed = new Map<string, string>();
  const inputs = new Set(await Promise.all(images.map((file) => realpath(file.path).catch(() => file.path))));
  let sequence = 0;
  for (const file of images) {
    const extension = extname(file.relative);
    const format = config.format ?? formatOfExtension(extension.slice(1));
    const input = display(file.path);
    if (!format) {
      refused.push({
        input,
        status: 'failed',
        error: `cannot write ${extension.slice(1).toUpperCase()} files; choose another format with --format`,
      });
      continue;
    }
    const stem = file.relative.slice(0, file.relative.length - extension.length);
    const newExtension =
      config.format && formatOfExtension(extension.slice(1)) !== config.format ? `.${EXTENSION_OF[format]}` : extension;
    const output = join(config.out, `${stem}${config.suffix}${newExtension}`);
    const report: FileReport = { input, output: display(output), status: 'failed' };
    const earlier = claimed.get(output);
    if (earlier !== undefined) {
      refused.push({ ...report, error: `same output as ${earlier}; rename one of them or use --suffix` });
      continue;
    }
    claimed.set(output, input);
    const exists = await stat(output).then(
      () => true,
      () => false,
    );
    if (exists && config.skipExisting) {
      refused.push({ ...report, status: 'exists' });
      continue;
    }
    if (exists && !config.overwrite) {
      const what = inputs.has(await realpath(output).catch(() => output))
        ? 'the output is an input file'
        : 'the output already exists';
      refused.push({ ...report, error: `${what} (use --overwrite to replace it)` });
      continue;
    }
    const temp = join(dirname(output), `.${basename(output)}.fastclahe-${process.pid}-${sequence++}.tmp`);
    jobs.push({
      input: file.path,
      output,
      temp,
      format,
      settings: config.settings,
      quality: config.quality,
      compression: config.compression,
      maxPixels: config.maxPixels,
      overwrite: config.overwrite,
    });
  }
  return { jobs, refused };
}

async function runEnhance(config: Config): Promise<number> {
  const started = performance.now();
  const found = await walk(config.inputs, { exclude: [config.out] });
  const images = found.files.filter((file) => file.isImage);
  const problems: FileReport[] = [
    ...found.problems.map((problem) => ({
      input: display(problem.path),
      status: 'failed' as const,
      error: problem.error,
    })),
    ...found.files
      .filter((file) => file.named && !file.isImage)
      .map((file) => ({
        input: display(file.path),
        status: 'failed' as const,
        error: 'not an image file (by its extension)',
      })),
  ];
  const skipped = found.files.filter((file) => !file.named && !file.isImage).length;
  const { jobs, refused } = await plan(config, images);
  const reports: FileReport[] = [...problems, ...refused];
  for (const report of reports) printFailure(report);

  if (config.dryRun) {
    for (const job of jobs) {
      reports.push({ input: display(job.input), output: display(job.output), status: 'planned' });
      if (!config.json) process.stdout.write(`${display(job.input)} → ${display(job.output)}\n`);
    }
  } else {
    const interrupted = await runJobs(config, jobs, reports);
    if (interrupted) {
      finishOutput(config, reports, skipped, started, true);
      return 130;
    }
  }
  finishOutput(config, reports, skipped, started, false);
  return reports.some((report) => report.status === 'failed') ? 1 : 0;
}

/**
 * Runs the jobs on the pool, a few lanes per worker taking the next job when one finishes (so
 * nothing is queued per file); resolves true when Ctrl-C (SIGINT) or SIGTERM stopped it. The
 * second signal stops the workers and removes the temporary files of the jobs in flight.
 */
async function runJobs(config: Config, jobs: EnhanceJob[], reports: FileReport[]): Promise<boolean> {
  if (jobs.length === 0) return false;
  const pool = new WorkerPool(Math.min(config.jobs, jobs.length));
  const progress = new Progress(jobs.length, {
    enabled: !config.quiet && !config.json && process.stderr.isTTY === true,
  });
  const inFlight = new Set<EnhanceJob>();
  const interrupt = new Interrupt((signal) => {
    progress.print(
      `fastclahe enhance: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; finishing the ${inFlight.size} files in progress (Ctrl-C again stops now)`,
    );
  });
  interrupt.onStop(() => Promise.all([...inFlight].map((job) => unlink(job.temp).catch(() => {}))));
  interrupt.onStop(() => pool.terminate());
  let next = 0;
  const lane = async () => {
    while (next < jobs.length && !interrupt.requested) {
      const job = jobs[next++]!;
      inFlight.add(job);
      try {
        const outcome = await pool.run<EnhanceOutcome>('enhance', job);
        reports.push({
          input: display(job.input),
          output: display(job.output),
          status: 'written',
          ...dimensions(outcome),
        });
      } catch (error) {
        const report: FileReport = {
          input: display(job.input),
          output: display(job.output),
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        };
        reports.push(report);
        progress.print(failureLine(report));
      } finally {
        inFlight.delete(job);
        progress.tick();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.size * 2 }, lane));
  } finally {
    progress.finish();
    interrupt.dispose();
    await pool.close();
  }
  return interrupt.requested;
}

function dimensions({ width, height, channels, bitDepth }: EnhanceOutcome) {
  return { width, height, channels, bitDepth };
}

function printFailure(report: FileReport): void {
  if (report.status === 'failed') process.stderr.write(`${failureLine(report)}\n`);
}

function failureLine(report: FileReport): string {
  return `fastclahe enhance: ${report.input}: ${report.error}`;
}

function finishOutput(
  config: Config,
  reports: FileReport[],
  skipped: number,
  started: number,
  interrupted: boolean,
): void {
  const seconds = (performance.now() - started) / 1000;
  const written = reports.filter((report) => report.status === 'written').length;
  const failed = reports.filter((report) => report.status === 'failed').length;
  const planned = reports.filter((report) => report.status === 'planned').length;
  const existing = reports.filter((report) => report.status === 'exists').length;
  if (config.json) {
    reports.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    const summary = {
      command: 'enhance',
      settings: config.settings,
      out: display(config.out),
      dryRun: config.dryRun,
      interrupted,
      written,
      failed,
      planned,
      existing,
      skipped,
      seconds: Number(seconds.toFixed(3)),
      peakMemoryMiB: peakMemoryMiB(),
      files: reports,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  if (config.quiet) return;
  const parts = config.dryRun ? [`${planned} would be written`] : [`${written} written`];
  if (failed) parts.push(`${failed} failed`);
  if (existing) parts.push(`${existing} left as they were (--skip-existing)`);
  if (skipped) parts.push(`${skipped} skipped (not images)`);
  const rate = !config.dryRun && written > 0 ? ` (${(written / seconds).toFixed(1)} files/s)` : '';
  process.stderr.write(
    `fastclahe enhance: ${parts.join(', ')} in ${formatDuration(seconds)}${rate}${interrupted ? ', interrupted' : ''} → ${display(config.out)}\n`,
  );
}

/** The process's peak resident memory (main thread and workers share it). */
function peakMemoryMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** A path as the user would type it: relative to the working folder when inside it. */
function display(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !inside.startsWith('/') ? inside : path;
}
