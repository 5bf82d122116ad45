// `fastclahe coco <subcommand>`: COCO tools. `eval` runs pycocotools-exact COCOeval on a ground
// truth and a results file, prints pycocotools' summary, a per-class table and the worst images,
// and can write everything as JSON. Exit 0 done, 1 unreadable or unusable files, 2 bad usage.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from '../main.js';
import {
  choiceOption,
  numberOption,
  optionsHelp,
  parseCommandLine,
  stringOption,
  UsageError,
  type OptionTable,
} from '../usage.js';
import { version } from '../version.js';
import {
  CocoInputError,
  evaluate,
  worstImages,
  type CategoryMetrics,
  type CocoEvaluation,
  type Finding,
  type IouType,
} from '../coco/index.js';

const evalOptions: OptionTable = {
  gt: { type: 'string', value: '<gt.json>', description: 'ground truth in COCO format (required)' },
  dt: { type: 'string', value: '<results.json>', description: 'results: a JSON array of detections (required)' },
  'iou-type': { type: 'string', value: '<type>', description: 'bbox (default), segm or keypoints' },
  json: { type: 'string', value: '<out.json>', description: 'write stats, per-category and per-image figures as JSON' },
  'max-dets': {
    type: 'string',
    value: '<a,b,c>',
    description: 'detections per image (default 1,10,100; keypoints 20)',
  },
  'area-rng': {
    type: 'string',
    value: '<lo:hi,…>',
    description: 'area ranges for small, medium, large (keypoints: medium, large); default 0:1024,1024:9216,9216:1e10',
  },
  'per-image': {
    type: 'string',
    value: '<N>',
    description: 'print the N worst images by AP@0.5 (default 10, 0 for none)',
  },
  sort: {
    type: 'string',
    value: '<key>',
    description: 'per-class table order: ap (default, worst first), ap50, gt, id or name',
  },
  arrays: { type: 'boolean', description: 'also write the precision, recall and scores arrays to --json' },
  strict: { type: 'boolean', description: 'fail (exit 1) wherever pycocotools would crash, instead of the fallback' },
};

const SORT_KEYS = ['ap', 'ap50', 'gt', 'id', 'name'] as const;

function help(): string {
  return [
    'fastclahe coco — COCO dataset tools',
    '',
    'Usage: fastclahe coco eval --gt <gt.json> --dt <results.json> [options]',
    '',
    'Subcommands:',
    '  eval    pycocotools-exact evaluation (bbox, segm, keypoints), per class and per image',
    '',
    'Options of eval:',
    optionsHelp(evalOptions),
    '',
    'Exit codes: 0 done, 1 unreadable or unusable input files, 2 bad usage.',
  ].join('\n');
}

/** '0:1024,1024:9216,9216:1e10' → [[0, 1e10], [0, 1024], …] with pycocotools' labels; 'all' stays [0, 1e10]. */
function parseAreaRng(
  text: string | undefined,
  iouType: IouType,
): { areaRng: [number, number][]; areaRngLbl: string[] } | undefined {
  if (text === undefined) return undefined;
  const labels = iouType === 'keypoints' ? ['medium', 'large'] : ['small', 'medium', 'large'];
  const ranges = text.split(',').map((part) => part.split(':').map((v) => (v.trim() === '' ? Number.NaN : Number(v))));
  const ok =
    ranges.length === labels.length &&
    ranges.every((r) => r.length === 2 && r.every((v) => !Number.isNaN(v)) && r[0]! <= r[1]!);
  if (!ok)
    throw new UsageError(`--area-rng needs ${labels.length} ranges lo:hi for ${labels.join(', ')} (got '${text}')`);
  return { areaRng: [[0, 1e10], ...(ranges as [number, number][])], areaRngLbl: ['all', ...labels] };
}

function parseMaxDets(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 1)) {
    throw new UsageError(`--max-dets must be positive integers separated by commas (got '${text}')`);
  }
  return values;
}

