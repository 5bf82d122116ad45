// The calling thread's side of fastclahe/parallel. The public operations of src/operations.ts
// run unchanged (same reading, validation, messages and result allocation) over `splitKernels`,
// which runs small or unsupported calls right away with the WebAssembly kernels, exactly as the
// synchronous functions do, and records large ones as a Split to run on the workers.
import type { ClahePlan } from '../clahePlan.js';
import { TooLarge, type Kernels, type Pixels } from '../kernels.js';
import { wasmKernels } from '../wasm/wasmKernels.js';
import { dispatch, type Pool } from './pool.js';
import { CONTROL, channelsOf, chunkCount, resultChunks, type Job, type Reply, type Task } from './protocol.js';

/**
 * Below these many pixels a call runs on the calling thread. A split call costs about 1 ms more
 * in all (posting, waking workers, a barrier, copies through shared memory), which CLAHE and the
 * conversions (2–8 ns a pixel) earn back from about 1 MP, and equalizeHist and histogram
 * (about 1.5 ns a pixel) only from a few MP: benchmarks/parallel.mjs measured equalizeHist split
 * at 0.67× one thread at 1 MP, 0.79× at 2 MP and 1.56× at 8 MP, CLAHE 1.31× at 1 MP.
 */
export const THRESHOLDS = { clahe: 2 ** 20, conversions: 2 ** 20, equalizeHist: 2 ** 22, histogram: 2 ** 22 } as const;
/** Larger images run on the calling thread in strips (4 GiB and beyond), not in a shared buffer. */
const MAX_SHARED_BYTES = 2 ** 30;
/** About 256 KiB of input per chunk: 30 to 130 chunks on a 4K image, so the faster core takes more. */
const CHUNK_BYTES = 2 ** 18;

/** A large call recorded for the workers: the job and the caller's arrays it reads and fills. */
export interface Split {
  job: Job;
  src: Pixels;
  /** Filled with the result: the output image's pixels. */
  dst?: Pixels;
  mask?: Uint8Array;
  /** histogram: filled with the counts. */
  bins?: Uint32Array;
  /** Does the same on the calling thread with the WebAssembly kernels (should the workers fail), reading `from`'s arrays. */
  fallback: (from: Split) => void;
}

/** The split reading its own copy of the input and mask, for a call that must wait its turn. */
export function withOwnInput(split: Split): Split {
  return { ...split, src: split.src.slice(), ...(split.mask ? { mask: split.mask.slice() } : {}) };
}

/** Kernels that run `wasmKernels` on the spot, or record the call in `split` if `pool` should run it. */
export function splitKernels(pool: Pool | undefined): { kernels: Kernels; split?: Split } {
  const recorder: { kernels: Kernels; split?: Split } = { kernels: wasmKernels };
  const large = (src: Pixels) => pool !== undefined && src.byteLength <= MAX_SHARED_BYTES;
  const pixelsPerChunk = (src: Pixels, channels: number, levels: number) =>
    Math.max(Math.floor(CHUNK_BYTES / (channels * src.BYTES_PER_ELEMENT)), 4 * levels);
  recorder.kernels = {
    ...wasmKernels,
    histogram(src, mask, bins) {
      if (!large(src) || src.length < THRESHOLDS.histogram) return wasmKernels.histogram(src, mask, bins);
      const chunkPixels = pixelsPerChunk(src, 1, bins.length);
      recorder.split = {
        job: { kind: 'histogram', channels: 1, selected: [0], levels: bins.length, chunkPixels },
        src,
        mask,
        bins,
        fallback: (from) => wasmKernels.histogram(from.src, from.mask, bins),
      };
    },
    channelHistograms(src, channels, selected, mask, bins) {
      if (!large(src) || src.length / channels < THRESHOLDS.histogram)
        return wasmKernels.channelHistograms(src, channels, selected, mask, bins);
      const levels = bins.length / selected.length;
      const chunkPixels = pixelsPerChunk(src, channels, levels);
      recorder.split = {
        job: { kind: 'histogram', channels, selected: [...selected], levels, chunkPixels },
        src,
        mask,
        bins,
        fallback: (from) => wasmKernels.channelHistograms(from.src, channels, selected, from.mask, bins),
      };
    },
    equalizeHist(src, dst, bitDepth, luminance) {
      const channels = luminance?.channels ?? 1;
      if (!large(src) || src.length / channels < THRESHOLDS.equalizeHist)
        return wasmKernels.equalizeHist(src, dst, bitDepth, luminance);
      const levels = 2 ** bitDepth;
      const chunkPixels = pixelsPerChunk(src, channels, levels);
      recorder.split = {
        job: { kind: 'equalizeHist', chunkPixels, levels, ...(luminance ? { luminance } : {}) },
        src,
        dst,
        fallback: (from) => wasmKernels.equalizeHist(from.src, dst, bitDepth, luminance),
      };
    },
    clahe(src, dst, plan, luminance) {
      const channels = luminance?.channels ?? 1;
      if (!large(src) || src.length / channels < THRESHOLDS.clahe) return wasmKernels.clahe(src, dst, plan, luminance);
      const chunkRows = Math.max(1, Math.ceil(CHUNK_BYTES / (plan.width * channels * src.BYTES_PER_ELEMENT)));
      recorder.split = {
        job: { kind: 'clahe', plan, chunkRows, ...(luminance ? { luminance } : {}) },
        src,
        dst,
        fallback: (from) => wasmKernels.clahe(from.src, dst, plan, luminance),
      };
    },
    convert(conversion, src, dst, layout) {
      const { channels, bgr } = layout;
      if (!large(src) || src.length / channels < THRESHOLDS.conversions)
        return wasmKernels.convert(conversion, src, dst, layout);
      const kernel =
        src instanceof Uint16Array ? (`${conversion as 'rgbToYCrCb' | 'yCrCbToRgb'}16` as const) : conversion;
      const chunkPixels = pixelsPerChunk(src, channels, 0);
      recorder.split = {
        job: { kind: 'convert', kernel, channels, bgr, chunkPixels },
        src,
        dst,
        fallback: (from) => wasmKernels.convert(conversion, from.src, dst, layout),
      };
    },
  };
  return recorder;
}

