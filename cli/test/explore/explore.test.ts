// `fastclahe explore` on a generated folder with every issue and every hostile file, run as a process.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeDataset } from '../../scripts/make-explore-sample.mjs';
import { cliPath, runCli, type CliResult } from '../helpers/run.js';

interface Row {
  path: string;
  width?: number;
  height?: number;
  format?: string;
  issues: string[];
  error?: string;
  channels?: number;
  bitDepth?: number;
  isPalette?: boolean;
  hasAlpha?: boolean;
  fileBytes?: number;
  histogram?: number[];
  brightness?: { mean: number; std: number; percentiles: Record<string, number> };
  thumb?: string;
  thumbIsOriginal?: boolean;
  preview?: string;
  exactHash?: string;
  phash?: string;
}

let tmp: string;
let data: string;
let out: string;
let run: CliResult;
let report: {
  images: Row[];
  duplicates: { type: string; paths: string[] }[];
  problems: { path: string; error: string }[];
  counts: Record<string, unknown>;
  summary: Record<string, any>;
  root: string;
};
const row = (path: string) => {
  const found = report.images.find((r) => r.path === path);
  if (!found) throw new Error(`${path} is not in the report`);
  return found;
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-test-'));
  data = join(tmp, 'data');
  out = join(tmp, 'report');
  await makeDataset(data);
  run = await runCli(['explore', data, '--out', out, '--jobs', '2']);
  report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fastclahe explore', () => {
  test('writes report.json and report.html and exits 0, whatever it found', () => {
    expect(run.stderr).toContain('fastclahe explore: 34 images (7 unreadable)');
    expect(run.code).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect(report.root).toBe('../data');
  });

  test('lists every image file once, in path order, and counts the other files', () => {
    const paths = report.images.map((r) => r.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(34);
    expect(paths).not.toContain('README.txt');
    expect(paths).toContain('sub/photo-9.png');
    expect(report.counts).toMatchObject({
      files: 35,
      images: 34,
      readable: 27,
      unreadable: 7,
      nonImageFiles: 1,
      problems: 1,
    });
  });

  test.each([
    ['dark.png', ['dark']],
    ['light.png', ['light']],
    ['flat.png', ['low-information']],
    ['blurry.png', ['blurry']],
    ['gray-as-rgb.png', ['grayscale']],
    ['sub/gray-one-channel.png', ['grayscale']],
    ['panorama.jpg', ['odd-aspect-ratio', 'odd-size']],
    ['large.jpg', ['odd-size']],
    ['twin-a.png', ['exact-duplicate']],
    ['sub/twin-b.png', ['exact-duplicate']],
    ['near-a.png', ['near-duplicate']],
    ['near-b.jpg', ['near-duplicate']],
    ['photo-0.jpg', []],
    ['sub/photo-8.png', []],
    ['rotated.jpg', []],
    ['cmyk.jpg', []],
    ['deep-16bit.png', []],
    ['palette.png', []],
    ['alpha.png', []],
  ])('%s has issues %j', (path, issues) => {
    expect(row(path).issues).toEqual(issues);
    expect(row(path).error).toBeUndefined();
  });

  test.each([
    ['truncated.jpg', /^truncated or corrupt file \(the decoder found damaged or missing data\)$/],
    ['garbled.png', /^not an image sharp can decode/],
    ['empty.jpg', /^empty file \(0 bytes\)$/],
    ['notes-not-an-image.jpg', /^not an image sharp can decode/],
    ['bomb.png', /^100000×100000 is 10000000000 pixels, above the limit of 268435456/],
    ['animated.gif', /^gif with 2 frames or pages/],
    ['broken-link.png', /^broken symbolic link/],
  ])('%s is an unreadable row with the reason', (path, reason) => {
    const r = row(path);
    expect(r.issues).toEqual(['unreadable']);
    expect(r.error).toMatch(reason);
    expect(r.width).toBeUndefined();
  });

  test('a symbolic link loop is a folder problem, walked once', () => {
    expect(report.problems).toEqual([{ path: 'sub/loop', error: expect.stringMatching(/symbolic link loop/) }]);
    expect(report.images.filter((r) => r.path.startsWith('sub/loop/'))).toEqual([]);
  });

  test('sizes are as displayed (EXIF orientation applied); channels, depth, palette and alpha as stored', () => {
    expect(row('rotated.jpg')).toMatchObject({ width: 90, height: 120, format: 'jpeg', channels: 3 });
    expect(row('panorama.jpg')).toMatchObject({ width: 300, height: 60 });
    expect(row('cmyk.jpg')).toMatchObject({ channels: 3, bitDepth: 8, format: 'jpeg' });
    expect(row('deep-16bit.png')).toMatchObject({ channels: 3, bitDepth: 16, format: 'png' });
    expect(row('palette.png')).toMatchObject({ isPalette: true, channels: 3 });
    expect(row('alpha.png')).toMatchObject({ channels: 4, hasAlpha: true });
    expect(row('sub/gray-one-channel.png')).toMatchObject({ channels: 1, hasAlpha: false });
  });

  test('duplicate groups: identical pixels in different bytes (exact), a JPEG of a PNG (near)', () => {
    expect(readFileSync(join(data, 'twin-a.png')).equals(readFileSync(join(data, 'sub/twin-b.png')))).toBe(false);
    expect(report.duplicates).toEqual([
      { type: 'exact', paths: ['sub/twin-b.png', 'twin-a.png'] },
      { type: 'near', paths: ['near-a.png', 'near-b.jpg'] },
    ]);
    expect(row('near-a.png').exactHash).not.toBe(row('near-b.jpg').exactHash);
    expect(row('near-a.png').phash).toBe(row('near-b.jpg').phash);
  });

  test('per-image extras: file size, 256-bin histogram of every pixel, ordered brightness percentiles', () => {
    for (const r of report.images) {
      expect(r.fileBytes, r.path).toBe(r.path === 'broken-link.png' ? undefined : statSync(join(data, r.path)).size);
      if (r.error) continue;
      expect(r.histogram).toHaveLength(256);
      expect(r.histogram!.reduce((a, b) => a + b, 0)).toBe(r.width! * r.height!);
      const p = Object.values(r.brightness!.percentiles);
      expect(p).toEqual([...p].sort((a, b) => a - b));
      expect(r.brightness!.mean).toBeGreaterThanOrEqual(p[0]!);
    }
    expect(row('dark.png').brightness!.percentiles['99']).toBeLessThan(0.32);
    expect(row('flat.png').histogram!.filter((n) => n > 0)).toEqual([120 * 90]);
  });

  test('thumbnails (--thumbs auto): small upright 8-bit JPEG/PNG/WebP/GIF originals are their own thumbnails, others get a JPEG (WebP with alpha) ≤ 256 px', async () => {
    for (const r of report.images) {
      if (r.error) {
        expect(r.thumb).toBeUndefined();
        expect(r.thumbIsOriginal).toBeUndefined();
        continue;
      }
      if (r.thumbIsOriginal) {
        expect(r.thumb, r.path).toBeUndefined();
        expect(['jpeg', 'png', 'webp', 'gif'], r.path).toContain(r.format);
        expect(r.bitDepth, r.path).toBe(8);
        expect(Math.max(r.width!, r.height!), r.path).toBeLessThanOrEqual(512);
        continue;
      }
      const meta = await sharp(join(out, r.thumb!)).metadata();
      expect(meta.format).toBe(r.hasAlpha ? 'webp' : 'jpeg');
      expect(Math.max(meta.width!, meta.height!)).toBe(Math.min(256, Math.max(r.width!, r.height!)));
    }
    expect(row('photo-0.jpg').thumbIsOriginal).toBe(true);
    expect(row('dark.png').thumbIsOriginal).toBe(true);
    // Too large, EXIF-rotated, CMYK, 16-bit: a thumbnail is written.
    for (const path of ['large.jpg', 'rotated.jpg', 'cmyk.jpg', 'deep-16bit.png'])
      expect(row(path).thumb, path).toMatch(/^thumbs\/\d{6}\.jpg$/);
    const thumbs = report.images.filter((r) => r.thumb).length;
    expect(thumbs).toBeGreaterThanOrEqual(4);
    expect(thumbs).toBeLessThan(report.counts.readable as number);
  });

  test('CLAHE previews for dark and light images, also when the original is the thumbnail', async () => {
    expect(row('dark.png').preview).toMatch(/^thumbs\/\d{6}-clahe\.jpg$/);
    expect(row('light.png').preview).toBeDefined();
    expect(row('photo-0.jpg').preview).toBeUndefined();
    // The preview is brighter than the dark original: CLAHE stretched it.
    const mean = async (file: string) => (await sharp(file).stats()).channels[0]!.mean;
    expect(await mean(join(out, row('dark.png').preview!))).toBeGreaterThan((await mean(join(data, 'dark.png'))) + 30);
  });

  test('--thumbs all writes a thumbnail for every readable image', async () => {
    const all = join(tmp, 'thumbs-all');
    expect(await runCli(['explore', data, '--out', all, '--thumbs', 'all', '--quiet'])).toMatchObject({ code: 0 });
    const images = (JSON.parse(readFileSync(join(all, 'report.json'), 'utf8')) as typeof report).images;
    for (const r of images) {
      expect(r.thumbIsOriginal, r.path).toBeUndefined();
      if (r.error) continue;
      const meta = await sharp(join(all, r.thumb!)).metadata();
      expect(meta.format).toBe(r.hasAlpha ? 'webp' : 'jpeg');
      expect(Math.max(meta.width!, meta.height!)).toBe(Math.min(256, Math.max(r.width!, r.height!)));
    }
    expect(images.find((r) => r.path === 'dark.png')!.preview).toMatch(/^thumbs\/\d{6}-clahe\.jpg$/);
  });

  test('dataset summary: regime, resize target and padding, tiling, brightness distribution, odd-size bounds', () => {
    const s = report.summary;
    expect(s.regime.name).toBe('uniform');
    expect(s.resize).toMatchObject({ target: 128, downscaled: 2, upscaled: 25 });
    expect(s.tiling.paths).toEqual([]);
    expect(s.brightness.counts.reduce((a: number, b: number) => a + b, 0)).toBe(27);
    expect(s.oddSize).toMatchObject({
      q1: Math.sqrt(120) * Math.sqrt(90),
      q3: Math.sqrt(120) * Math.sqrt(90),
      threshold: 1,
    });
    expect(s.commonSizes[0]).toEqual({ width: 120, height: 90, count: 24 }); // 27 less the rotated, panorama and large
  });

  test('--max-pixels refuses larger images before decoding them', async () => {
    const small = join(tmp, 'small-limit');
    const result = await runCli(['explore', data, '--out', small, '--max-pixels', '10000', '--quiet']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const limited = JSON.parse(readFileSync(join(small, 'report.json'), 'utf8')) as typeof report;
    const large = limited.images.find((r) => r.path === 'large.jpg')!;
    expect(large).toMatchObject({
      issues: ['unreadable'],
      error: expect.stringMatching(/^960×720 is 691200 pixels, above the limit of 10000/),
    });
  });
});

test('a report folder inside the explored folder is not explored itself, even on a second run', async () => {
  const folder = join(tmp, 'inside');
  mkdirSync(folder);
  copyFileSync(join(data, 'photo-0.jpg'), join(folder, 'photo-0.jpg'));
  for (let run = 0; run < 2; run++)
    expect((await runCli(['explore', folder, '--out', join(folder, 'report'), '--quiet'])).code).toBe(0);
  const inside = JSON.parse(readFileSync(join(folder, 'report', 'report.json'), 'utf8')) as typeof report;
  expect(inside.images.map((r) => r.path)).toEqual(['photo-0.jpg']);
  expect(inside.root).toBe('..');
});

test.runIf(existsSync('/usr/bin/script'))('on a terminal a progress bar shows images done, rate and ETA', () => {
  // script(1) gives the command a pseudo-terminal, as an interactive shell would. 33 files are
  // decoded: the broken link is known unreadable without one.
  const command = `'${process.execPath}' '${cliPath}' explore '${data}' --out '${join(tmp, 'tty')}' --jobs 1`;
  const result = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the progress bar's ANSI escape is what is tested.
  expect(result.stdout).toMatch(/\r\x1b\[2K[█░]{24} 33\/33 images {2}[\d.]+\/s {2}ETA 0 s/);
  expect(result.stdout).toContain('fastclahe explore: 34 images (7 unreadable)');
});

describe('fastclahe explore: bad usage exits 2', () => {
  test.each([
    [['explore'], 'no folder to explore given'],
    [['explore', '.'], '--out <dir> is required'],
    [['explore', 'a', 'b', '--out', 'x'], 'one folder to explore, got 2'],
    [['explore', '/no/such/folder', '--out', '/tmp/x'], 'is not a folder'],
    [['explore', '.', '--out', '/tmp/x', '--shard', '4/3'], "--shard must be k/n with 1 ≤ k ≤ n, like 3/8 (got '4/3')"],
    [
      ['explore', '.', '--out', '/tmp/x', '--thumbs-size', '3'],
      'unknown option --thumbs-size (did you mean --thumb-size?)',
    ],
    [['explore', '.', '--out', '/tmp/x', '--thumbs', 'some'], "--thumbs must be auto or all (got 'some')"],
    [['explore', 'merge', '--out', '/tmp/x'], 'no partial reports given'],
  ])('%j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
