// `fastclahe explore --coco` run as a process on cocoFixture.ts: every statistic and finding of
// report.json's `coco` object equals the numbers worked out by hand from the fixture.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run.js';
import { makeCocoDataset } from './cocoFixture.js';

let tmp: string;
let files: { data: string; annotations: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let coco: any;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-coco-'));
  files = await makeCocoDataset(tmp);
  const result = await runCli([
    'explore',
    files.data,
    '--coco',
    files.annotations,
    '--out',
    join(tmp, 'report'),
    '--quiet',
    '--jobs',
    '2',
  ]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  coco = JSON.parse(readFileSync(join(tmp, 'report', 'report.json'), 'utf8')).coco;
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const byName = (name: string) => coco.classes.find((c: { name: string }) => c.name === name);

describe('explore --coco statistics', () => {
  test('counts images, annotations and the objects the statistics use', () => {
    expect(coco.file).toBe('../annotations.json');
    expect(coco.images).toBe(7); // 8 entries, one a duplicate id
    expect(coco.annotations).toBe(13);
    expect(coco.objects).toBe(9);
    expect(coco.classes.map((c: { id: number; name: string }) => [c.id, c.name])).toEqual([
      [1, 'cat'],
      [2, 'dog'],
      [3, 'bird'],
    ]);
  });

  test('objects and images per class, crowd, mean box area', () => {
    expect(byName('cat')).toMatchObject({
      objects: 5,
      crowd: 1,
      images: 3,
      meanBoxArea: (400 + 5000 + 48 + 100 + 16) / 5,
    });
    expect(byName('dog')).toMatchObject({
      objects: 4,
      crowd: 0,
      images: 4,
      meanBoxArea: (12000 + 400 + 2800 + 250) / 4,
    });
    expect(byName('bird')).toMatchObject({
      objects: 0,
      images: 0,
      meanBoxArea: null,
      sizes: { small: 0, medium: 0, large: 0 },
    });
  });

  test('objects per image and images without annotations', () => {
    expect(coco.objectsPerImage.counts.slice(0, 5)).toEqual([2, 3, 0, 2, 0]);
    expect(coco.objectsPerImage.counts.reduce((a: number, b: number) => a + b, 0)).toBe(7);
    expect(coco.objectsPerImage.mean).toBe(9 / 7);
    expect(coco.objectsPerImage.max).toBe(3);
    expect(coco.imagesWithoutAnnotations).toEqual({ count: 2, examples: ['sub/c.png', 'gone/x.png'] });
  });

  test('COCO size split by the annotation area (box area where it is missing)', () => {
    expect(coco.sizes).toEqual({ small: 6, medium: 2, large: 1 });
    expect(byName('cat').sizes).toEqual({ small: 4, medium: 1, large: 0 });
    expect(byName('dog').sizes).toEqual({ small: 2, medium: 1, large: 1 });
    expect(coco.sizeRule).toMatch(/annotation "area"/);
  });

  test('box area (√(w·h)) and aspect (w/h) histograms, overall and per class', () => {
    // sides: 20, 70.7, 109.5, 20, 6.9, 10, 52.9, 15.8, 4 against edges 0 8 16 32 64 96 128 256 512 1024
    expect(coco.boxArea.edges).toEqual([0, 8, 16, 32, 64, 96, 128, 256, 512, 1024, null]);
    expect(coco.boxArea.counts).toEqual([2, 2, 2, 1, 1, 1, 0, 0, 0, 0]);
    expect(byName('cat').boxArea.counts).toEqual([2, 1, 1, 0, 1, 0, 0, 0, 0, 0]);
    // aspects: 1, 2, 1.875, 1, 1.333, 1, 0.571, 2.5, 1 against edges 0 1/8 1/4 1/2 2/3 1 3/2 2 4 8
    expect(coco.aspect.counts).toEqual([0, 0, 0, 1, 0, 5, 1, 2, 0, 0]);
    expect(byName('dog').aspect.counts).toEqual([0, 0, 0, 1, 0, 1, 1, 1, 0, 0]);
  });

  test('anchor fit with detectron2 RetinaNet anchors', () => {
    expect(coco.anchors.sizes).toHaveLength(15);
    expect(coco.anchors.sizes[1]).toBeCloseTo(40.3175, 4);
    expect(coco.anchors.ratios).toEqual([0.5, 1, 2]);
    // 20×20, 20×20, 8×6, 10×10, 4×4 and 25×10 have no anchor with IoU ≥ 0.5 (20×20 against 32×32 is 0.39).
    expect(coco.anchors.poorFit).toBe(6);
    expect(coco.anchors.share).toBe(6 / 9);
    expect(byName('cat').poorAnchorFit).toBe(4);
    expect(byName('dog').poorAnchorFit).toBe(2);
  });

  test('tiny objects (both sides ≤ 10 px) are counted and listed', () => {
    expect(coco.tiny.count).toBe(3);
    expect(coco.tiny.list).toEqual([
      { id: 5, image: 2, path: 'b.png', category: 1, bbox: [5, 5, 8, 6] },
      { id: 6, image: 2, path: 'b.png', category: 1, bbox: [1, 1, 10, 10] },
      { id: 13, image: '6', category: 1, bbox: [0, 0, 4, 4] },
    ]);
    expect(byName('cat').tiny).toBe(3);
  });

  test('every finding, with its count and examples', () => {
    const found = Object.fromEntries(
      coco.findings.map((f: { code: string; count: number; examples: unknown[] }) => [f.code, [f.count, f.examples]]),
    );
    expect(found).toEqual({
      'duplicate-category-id': [1, [2]],
      'duplicate-image-id': [1, [2]],
      'entry-without-file': [2, ['ghost.png', 'gone/x.png']],
      'size-rotated': [1, ['rot.jpg']],
      'size-mismatch': [1, ['d.png']],
      'mixed-image-id-types': [1, []],
      'missing-area': [1, [5]],
      'missing-iscrowd': [1, [6]],
      'box-outside-image': [2, [4, 11]],
      'duplicate-annotation-id': [1, [6]],
      'annotation-unknown-image': [1, [8]],
      'unknown-category': [1, [9]],
      'box-nonpositive': [1, [10]],
      'bad-bbox': [1, [12]],
      'file-without-entry': [1, ['extra.png']],
    });
    for (const f of coco.findings) expect(f.message).toMatch(/\w{4}/);
  });
});

describe('explore --coco options', () => {
  test('--anchor-sizes and --anchor-ratios replace the anchor set', async () => {
    const out = join(tmp, 'anchors');
    const result = await runCli([
      'explore',
      files.data,
      '--coco',
      files.annotations,
      '--anchor-sizes',
      '20,5',
      '--anchor-ratios',
      '1',
      '--out',
      out,
      '--quiet',
      '--jobs',
      '2',
    ]);
    expect(result.code).toBe(0);
    const anchors = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).coco.anchors;
    expect(anchors).toMatchObject({ sizes: [20, 5], ratios: [1] });
    // Fit now: 20×20 (×2, IoU 1), 10×10 (0.25 with 20², 0.25 with 5²: poor), 4×4 (0.64 with 5²).
    // 8×6: with 5×5 inter 25 / (48 + 25 − 25) = 0.52 fits; 25×10: 200 / (250 + 400 − 200) = 0.44 poor;
    // 100×50, 150×80, 40×70: poor. Poor: 10×10, 25×10, 100×50, 150×80, 40×70.
    expect(anchors.poorFit).toBe(5);
  });

  test('a file that is not JSON, a missing file and --coco with --shard are usage errors', async () => {
    writeFileSync(join(tmp, 'bad.json'), '{ nope');
    const bad = await runCli([
      'explore',
      files.data,
      '--coco',
      join(tmp, 'bad.json'),
      '--out',
      join(tmp, 'bad'),
      '--quiet',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/is not JSON/);
    const missing = await runCli([
      'explore',
      files.data,
      '--coco',
      join(tmp, 'none.json'),
      '--out',
      join(tmp, 'bad'),
      '--quiet',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read --coco/);
    const shard = await runCli([
      'explore',
      files.data,
      '--coco',
      files.annotations,
      '--shard',
      '1/2',
      '--out',
      join(tmp, 'bad'),
      '--quiet',
    ]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--coco goes with `explore merge` when sharding');
  });

  test('shards explored without --coco and merged with it give the same report as one run with --coco', async () => {
    for (const k of [1, 2]) {
      const part = await runCli([
        'explore',
        files.data,
        '--shard',
        `${k}/2`,
        '--out',
        join(tmp, `part${k}`),
        '--quiet',
        '--jobs',
        '1',
      ]);
      expect(part).toMatchObject({ code: 0, stderr: '' });
    }
    const partials = [2, 1].map((k) => join(tmp, `part${k}`, `partial-${k}-of-2.json`));
    const merge = await runCli([
      'explore',
      'merge',
      ...partials,
      '--coco',
      files.annotations,
      '--out',
      join(tmp, 'merged'),
      '--quiet',
    ]);
    expect(merge).toMatchObject({ code: 0, stderr: '' });
    for (const file of ['report.json', 'report-data.js', 'report.html']) {
      expect(readFileSync(join(tmp, 'merged', file), 'utf8')).toBe(readFileSync(join(tmp, 'report', file), 'utf8'));
    }
    const wrongAnchors = await runCli([
      'explore',
      'merge',
      ...partials,
      '--anchor-sizes',
      '32',
      '--out',
      join(tmp, 'bad'),
      '--quiet',
    ]);
    expect(wrongAnchors.code).toBe(2);
    expect(wrongAnchors.stderr).toContain('need --coco');
  });

  test('a JSON file that is not COCO is findings, not a crash', async () => {
    writeFileSync(join(tmp, 'list.json'), '[1, 2]');
    const out = join(tmp, 'list');
    const result = await runCli([
      'explore',
      files.data,
      '--coco',
      join(tmp, 'list.json'),
      '--out',
      out,
      '--quiet',
      '--jobs',
      '2',
    ]);
    expect(result.code).toBe(0);
    const c = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).coco;
    expect(c.objects).toBe(0);
    expect(c.findings.map((f: { code: string }) => f.code)).toEqual(['missing-array', 'file-without-entry']);
    expect(c.findings[1].count).toBe(6);
  });

  test('an entry without width/height is missing-size, not a size mismatch; its boxes are checked against the decoded size', async () => {
    const sizeless = {
      images: [{ id: 1, file_name: 'a.png' }],
      categories: [{ id: 1, name: 'x' }],
      annotations: [{ id: 1, image_id: 1, category_id: 1, bbox: [190, 0, 20, 10], area: 200, iscrowd: 0 }],
    };
    writeFileSync(join(tmp, 'sizeless.json'), JSON.stringify(sizeless));
    const out = join(tmp, 'sizeless');
    expect(
      (
        await runCli([
          'explore',
          files.data,
          '--coco',
          join(tmp, 'sizeless.json'),
          '--out',
          out,
          '--quiet',
          '--jobs',
          '2',
        ])
      ).code,
    ).toBe(0);
    const c = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).coco;
    expect(
      c.findings.map((f: { code: string; count: number; examples: unknown[] }) => [f.code, f.count, f.examples[0]]),
    ).toEqual([
      ['missing-size', 1, 'a.png'],
      ['box-outside-image', 1, 1],
      ['file-without-entry', 5, 'b.png'],
    ]);
  });
});