/** The shared pixel buffers, reused by every task (tasks run one at a time) and grown as needed. */
const buffers: { input?: SharedArrayBuffer; output?: SharedArrayBuffer; tables?: SharedArrayBuffer } = {};

/** Lets the shared buffers go (close()): the next split allocates new ones. */
export function releaseBuffers(): void {
  buffers.input = undefined;
  buffers.output = undefined;
  buffers.tables = undefined;
}

function sharedBuffer(which: keyof typeof buffers, bytes: number): SharedArrayBuffer {
  const buffer = buffers[which];
  if (buffer && buffer.byteLength >= bytes) return buffer;
  return (buffers[which] = newShared(bytes));
}

/** A new SharedArrayBuffer, or TooLarge (the call then runs on the calling thread). */
function newShared(bytes: number): SharedArrayBuffer {
  try {
    return new SharedArrayBuffer(bytes);
  } catch {
    throw new TooLarge(bytes);
  }
}

function sharedView(like: Pixels, buffer: SharedArrayBuffer): Pixels {
  return like instanceof Uint16Array ? new Uint16Array(buffer, 0, like.length) : new Uint8Array(buffer, 0, like.length);
}

/**
 * Runs a recorded split on the pool's workers: posts the task, copies the input into shared
 * memory chunk by chunk (the workers start on the first chunk while later ones are copied),
 * then copies the result out.
 */
export function runSplit(pool: Pool, split: Split): Promise<void> {
  return pool.run(async (workers) => {
    const task = taskFor(split, workers.length);
    const replies = dispatch(workers, task);
    copyIn(split, task);
    if (split.dst && task.dst !== split.dst) await copyOut(split.dst, task, replies);
    check(await replies);
    if (split.bins) {
      for (const reply of await replies) {
        const bins = (reply as { bins: Uint32Array }).bins;
        for (let i = 0; i < bins.length; i++) split.bins[i] += bins[i];
      }
    }
  });
}

function taskFor(split: Split, workers: number): Task {
  const { job, src, mask } = split;
  const { input, output } = directBuffers(split);
  const source = input ?? sharedView(src, sharedBuffer('input', src.byteLength));
  const separate = () => sharedView(src, sharedBuffer('output', src.byteLength));
  // The per-pixel tasks with a result write it over their copy of the input, or into the pool's
  // output buffer when the workers read the caller's own pixels, which must stay unchanged.
  const dst = output ?? (input && split.dst ? separate() : source);
  const done = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, resultChunks(job, src.length).length)));
  const base = { job, workers, src: source, dst, done };
  switch (job.kind) {
    case 'clahe': {
      const { tilesX, tilesY, levels } = job.plan as ClahePlan;
      const tables = tilesX * tilesY * levels * src.BYTES_PER_ELEMENT;
      return {
        ...base,
        control: new Int32Array(new SharedArrayBuffer(4 * (CONTROL.lutRows + tilesY))),
        dst: output ?? separate(),
        // Every tile's LUT: `levels` entries of the pixels' type.
        tables: new Uint8Array(sharedBuffer('tables', tables), 0, tables),
      };
    }
    case 'equalizeHist':
      // The summed counts, then the table: `levels` words each.
      return { ...base, control: control(), tables: new Uint32Array(newShared(8 * job.levels)) };
    case 'histogram': {
      const shared = mask ? new Uint8Array(new SharedArrayBuffer(mask.length)) : undefined;
      return { ...base, control: control(), ...(shared ? { mask: shared } : {}) };
    }
    case 'convert':
      return { ...base, control: control() };
  }
}

