// explore's batches of images per worker job: their size, and a batch whose worker dies.
import { describe, expect, test } from 'vitest';
import type { AnalyseJob, ImageRecord } from '../../src/explore/analyseImage.js';
import { analyseBatch, batchSizeFor, MAX_BATCH, type JobRunner } from '../../src/explore/batches.js';

const job = (index: number): AnalyseJob => ({
  file: `/data/${index}.jpg`,
  path: `${index}.jpg`,
  index,
  thumbsDir: '/out/thumbs',
  thumbSize: 256,
  thumbs: 'auto',
  maxPixels: 1e6,
});

/** A pool whose worker "dies" on any job that holds image 3; calls are recorded. */
function fakePool(): JobRunner & { calls: number[][] } {
  const calls: number[][] = [];
  return {
    calls,
    run<T>(_kind: string, payload: unknown): Promise<T> {
      const jobs = payload as AnalyseJob[];
      calls.push(jobs.map((j) => j.index));
      if (jobs.some((j) => j.index === 3)) return Promise.reject(new Error('the worker stopped (exit code 134)'));
      const records: ImageRecord[] = jobs.map((j) => ({ path: j.path, index: j.index, issues: [] }));
      return Promise.resolve(records as T);
    },
  };
}

describe('explore batches', () => {
  test('batch size: one at a time for small folders, at most MAX_BATCH, eight batches per worker', () => {
    expect(batchSizeFor(34, 4)).toBe(1);
    expect(batchSizeFor(34, 2)).toBe(2);
    expect(batchSizeFor(5000, 2)).toBe(MAX_BATCH);
    expect(batchSizeFor(1, 1)).toBe(1);
    for (const [images, workers] of [
      [100, 2],
      [1000, 4],
      [64, 1],
    ] as const)
      expect(Math.ceil(images / batchSizeFor(images, workers))).toBeGreaterThanOrEqual(workers * 8);
  });

  test('a batch that succeeds is one job, its records in order', async () => {
    const pool = fakePool();
    const records = await analyseBatch(pool, [job(0), job(1), job(2)]);
    expect(records.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(pool.calls).toEqual([[0, 1, 2]]);
  });

  test('a batch whose worker dies is run again file by file: only the file at fault is unreadable', async () => {
    const pool = fakePool();
    const records = await analyseBatch(pool, [job(2), job(3), job(4)]);
    expect(records).toEqual([
      { path: '2.jpg', index: 2, issues: [] },
      { path: '3.jpg', index: 3, issues: ['unreadable'], error: 'the worker stopped (exit code 134)' },
      { path: '4.jpg', index: 4, issues: [] },
    ]);
    expect(pool.calls).toEqual([[2, 3, 4], [2], [3], [4]]);
  });

  test('a single file whose worker dies is unreadable without a retry', async () => {
    const pool = fakePool();
    expect(await analyseBatch(pool, [job(3)])).toEqual([
      { path: '3.jpg', index: 3, issues: ['unreadable'], error: 'the worker stopped (exit code 134)' },
    ]);
    expect(pool.calls).toEqual([[3]]);
  });
});
