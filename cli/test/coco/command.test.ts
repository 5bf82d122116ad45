// `fastclahe coco eval` as a user runs it: the built CLI in a child process.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run.js';
import { referenceCases, referenceDir } from './reference.js';

const cases = new Map(referenceCases().map((c) => [c.name, c]));
const tmp = mkdtempSync(join(tmpdir(), 'fastclahe-coco-'));
const files = (name: string) => ['--gt', `${referenceDir}${name}/gt.json`, '--dt', `${referenceDir}${name}/dt.json`];

describe('fastclahe coco eval', () => {
  test('prints pycocotools summary lines exactly, a per-class table and the worst images; exit 0', async () => {
    const r = await runCli(['coco', 'eval', ...files('bbox-basic'), '--per-image', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 12)).toEqual(cases.get('bbox-basic')!.expected.summary);
    expect(r.stdout).toContain('Per category (6, sorted by ap):');
    expect(r.stdout).toMatch(/\n {2}id {2}name +gt +dt +AP +AP50 +AP75 +APs +APm +APl +AR100\n/);
    expect(r.stdout).toContain('Worst 3 images');
    expect(r.stderr).toBe('');
  });

  test('--json writes stats, perCategory, perImage, params and, with --arrays, the arrays', async () => {
    const out = join(tmp, 'segm.json');
    const r = await runCli(['coco', 'eval', ...files('segm-rle'), '--iou-type', 'segm', '--json', out, '--arrays']);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const expected = cases.get('segm-rle')!.expected;
    expect(json.stats).toEqual(expected.stats);
    expect(json.precision).toEqual(expected.precision);
    expect(json.counts).toEqual(expected.counts);
    expect(json.iouType).toBe('segm');
    expect(json.perCategory[0]).toHaveProperty('ap');
    expect(Object.keys(json.perCategory[0])).toEqual([
      'id',
      'name',
      'gt',
      'dt',
      'ap',
      'ap50',
      'ap75',
      'apSmall',
      'apMedium',
      'apLarge',
      'ar1',
      'ar10',
      'ar100',
      'arSmall',
      'arMedium',
      'arLarge',
    ]);
    expect(
      json.perImage.map((m: { id: number; tp: number; fp: number; fn: number; gt: number }) => [
        m.id,
        m.tp,
        m.fp,
        m.fn,
        m.gt,
      ]),
    ).toEqual(expected.perImage);
    expect(json.params.maxDets).toEqual([1, 10, 100]);
  });

  test('keypoints with --max-dets prints the 10 keypoint lines', async () => {
    const r = await runCli(['coco', 'eval', ...files('keypoints'), '--iou-type', 'keypoints']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 10)).toEqual(cases.get('keypoints')!.expected.summary);
  });

  test('custom --max-dets reproduces pycocotools, including stats[0] = -1 without 100', async () => {
    const r = await runCli(['coco', 'eval', ...files('bbox-maxdets'), '--max-dets', '2,5,20', '--per-image', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 12)).toEqual(cases.get('bbox-maxdets')!.expected.summary);
    expect(r.stdout).not.toContain('Worst');
  });

  test('--area-rng sets the small/medium/large ranges as pycocotools params.areaRng', async () => {
    const r = await runCli([
      'coco',
      'eval',
      ...files('bbox-arearng'),
      '--area-rng',
      '0:400,400:5000,5000:1e10',
      '--per-image',
      '0',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 12)).toEqual(cases.get('bbox-arearng')!.expected.summary);
  });

  test('findings go to stderr; --strict turns a pycocotools crash into exit 1', async () => {
    const r = await runCli(['coco', 'eval', ...files('bbox-unknown-ids'), '--per-image', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: results: 1× results for image ids not in the ground truth were dropped');
    const strict = await runCli(['coco', 'eval', ...files('bbox-unknown-ids'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('strict: pycocotools cannot evaluate these inputs: dt-unknown-image 1×');
    expect(strict.stdout).toBe('');
  });

  test('an empty results file: AP 0 and a warning, exit 0', async () => {
    const empty = join(tmp, 'empty.json');
    writeFileSync(empty, '[]');
    const r = await runCli(['coco', 'eval', '--gt', `${referenceDir}bbox-empty/gt.json`, '--dt', empty]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the results file is empty: evaluated as no detections, AP 0');
    expect(r.stdout).toContain('maxDets=100 ] = 0.000');
  });

  test('unreadable or invalid files exit 1 with a message naming the file', async () => {
    const missing = await runCli(['coco', 'eval', '--gt', join(tmp, 'nope.json'), '--dt', join(tmp, 'nope2.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the ground-truth file .*nope.json: ENOENT/);
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"images": [');
    const invalid = await runCli(['coco', 'eval', '--gt', bad, '--dt', bad]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`the ground-truth file ${bad} is not valid JSON`);
    const notCoco = join(tmp, 'list.json');
    writeFileSync(notCoco, '[1]');
    const wrong = await runCli(['coco', 'eval', '--gt', notCoco, '--dt', notCoco]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('ground truth is not a JSON object');
  });

  test('bad usage exits 2 naming the flag', async () => {
    const cases2: [string[], string][] = [
      [['coco'], 'a subcommand is required: eval'],
      [['coco', 'evaluate'], "unknown subcommand 'evaluate'"],
      [['coco', 'eval', '--dt', 'x'], '--gt is required'],
      [
        ['coco', 'eval', ...files('bbox-basic'), '--iou-type', 'mask'],
        '--iou-type must be one of bbox, segm, keypoints',
      ],
      [['coco', 'eval', ...files('bbox-basic'), '--max-dets', '1,10'], '--max-dets needs 3 values for bbox'],
      [['coco', 'eval', ...files('bbox-basic'), '--max-dets', '1,x,3'], '--max-dets must be positive integers'],
      [
        ['coco', 'eval', ...files('bbox-basic'), '--per-image', '1.5'],
        "--per-image must be an integer ≥ 0 (got '1.5')",
      ],
      [['coco', 'eval', ...files('bbox-basic'), '--sort', 'size'], '--sort must be one of'],
      [
        ['coco', 'eval', ...files('bbox-basic'), '--area-rng', '0:10,10:20'],
        '--area-rng needs 3 ranges lo:hi for small, medium, large',
      ],
    ];
    for (const [args, message] of cases2) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  test('coco --help lists eval and its options', async () => {
    const r = await runCli(['coco', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fastclahe coco eval --gt <gt.json> --dt <results.json>');
    expect(r.stdout).toContain('--iou-type <type>');
  });
});
