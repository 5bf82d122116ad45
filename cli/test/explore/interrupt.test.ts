// Ctrl-C during `fastclahe explore`, as a process: the first SIGINT lets the images in progress
// finish and writes a complete report of what was explored, marked interrupted, exit 130; a
// second stops at once, writes no report and leaves no temporary file.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cliPath } from '../helpers/run.js';

const COUNT = 12;
let root: string;
let input: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fastclahe-explore-interrupt-'));
  input = join(root, 'input');
  mkdirSync(input);
  // Large enough that one image takes a good fraction of a second to explore (5.8 MP: about
  // 0.2 s here), so that a second signal 50 ms after the first lands while one is in progress.
  for (let i = 0; i < COUNT; i++) {
    await sharp({
      create: {
        width: 2400,
        height: 2400,
        channels: 3,
        background: { r: 40 + i, g: 90, b: 140 },
        noise: { type: 'gaussian', mean: 100, sigma: 40 },
      },
    })
      .jpeg({ quality: 80 })
      .toFile(join(input, `image-${String(i).padStart(2, '0')}.jpg`));
  }
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Starts explore on one thread and sends SIGINT once the first thumbnail is on disk, then again after `secondAfterMs`. */
async function interrupted(
  out: string,
  secondAfterMs?: number,
  extra: string[] = [],
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cliPath, 'explore', input, '--out', out, '--jobs', '1', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const thumbs = join(out, 'thumbs');
  const deadline = Date.now() + 60_000;
  while (!(existsSync(thumbs) && readdirSync(thumbs).length > 0) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGINT');
  if (secondAfterMs !== undefined) {
    await new Promise((resolve) => setTimeout(resolve, secondAfterMs));
    child.kill('SIGINT');
  }
  return { code: await closed, stderr };
}

test('first SIGINT: the images in progress finish, the report of what was explored is written, marked interrupted; exit 130', async () => {
  const out = join(root, 'once');
  const { code, stderr } = await interrupted(out);
  expect(stderr).toContain('fastclahe explore: interrupted; finishing the images in progress');
  expect(code).toBe(130);
  expect(readdirSync(out).sort()).toEqual(['report-data.js', 'report.html', 'report.json', 'thumbs']);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  const explored = report.images.length;
  expect(explored).toBeGreaterThan(0);
  expect(explored).toBeLessThan(COUNT);
  expect(report.interrupted).toEqual({ explored, of: COUNT });
  expect(report.counts.images).toBe(explored);
  expect(stderr).toContain(`interrupted, report of ${explored} of ${COUNT} images`);
  for (const image of report.images) {
    expect([image.width, image.height, image.error]).toEqual([2400, 2400, undefined]);
    expect(existsSync(join(out, image.thumb))).toBe(true);
  }
}, 120_000);

test('second SIGINT: stops at once, no report and no temporary file; exit 130', async () => {
  const out = join(root, 'twice');
  const { code } = await interrupted(out, 50);
  expect(code).toBe(130);
  expect(readdirSync(out)).toEqual(['thumbs']);
  expect(readdirSync(join(out, 'thumbs')).every((name) => /^\d{6}\.jpg$/.test(name))).toBe(true);
}, 120_000);

test('first SIGINT in a --shard run: no partial is written (merge would build a wrong report); exit 130', async () => {
  const out = join(root, 'shard');
  const { code, stderr } = await interrupted(out, undefined, ['--shard', '1/2']);
  expect(stderr).toContain('writing no partial');
  expect(code).toBe(130);
  expect(readdirSync(out)).toEqual(['thumbs']);
}, 120_000);