/**
 * The caller's own arrays the workers can use as they are: an input or output on a
 * SharedArrayBuffer, so that it need not be copied in or out (unless the output is the input,
 * or shares its buffer: then the workers work on copies, as for any other array).
 */
function directBuffers(split: Split): { input?: Pixels; output?: Pixels } {
  const { src, dst } = split;
  if (dst && dst.buffer === src.buffer) return {};
  return { ...(isShared(src) ? { input: src } : {}), ...(dst && isShared(dst) ? { output: dst } : {}) };
}

function isShared(array: Pixels): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && array.buffer instanceof SharedArrayBuffer;
}

function control(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * CONTROL.lutRows));
}

/**
 * Copies the caller's input into the task's shared buffers, publishing each piece as it lands;
 * an input the workers read where it is (on a SharedArrayBuffer) is published whole at once.
 */
function copyIn(split: Split, task: Task): void {
  const { job, src, mask } = split;
  const publish = (ready: number) => {
    Atomics.store(task.control, CONTROL.ready, ready);
    Atomics.notify(task.control, CONTROL.ready);
  };
  const channels = channelsOf(job);
  const direct = task.src === src;
  if (job.kind === 'clahe') {
    const row = job.plan.width * channels;
    const { height } = job.plan;
    if (direct) publish(height);
    else
      for (let first = 0; first < height; first += job.chunkRows) {
        const last = Math.min(height, first + job.chunkRows);
        task.src.set(src.subarray(first * row, last * row), first * row);
        publish(last);
      }
    return;
  }
  const pixels = src.length / channels;
  const { chunkPixels } = job;
  const chunks = chunkCount(pixels, chunkPixels);
  if (direct && !mask) {
    publish(chunks);
    return;
  }
  for (let c = 0; c < chunks; c++) {
    const first = c * chunkPixels;
    const last = Math.min(pixels, first + chunkPixels);
    if (!direct) task.src.set(src.subarray(first * channels, last * channels), first * channels);
    if (mask && task.mask) task.mask.set(mask.subarray(first, last), first);
    publish(c + 1);
  }
}

type WaitAsync = (array: Int32Array, index: number, value: number) => { async: boolean; value: unknown };

/**
 * Copies the result to `dst` chunk by chunk as the workers finish them, so that only the last
 * chunks are left to copy when they are done (Atomics.waitAsync; without it, all at the end).
 * Stops early if the workers reply before every chunk is marked, which only a failure causes.
 */
async function copyOut(dst: Pixels, task: Task, replies: Promise<Reply[]>): Promise<void> {
  // Never before the call returns, even if the workers finished every chunk while the input was
  // copied in: a split call's output is always written later (tests tell a split call by that).
  await undefined;
  const chunks = resultChunks(task.job, dst.length);
  const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
  let replied = false;
  const settled = replies.then(() => {
    replied = true;
  });
  for (let c = 0; c < chunks.length && waitAsync; ) {
    const wait = waitAsync(task.done, c, 0);
    if (wait.async) await Promise.race([wait.value, settled]);
    if (Atomics.load(task.done, c) === 0) {
      if (replied) return;
      continue;
    }
    for (; c < chunks.length && Atomics.load(task.done, c) !== 0; c++) {
      const [start, end] = chunks[c]!;
      dst.set(task.dst.subarray(start, end), start);
    }
  }
  if (!waitAsync) {
    await settled;
    dst.set(task.dst);
  }
}

/** A worker failed to start, to compile its WebAssembly or to finish its share. */
export class WorkerFailure extends Error {}

/** Throws the first failure a worker reported (not the "another worker failed" of the others). */
function check(replies: Reply[]): void {
  const failures = replies.filter((reply) => !reply.ok);
  if (failures.length === 0) return;
  const first = failures.find((reply) => reply.message !== 'another worker failed') ?? failures[0]!;
  throw new WorkerFailure(`fastclahe/parallel: a worker failed: ${first.message}`);
}
