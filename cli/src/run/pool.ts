// A fixed pool of worker threads, one job at a time each. Jobs are named by kind and handled by
// worker.ts; results come back by structured clone. A worker that dies (out of memory, a crash
// in native code) fails its own job with the reason and is replaced, so one file cannot stop a run.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Workers a command starts by default: two more than cores. Each worker alternates between its
 * JavaScript thread (the WebAssembly kernels, explore's measures) and a libvips thread (decode,
 * encode), so one per core leaves cores idle: on 2 cores, 100 1080p JPEGs took enhance 4.3 s with
 * 2 workers and 3.6 s with 4; 2,000 small JPEGs took explore 20.2 s with 2 and 17.4 s with 4
 * (explore now keeps two images in progress per worker and defaults to one worker per core).
 */
export const DEFAULT_JOBS = availableParallelism() + 2;

interface Pending {
  kind: string;
  payload: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Pending;
}

/** Posted by worker.ts. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; message: string };

const workerUrl = new URL('./worker.js', import.meta.url);

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  /** Starts `size` workers (at least 1). */
  constructor(readonly size: number) {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  /** Runs one job on the next free worker. */
  run<T>(kind: string, payload: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ kind, payload, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Drops queued jobs (they reject) and lets running ones finish; resolves when the workers have exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('cancelled'));
    await Promise.all(
      this.slots.map(async (slot) => {
        while (slot.job) await new Promise((r) => setTimeout(r, 10));
        await slot.worker.terminate();
      }),
    );
  }

  /** Stops every worker now; running jobs reject. */
  async terminate(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('cancelled'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl);
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      slot.job = undefined;
      if (!job) return;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.message));
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, `worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `worker exited with code ${code}`);
    });
    worker.unref();
    return slot;
  }

  private replace(slot: Slot, message: string): void {
    const job = slot.job;
    slot.job = undefined;
    job?.reject(new Error(message));
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) {
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      this.slots[index] = this.spawn();
      this.dispatch();
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ kind: job.kind, payload: job.payload });
    }
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }
}
