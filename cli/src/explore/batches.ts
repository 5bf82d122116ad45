// explore hands images to the worker pool in small batches: between two jobs a worker waits for
// the main thread to take the record and send the next job, and on busy cores that round trip
// cost about as much as measuring a 320×240 image (5,000 of them with --jobs 2: 16.9–22.0 s in
// batches of 8 against 20.5–25.2 s one by one, three alternated runs).
import type { AnalyseJob, ImageRecord } from './analyseImage.js';

/** What a batch needs of the pool (WorkerPool). */
export interface JobRunner {
  run<T>(kind: string, payload: unknown): Promise<T>;
}

/** The most images per job. */
export const MAX_BATCH = 8;

/**
 * Images per job: up to MAX_BATCH, but small enough that every worker gets at least eight
 * batches (so that the last ones finish together): one at a time for small folders.
 */
export function batchSizeFor(images: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(images / (workers * 8))));
}

/**
 * The records of a batch, in its order. When the batch fails as a whole (its worker died: out of
 * memory, a crash in native code), its files are run again one by one, so that only the file at
 * fault becomes an unreadable row, as when every file was its own job.
 */
export async function analyseBatch(pool: JobRunner, batch: AnalyseJob[]): Promise<ImageRecord[]> {
  try {
    return await pool.run<ImageRecord[]>('explore', batch);
  } catch (error) {
    if (batch.length === 1) return [unreadable(batch[0]!, error)];
    const records: ImageRecord[] = [];
    for (const job of batch)
      records.push(
        await pool.run<ImageRecord[]>('explore', [job]).then(
          (one) => one[0]!,
          (failure: unknown) => unreadable(job, failure),
        ),
      );
    return records;
  }
}

function unreadable(job: AnalyseJob, error: unknown): ImageRecord {
  return {
    path: job.path,
    index: job.index,
    issues: ['unreadable'],
    error: error instanceof Error ? error.message : String(error),
  };
}