class InputFileError extends Error {}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputFileError(
      `cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`the ${what} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

const fmt = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined ? '–' : v < 0 ? 'n/a' : v.toFixed(digits);

function table(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

function categoryTable(ev: CocoEvaluation, sort: (typeof SORT_KEYS)[number]): string {
  const kp = ev.params.iouType === 'keypoints';
  const last = ev.params.maxDets[ev.params.maxDets.length - 1]!;
  const cols: [string, (c: CategoryMetrics) => string][] = [
    ['id', (c) => String(c.id)],
    ['name', (c) => c.name],
    ['gt', (c) => String(c.gt)],
    ['dt', (c) => String(c.dt)],
    ['AP', (c) => fmt(c.ap)],
    ['AP50', (c) => fmt(c.ap50)],
    ['AP75', (c) => fmt(c.ap75)],
    ...((kp ? [] : [['APs', (c) => fmt(c.apSmall as number)]]) as [string, (c: CategoryMetrics) => string][]),
    ['APm', (c) => fmt(c.apMedium as number)],
    ['APl', (c) => fmt(c.apLarge as number)],
    [`AR${last}`, (c) => fmt(c[`ar${last}`] as number)],
  ];
  // Classes without GT (ap −1) sort last whatever the key.
  const key = (c: CategoryMetrics) =>
    sort === 'gt' ? -c.gt : sort === 'ap50' ? (c.ap50 < 0 ? 2 : c.ap50) : c.ap < 0 ? 2 : c.ap;
  const list = [...ev.perCategory].sort((a, b) =>
    sort === 'name' ? a.name.localeCompare(b.name) : sort === 'id' ? a.id - b.id : key(a) - key(b) || a.id - b.id,
  );
  const rows = [cols.map(([h]) => h), ...list.map((c) => cols.map(([, f]) => f(c)))];
  return table(
    rows,
    cols.map(([h]) => h !== 'name'),
  );
}

function imageTable(ev: CocoEvaluation, n: number): string {
  const worst = worstImages(ev.perImage ?? [], n);
  const rows = [
    ['image', 'file', 'gt', 'tp', 'fp', 'fn', 'recall', 'precision', 'AP50'],
    ...worst.map((m) => [
      String(m.id),
      m.fileName ?? '',
      String(m.gt),
      String(m.tp),
      String(m.fp),
      String(m.fn),
      fmt(m.recall50),
      fmt(m.precision50),
      fmt(m.ap50),
    ]),
  ];
  return table(rows, [true, false, true, true, true, true, true, true, true]);
}

function findingLine(f: Finding): string {
  const examples = f.examples.length ? ` (e.g. ${f.examples.join(', ')})` : '';
  return `${f.crashes ? 'warning' : 'note'}: ${f.file === 'gt' ? 'ground truth' : 'results'}: ${f.count}× ${f.message}${examples} [${f.code}]`;
}

function report(ev: CocoEvaluation, perImage: number, sort: (typeof SORT_KEYS)[number]): string {
  const parts = [
    ev.summary.map((l) => l.text).join('\n'),
    '',
    `Per category (${ev.perCategory.length}, sorted by ${sort}):`,
    categoryTable(ev, sort),
  ];
  if (perImage > 0 && ev.perImage) {
    parts.push(
      '',
      `Worst ${Math.min(perImage, ev.perImage.length)} images (by AP at IoU 0.5, area all, maxDets ${ev.params.maxDets.at(-1)}):`,
      imageTable(ev, perImage),
    );
  }
  return parts.join('\n') + '\n';
}

function jsonOutput(ev: CocoEvaluation, args: { gt: string; dt: string; arrays: boolean }) {
  const p = ev.params;
  return {
    tool: `fastclahe-cli ${version}`,
    reference: 'pycocotools 2.0.11 COCOeval',
    gt: args.gt,
    dt: args.dt,
    iouType: p.iouType,
    stats: ev.stats,
    summary: ev.summary.map((l) => l.text),
    perCategory: ev.perCategory,
    perImage: ev.perImage,
    params: {
      iouThrs: p.iouThrs,
      recThrs: p.recThrs,
      maxDets: p.maxDets,
      areaRng: p.areaRng,
      areaRngLbl: p.areaRngLbl,
      useCats: p.useCats,
      images: ev.imgIds.length,
      catIds: ev.catIds,
    },
    findings: ev.findings,
    ...(args.arrays
      ? {
          counts: ev.counts,
          precision: Array.from(ev.precision),
          recall: Array.from(ev.recall),
          scores: Array.from(ev.scores),
        }
      : {}),
  };
}

async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, evalOptions);
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}' (files are given with --gt and --dt)`);
  const gtPath = stringOption(values, 'gt');
  const dtPath = stringOption(values, 'dt');
  if (!gtPath || !dtPath) throw new UsageError(`--${gtPath ? 'dt' : 'gt'} is required`);
  const iouType: IouType = choiceOption(values, 'iou-type', ['bbox', 'segm', 'keypoints'] as const) ?? 'bbox';
  const maxDets = parseMaxDets(stringOption(values, 'max-dets'));
  if (maxDets && iouType !== 'keypoints' && maxDets.length !== 3)
    throw new UsageError(
      `--max-dets needs 3 values for ${iouType} (the summary reads maxDets[0..2]); got ${maxDets.length}`,
    );
  const areas = parseAreaRng(stringOption(values, 'area-rng'), iouType);
  const perImage = numberOption(values, 'per-image', { min: 0, integer: true }) ?? 10;
  const sort = choiceOption(values, 'sort', SORT_KEYS) ?? 'ap';
  const jsonPath = stringOption(values, 'json');
  try {
    // One after the other, so that a problem with both files always names the ground truth first.
    const gt = await readJson(gtPath, 'ground-truth');
    const dt = await readJson(dtPath, 'results');
    const ev = evaluate(gt, dt, { iouType, ...(maxDets ? { maxDets } : {}), ...areas, strict: values.strict === true });
    for (const f of ev.findings) process.stderr.write(`fastclahe coco eval: ${findingLine(f)}\n`);
    process.stdout.write(report(ev, perImage, sort));
    if (jsonPath)
      await writeFile(
        jsonPath,
        JSON.stringify(jsonOutput(ev, { gt: gtPath, dt: dtPath, arrays: values.arrays === true }), null, 1) + '\n',
      );
    return 0;
  } catch (error) {
    if (error instanceof InputFileError || error instanceof CocoInputError) {
      process.stderr.write(`fastclahe coco eval: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** `fastclahe coco`: subcommands for COCO datasets; `eval` is the first. */
export const cocoCommand: Command = {
  name: 'coco',
  summary: 'COCO tools: eval = pycocotools-exact mAP, per class and per image',
  help,
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub === 'eval') return runEval(rest);
    if (sub === undefined) throw new UsageError('a subcommand is required: eval');
    throw new UsageError(`unknown subcommand '${sub}' (subcommands: eval)`);
  },
};
