// `explore --coco gt.json --predictions results.json` run as a process: the evaluation in
// report.json (worked out by hand below) and the TP/FP/missed overlays and threshold in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openReport } from './reportPage.js';
import { runCli } from '../helpers/run.js';
import { makeCocoDataset } from './cocoFixture.js';

const GT = {
  images: [
    { id: 1, file_name: 'a.png', width: 200, height: 100 },
    { id: 2, file_name: 'b.png', width: 100, height: 100 },
  ],
  categories: [
    { id: 1, name: 'cat' },
    { id: 2, name: 'dog' },
  ],
  annotations: [
    { id: 1, image_id: 1, category_id: 1, bbox: [10, 10, 20, 20], area: 400, iscrowd: 0 },
    { id: 2, image_id: 1, category_id: 2, bbox: [50, 20, 150, 80], area: 12000, iscrowd: 0 },
    { id: 3, image_id: 2, category_id: 1, bbox: [10, 10, 40, 40], area: 1600, iscrowd: 0 }, // never detected
  ],
};
const RESULTS = [
  { image_id: 1, category_id: 1, bbox: [10, 10, 20, 20], score: 0.9 }, // TP (IoU 1)
  { image_id: 1, category_id: 1, bbox: [100, 0, 20, 20], score: 0.8 }, // FP
  { image_id: 1, category_id: 2, bbox: [50, 20, 150, 80], score: 0.3 }, // TP (IoU 1)
];

