// What the calling thread posts to each worker of fastclahe/parallel and what a worker answers,
// and the layout of the shared control words they coordinate through. One task runs on every
// worker at once; workers claim its chunks with Atomics.add on shared counters, so a faster
// core simply claims more of them (the two vCPUs of our bench host change speed independently:
// a static half split gained only 1.08×).
import type { ClahePlan } from '../clahePlan.js';
import type { Conversion, LightnessChannel, Pixels } from '../kernels.js';

/** Indices into a task's shared Int32Array of control words. */
export const CONTROL = {
  /** Next chunk (or CLAHE tile row) of phase A to claim. */
  nextA: 0,
  /** Next chunk of phase B to claim. */
  nextB: 1,
  /** Input the calling thread has copied in so far: CLAHE rows, or chunks of the other tasks. */
  ready: 2,
  /** Non-zero once any worker failed: every waiting worker gives up. */
  abort: 3,
  /** Workers done with phase A (equalizeHist: counting); the last one builds the table. */
  arrived: 4,
  /** equalizeHist: 1 once the shared table is built. */
  tableReady: 5,
  /** CLAHE: from here on, one word per tile row, 1 once that row's LUTs are in `tables`. */
  lutRows: 6,
} as const;

/** The part of a task that says what to compute. */
export type Job =
  | { kind: 'clahe'; plan: ClahePlan; chunkRows: number; luminance?: LightnessChannel }
  | { kind: 'equalizeHist'; chunkPixels: number; levels: number; luminance?: LightnessChannel }
  | {
      kind: 'convert';
      kernel: Conversion | 'rgbToYCrCb16' | 'yCrCbToRgb16';
      channels: number;
      bgr: boolean;
      chunkPixels: number;
    }
  | { kind: 'histogram'; channels: number; selected: number[]; levels: number; chunkPixels: number };

/** A job with its shared buffers, as posted to every worker. */
export interface Task {
  job: Job;
  /** How many workers run this task (equalizeHist's barrier counts them). */
  workers: number;
  control: Int32Array;
  /**
   * The pixels (on a SharedArrayBuffer): a copy the calling thread fills while workers start, or
   * the caller's own array when it is on a SharedArrayBuffer already.
   */
  src: Pixels;
  /**
   * Where results go: a second buffer for CLAHE, `src` itself for the per-pixel tasks on a copy,
   * or the caller's own output when it is on a SharedArrayBuffer (nothing to copy out then).
   */
  dst: Pixels;
  /** histogram: the mask, one byte per pixel, if any. */
  mask?: Uint8Array;
  /** One word per chunk of the result, set to 1 once written to `dst`, so the calling thread can copy it out meanwhile. */
  done: Int32Array;
  /** CLAHE: every tile row's LUTs; equalizeHist: the summed counts, then the table. */
  tables?: Uint8Array | Uint32Array;
}

/** A worker's answer to a task: done (with its counts, for histogram), or why not. */
export type Reply = { ok: true; bins?: Uint32Array } | { ok: false; message: string };

/** Number of chunks a task of `pixels` pixels splits into (per-pixel tasks). */
export function chunkCount(pixels: number, chunkPixels: number): number {
  return Math.ceil(pixels / chunkPixels);
}

/** The chunks of the result, each [start, end) in array elements: CLAHE's strips, the other tasks' chunks. */
export function resultChunks(job: Job, length: number): Array<[number, number]> {
  const unit = (job.kind === 'clahe' ? job.chunkRows * job.plan.width : job.chunkPixels) * channelsOf(job);
  return Array.from({ length: Math.ceil(length / unit) }, (_, c) => [c * unit, Math.min(length, (c + 1) * unit)]);
}

/** Values per pixel of the task's pixels. */
export function channelsOf(job: Job): number {
  if (job.kind === 'convert' || job.kind === 'histogram') return job.channels;
  return job.luminance?.channels ?? 1;
}

/** Marks result chunk `c` written (see Task.done). */
export function finished(task: Task, c: number): void {
  Atomics.store(task.done, c, 1);
  Atomics.notify(task.done, c);
}

/** Tells every worker of a task to stop waiting: one of them failed. */
export function abort(control: Int32Array): void {
  Atomics.store(control, CONTROL.abort, 1);
  for (let index = 0; index < control.length; index++) Atomics.notify(control, index);
}
