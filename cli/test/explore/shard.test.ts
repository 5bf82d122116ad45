// --shard k/n and `explore merge`: the merged report is byte-identical to a single run's.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeDataset } from '../../scripts/make-explore-sample.mjs';
import { runCli } from '../helpers/run.js';

let tmp: string;
let data: string;
const read = (dir: string, file: string) => readFileSync(join(tmp, dir, file), 'utf8');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explore-shard-'));
  data = join(tmp, 'data');
  await makeDataset(data);
  const runs = [
    runCli(['explore', data, '--out', join(tmp, 'single'), '--quiet']),
    // Three machines, each with its own folder, as an indexed job array would run them.
    ...[1, 2, 3].map((k) =>
      runCli(['explore', data, '--out', join(tmp, `part${k}`), '--shard', `${k}/3`, '--jobs', '1', '--quiet']),
    ),
  ];
  for (const result of await Promise.all(runs)) expect(result).toMatchObject({ code: 0, stderr: '' });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('explore --shard and explore merge', () => {
  test('each shard takes every third image, and only it', () => {
    const partials = [1, 2, 3].map((k) => JSON.parse(read(`part${k}`, `partial-${k}-of-3.json`)));
    const indices = partials.map((p) => p.images.map((r: { index: number }) => r.index));
    expect(indices[0].every((i: number) => i % 3 === 0)).toBe(true);
    expect(indices[1].every((i: number) => i % 3 === 1)).toBe(true);
    expect(indices.flat().sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 34 }, (_, i) => i));
    expect(readdirSync(join(tmp, 'part1')).sort()).toEqual(['partial-1-of-3.json', 'thumbs']);
  });

  test('merging the partials gives the same report.json, report-data.js and report.html as one run, and the same thumbnails', async () => {
    const merge = await runCli([
      'explore',
      'merge',
      ...[3, 1, 2].map((k) => join(tmp, `part${k}`, `partial-${k}-of-3.json`)),
      '--out',
      join(tmp, 'merged'),
    ]);
    expect(merge.code).toBe(0);
    expect(merge.stderr).toContain('fastclahe explore: 34 images (7 unreadable)');
    expect(read('merged', 'report.json')).toBe(read('single', 'report.json'));
    expect(read('merged', 'report.html')).toBe(read('single', 'report.html'));
    expect(read('merged', 'report-data.js')).toBe(read('single', 'report-data.js'));
    // The records' temporary file is gone.
    expect(readdirSync(join(tmp, 'merged')).sort()).toEqual(['report-data.js', 'report.html', 'report.json', 'thumbs']);
    expect(readdirSync(join(tmp, 'single')).sort()).toEqual(['report-data.js', 'report.html', 'report.json', 'thumbs']);
    const thumbs = readdirSync(join(tmp, 'single', 'thumbs')).sort();
    // Every thumbnail and preview file the report names (originals shown as they are name none).
    const named = JSON.parse(read('single', 'report.json')).images.flatMap((r: { thumb?: string; preview?: string }) =>
      [r.thumb, r.preview].filter(Boolean).map((f) => f!.slice(7)),
    );
    expect(named.length).toBeGreaterThan(6);
    expect(thumbs).toEqual(named.sort());
    expect(readdirSync(join(tmp, 'merged', 'thumbs')).sort()).toEqual(thumbs);
  });

  test('a missing or repeated shard is bad usage', async () => {
    const part = (k: number) => join(tmp, `part${k}`, `partial-${k}-of-3.json`);
    const missing = await runCli(['explore', 'merge', part(1), part(3), '--out', join(tmp, 'bad')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing shard 2/3');
    const twice = await runCli(['explore', 'merge', part(1), part(1), part(2), part(3), '--out', join(tmp, 'bad')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('shard 1/3 is given twice');
    const notPartial = await runCli([
      'explore',
      'merge',
      join(tmp, 'single', 'report.json'),
      '--out',
      join(tmp, 'bad'),
    ]);
    expect(notPartial.code).toBe(2);
    expect(notPartial.stderr).toContain('is not a partial report of fastclahe explore --shard');
    // A shard written by another version of the tool.
    const older = join(tmp, 'older-partial-2-of-3.json');
    writeFileSync(older, JSON.stringify({ ...JSON.parse(readFileSync(part(2), 'utf8')), version: '0.0.1' }));
    const mixed = await runCli(['explore', 'merge', part(1), older, part(3), '--out', join(tmp, 'bad')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/written by different versions of fastclahe \(\d+\.\d+\.\d+ and 0\.0\.1\)/);
  });
});