let tmp: string;
let files: { data: string; annotations: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let predictions: any;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-coco-dt-'));
  files = await makeCocoDataset(tmp);
  writeFileSync(join(tmp, 'gt.json'), JSON.stringify(GT));
  writeFileSync(join(tmp, 'results.json'), JSON.stringify(RESULTS));
  const result = await runCli([
    'explore',
    files.data,
    '--coco',
    join(tmp, 'gt.json'),
    '--predictions',
    join(tmp, 'results.json'),
    '--out',
    join(tmp, 'report'),
    '--quiet',
    '--jobs',
    '2',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  predictions = JSON.parse(readFileSync(join(tmp, 'report', 'report.json'), 'utf8')).coco.predictions;
  ({ browser, page, problems } = await openReport(join(tmp, 'report', 'report.html')));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('explore --predictions', () => {
  test('--iou-type segm matches masks: polygons equal to the boxes give the same evaluation as boxes', async () => {
    const ring = ([x, y, w, h]: number[]) => [[x, y, x + w, y, x + w, y + h, x, y + h]];
    const gt = { ...GT, annotations: GT.annotations.map((a) => ({ ...a, segmentation: ring(a.bbox) })) };
    // Results without bbox: the drawn box comes from the mask, as pycocotools' loadRes sets it.
    const results = RESULTS.map(({ bbox, ...r }) => ({ ...r, segmentation: ring(bbox) }));
    writeFileSync(join(tmp, 'gt-segm.json'), JSON.stringify(gt));
    writeFileSync(join(tmp, 'results-segm.json'), JSON.stringify(results));
    const out = join(tmp, 'segm');
    const run = await runCli([
      'explore',
      files.data,
      '--coco',
      join(tmp, 'gt-segm.json'),
      '--predictions',
      join(tmp, 'results-segm.json'),
      '--iou-type',
      'segm',
      '--out',
      out,
      '--quiet',
      '--jobs',
      '1',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const segm = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).coco.predictions;
    expect(segm.iouType).toBe('segm');
    expect(predictions.iouType).toBe('bbox');
    expect(segm.stats).toEqual(predictions.stats);
    expect(segm.images).toEqual(predictions.images);
    // The page's overlays (in report.html): each detection drawn with the box of its mask.
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect(page).toContain('[0,10,10,20,20,0.9,1]');
    expect(page).toContain('[0,100,0,20,20,0.8,0]');
    expect(page).toContain('[1,50,20,150,80,0.3,1]');
    const bad = await runCli([
      'explore',
      files.data,
      '--coco',
      join(tmp, 'gt.json'),
      '--iou-type',
      'keypoints',
      '--predictions',
      join(tmp, 'results.json'),
      '--out',
      join(tmp, 'bad'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--iou-type must be bbox or segm (got 'keypoints')");
  });

  test('shards merged with --coco and --predictions give the same report as one run', async () => {
    const partials = [];
    for (const k of [1, 2]) {
      expect(
        await runCli([
          'explore',
          files.data,
          '--shard',
          `${k}/2`,
          '--out',
          join(tmp, 'parts'),
          '--quiet',
          '--jobs',
          '1',
        ]),
      ).toMatchObject({ code: 0, stderr: '' });
      partials.push(join(tmp, 'parts', `partial-${k}-of-2.json`));
    }
    const merge = await runCli([
      'explore',
      'merge',
      ...partials,
      '--coco',
      join(tmp, 'gt.json'),
      '--predictions',
      join(tmp, 'results.json'),
      '--out',
      join(tmp, 'merged'),
      '--quiet',
    ]);
    expect(merge).toMatchObject({ code: 0, stderr: '' });
    for (const file of ['report.json', 'report-data.js']) {
      expect(readFileSync(join(tmp, 'merged', file), 'utf8')).toBe(readFileSync(join(tmp, 'report', file), 'utf8'));
    }
  });

  test('report.json has the evaluation', () => {
    // cat: 0.9 TP then 0.8 FP of 2 objects → precision 1 up to recall 0.5: AP 51/101 at every IoU; dog: AP 1.
    expect(predictions.file).toBe('../results.json');
    expect(predictions.results).toBe(3);
    expect(predictions.stats).toHaveLength(12);
    expect(predictions.stats[0]).toBeCloseTo(152 / 202, 12);
    expect(predictions.stats[1]).toBeCloseTo(152 / 202, 12);
    expect(predictions.perCategory.map((c: { name: string; gt: number; dt: number }) => [c.name, c.gt, c.dt])).toEqual([
      ['cat', 2, 2],
      ['dog', 1, 1],
    ]);
    expect(predictions.perCategory[0].ap).toBeCloseTo(51 / 101, 12);
    expect(predictions.perCategory[1].ap).toBeCloseTo(1, 12); // 1 / (1 + np.spacing(1)), as pycocotools
    expect(predictions.prCurves['1'].slice(49, 53).map((v: number) => Number(v.toFixed(12)))).toEqual([1, 1, 0, 0]);
    expect(predictions.summary[0]).toMatch(
      /^ Average Precision {2}\(AP\) @\[ IoU=0\.50:0\.95 \| area= {3}all \| maxDets=100 \] = 0\.752$/,
    );
    expect(
      predictions.images.map((m: { path: string; gt: number; tp: number; fp: number; fn: number }) => [
        m.path,
        m.gt,
        m.tp,
        m.fp,
        m.fn,
      ]),
    ).toEqual([
      ['b.png', 1, 0, 0, 1],
      ['a.png', 2, 2, 1, 0],
    ]);
    expect(predictions.findings).toEqual([]);
  });

  test('the page shows the summary, AP bars, PR curves and the worst images', async () => {
    expect(await page.locator('#coco-summary').textContent()).toContain('= 0.752');
    expect(await page.locator('#coco-ap rect title').allTextContents()).toEqual([
      'cat: AP 0.505, AP50 0.505',
      'dog: AP 1.000, AP50 1.000',
    ]);
    expect(await page.locator('#coco-pr polyline').count()).toBe(2);
    await page.selectOption('#coco-pr-class', '1');
    expect(await page.locator('#coco-pr polyline').count()).toBe(1);
    expect(await page.locator('#coco-worst tr td:first-child').allTextContents()).toEqual(['b.png', 'a.png']);
    expect(problems).toEqual([]);
  });

  test('overlays: GT green, missed red, TP orange, FP dashed; the threshold hides detections below it', async () => {
    const count = (name: string, cls: string) =>
      page.$$eval(
        `#grid .tile`,
        (tiles, [n, c]) => {
          const tile = tiles.find((t) => t.querySelector('.name')!.textContent === n)!;
          return Array.from(tile.querySelectorAll(`.coco-overlay .${c}`)).filter(
            (r) => (r as SVGElement).style.display !== 'none',
          ).length;
        },
        [name, cls],
      );
    expect([
      await count('a.png', 'coco-gt'),
      await count('a.png', 'coco-missed'),
      await count('a.png', 'coco-tp'),
      await count('a.png', 'coco-fp'),
    ]).toEqual([2, 0, 2, 1]);
    expect([await count('b.png', 'coco-gt'), await count('b.png', 'coco-missed')]).toEqual([0, 1]);
    expect(await page.$eval('#grid .coco-fp', (r) => getComputedStyle(r).strokeDasharray)).toMatch(/^4(px)?,? 3(px)?$/);
    await page.locator('#coco-threshold').fill('0.85');
    // the 0.8 FP and the 0.3 dog TP are hidden; the dog they matched is now missed
    expect([
      await count('a.png', 'coco-gt'),
      await count('a.png', 'coco-missed'),
      await count('a.png', 'coco-tp'),
      await count('a.png', 'coco-fp'),
    ]).toEqual([1, 1, 1, 0]);
    await page.locator('#coco-threshold').fill('0');
    expect(await count('a.png', 'coco-missed')).toBe(0);
    expect(problems).toEqual([]);
  });

  test('predictions the evaluator refuses are a finding, and --predictions needs --coco', async () => {
    writeFileSync(join(tmp, 'empty.json'), '[]');
    const out = join(tmp, 'refused');
    // the main fixture mixes number and string image ids, which pycocotools cannot sort
    const result = await runCli([
      'explore',
      files.data,
      '--coco',
      files.annotations,
      '--predictions',
      join(tmp, 'empty.json'),
      '--out',
      out,
      '--quiet',
      '--jobs',
      '2',
    ]);
    expect(result.code).toBe(0);
    const p = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).coco.predictions;
    expect(p.stats).toEqual([]);
    expect(p.findings.map((f: { code: string }) => f.code)).toEqual(['predictions-not-evaluated']);
    expect(p.findings[0].message).toMatch(/mix numbers and strings/);
    const lone = await runCli([
      'explore',
      files.data,
      '--predictions',
      join(tmp, 'results.json'),
      '--out',
      out,
      '--quiet',
    ]);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toMatch(/need --coco/);
  });
});
