// One worker's share of a task (src/parallel/protocol.ts): claim chunks until none is left, each
// copied from the shared pixels into this thread's own WebAssembly instance and back, so the
// copies in and out of WebAssembly memory are split between the workers like the work itself.
import type { Pixels } from '../kernels.js';
import { reflect101 } from '../twin/tileLut.js';
import { equalizationLut } from '../twin/equalizeHist.js';
import type { WasmExports } from '../wasm/exports.js';
import { reserve, viewAt } from '../wasm/wasmKernels.js';
import { CONTROL, chunkCount, finished, type Job, type Task } from './protocol.js';

const BINS = 256;

/** Thrown in a worker waiting for input or tables once another worker has failed. */
export class Aborted extends Error {}

/** Runs this thread's share of `task`; histogram returns this thread's counts. */
export function runShare(module: WasmExports, task: Task): Uint32Array | undefined {
  const { job } = task;
  switch (job.kind) {
    case 'clahe':
      claheShare(module, task, job);
      return undefined;
    case 'equalizeHist':
      equalizeShare(module, task, job);
      return undefined;
    case 'convert':
      convertShare(module, task, job);
      return undefined;
    case 'histogram':
      return histogramShare(module, task, job);
  }
}

/** Waits until control word `index` reaches `least`. */
function waitFor(control: Int32Array, index: number, least: number): void {
  for (;;) {
    const value = Atomics.load(control, index);
    if (value >= least) return;
    if (Atomics.load(control, CONTROL.abort) !== 0) throw new Aborted('another worker failed');
    Atomics.wait(control, index, value, 50);
  }
}

/** The next unclaimed item below `count` of counter `index`, or -1. */
function claim(control: Int32Array, index: number, count: number): number {
  const item = Atomics.add(control, index, 1);
  return item < count ? item : -1;
}

/**
 * Gray 8-bit CLAHE in two phases: claim tile rows and publish their LUTs (claheTileRow), then
 * claim strips of rows and interpolate them (claheRows) once the LUTs they blend are published.
 * Every tile row is claimed before any worker starts phase B, so no wait can deadlock.
 */
function claheShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'clahe' }>): void {
  const { control } = task;
  const src = task.src as Uint8Array;
  const dst = task.dst as Uint8Array;
  const tables = task.tables as Uint8Array;
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale } = job.plan;
  const { chunkRows } = job;
  const [strip, scratch] = reserve(
    module,
    Math.max(tileHeight, chunkRows) * width,
    module.claheScratchBytes(width, tilesX, tilesY),
  );
  // claheTileRow writes tile row ty's LUTs at the start of the scratch (assembly/clahe.ts: LUTS is its first region).
  const rowBytes = tilesX * BINS;
  const local = new Uint8Array(tilesY);
  for (let ty = claim(control, CONTROL.nextA, tilesY); ty >= 0; ty = claim(control, CONTROL.nextA, tilesY)) {
    const top = ty * tileHeight;
    const inside = Math.max(0, Math.min(tileHeight, height - top));
    waitFor(control, CONTROL.ready, Math.min(height, top + tileHeight));
    const rows = new Uint8Array(module.memory.buffer, strip, tileHeight * width);
    rows.set(src.subarray(top * width, (top + inside) * width));
    for (let r = inside; r < tileHeight; r++) {
      const y = reflect101(top + r, height);
      rows.set(src.subarray(y * width, (y + 1) * width), r * width);
    }
    module.claheTileRow(strip, width, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch, ty);
    tables.set(new Uint8Array(module.memory.buffer, scratch + ty * rowBytes, rowBytes), ty * rowBytes);
    local[ty] = 1;
    Atomics.store(control, CONTROL.lutRows + ty, 1);
    Atomics.notify(control, CONTROL.lutRows + ty);
  }
  const strips = Math.ceil(height / chunkRows);
  for (let s = claim(control, CONTROL.nextB, strips); s >= 0; s = claim(control, CONTROL.nextB, strips)) {
    const first = s * chunkRows;
    const last = Math.min(height, first + chunkRows);
    // A row y blends tile rows ⌊y/tileHeight − ½⌋ and the one after it (clamped); one more each side is safe.
    const upper = Math.max(0, Math.floor(first / tileHeight) - 1);
    const lower = Math.min(tilesY - 1, Math.floor((last - 1) / tileHeight) + 1);
    for (let ty = upper; ty <= lower; ty++) {
      if (local[ty]) continue;
      waitFor(control, CONTROL.lutRows + ty, 1);
      new Uint8Array(module.memory.buffer, scratch + ty * rowBytes, rowBytes).set(
        tables.subarray(ty * rowBytes, (ty + 1) * rowBytes),
      );
      local[ty] = 1;
    }
    waitFor(control, CONTROL.ready, last);
    const rows = new Uint8Array(module.memory.buffer, strip, (last - first) * width);
    rows.set(src.subarray(first * width, last * width));
    module.claheRows(strip, strip, width, first, last, tilesX, tilesY, tileWidth, tileHeight, scratch);
    dst.set(rows, first * width);
    finished(task, s);
  }
}

/**
 * Gray 8-bit equalizeHist: count the chunks this worker claims, keeping them in this thread's
 * memory, and add the counts to the shared sum; the last worker to arrive builds the table
 * (OpenCV's, from the twin), which every worker then applies (applyLut) to the chunks it kept
 * and copies back. Keeping them saves copying the image into WebAssembly memory a second time.
 */
function equalizeShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'equalizeHist' }>): void {
  const { control, workers } = task;
  const src = task.src as Uint8Array;
  const shared = task.tables as Uint32Array;
  const { chunkPixels } = job;
  const chunks = chunkCount(src.length, chunkPixels);
  const kept: number[] = [];
  const counts = new Uint32Array(BINS);
  for (let c = claim(control, CONTROL.nextA, chunks); c >= 0; c = claim(control, CONTROL.nextA, chunks)) {
    waitFor(control, CONTROL.ready, c + 1);
    const part = src.subarray(c * chunkPixels, Math.min(src.length, (c + 1) * chunkPixels));
    // Grows memory as chunks are claimed; the tables come first so they never move.
    const [binsAt, , keptAt] = reserve(module, BINS * 4, BINS, (kept.length + 1) * chunkPixels);
    const at = keptAt + kept.length * chunkPixels;
    new Uint8Array(module.memory.buffer, at, part.length).set(part);
    module.histogram(at, part.length, 0, binsAt);
    const bins = new Uint32Array(module.memory.buffer, binsAt, BINS);
    for (let level = 0; level < BINS; level++) counts[level] += bins[level];
    kept.push(c);
  }
  for (let level = 0; level < BINS; level++) if (counts[level] !== 0) Atomics.add(shared, level, counts[level]);
  if (Atomics.add(control, CONTROL.arrived, 1) === workers - 1) {
    const lut = equalizationLut(shared.slice(0, BINS), src.length, 255);
    // A constant image comes back unchanged: the identity table.
    for (let level = 0; level < BINS; level++) shared[BINS + level] = lut ? lut[level] : level;
    Atomics.store(control, CONTROL.tableReady, 1);
    Atomics.notify(control, CONTROL.tableReady);
  }
  waitFor(control, CONTROL.tableReady, 1);
  if (kept.length === 0) return;
  const [, lutAt, keptAt] = reserve(module, BINS * 4, BINS, kept.length * chunkPixels);
  new Uint8Array(module.memory.buffer, lutAt, BINS).set(shared.subarray(BINS, 2 * BINS));
  // One call over every kept chunk (a short last chunk leaves a gap whose bytes are mapped too, harmlessly).
  module.applyLut(keptAt, keptAt, kept.length * chunkPixels, lutAt);
  kept.forEach((c, k) => {
    const start = c * chunkPixels;
    const length = Math.min(src.length, start + chunkPixels) - start;
    src.set(new Uint8Array(module.memory.buffer, keptAt + k * chunkPixels, length), start);
    finished(task, c);
  });
}

/** A colour conversion, chunk by chunk, in place in the shared pixels. */
function convertShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'convert' }>): void {
  const { control, src } = task;
  const { kernel, channels, bgr, chunkPixels } = job;
  const pixels = src.length / channels;
  const [at] = reserve(module, chunkPixels * channels * src.BYTES_PER_ELEMENT);
  const chunks = chunkCount(pixels, chunkPixels);
  for (let c = claim(control, CONTROL.nextA, chunks); c >= 0; c = claim(control, CONTROL.nextA, chunks)) {
    waitFor(control, CONTROL.ready, c + 1);
    const part = src.subarray(c * chunkPixels * channels, Math.min(pixels, (c + 1) * chunkPixels) * channels);
    const view = viewAt(module, part, at);
    view.set(part);
    module[kernel](at, at, part.length / channels, channels, bgr);
    part.set(view);
    finished(task, c);
  }
}

function histogramShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'histogram' }>): Uint32Array {
  return countShare(module, task, job.channels, job.selected, job.levels, job.chunkPixels);
}

/** This worker's counts (`levels` per selected channel) over the chunks of phase A it claims. */
function countShare(
  module: WasmExports,
  task: Task,
  channels: number,
  selected: readonly number[],
  levels: number,
  chunkPixels: number,
): Uint32Array {
  const { control, src, mask } = task;
  const pixels = src.length / channels;
  const bytes = src.BYTES_PER_ELEMENT;
  const [at, maskAt, binsAt] = reserve(module, chunkPixels * channels * bytes, mask ? chunkPixels : 0, levels * 4);
  const total = new Uint32Array(levels * selected.length);
  const chunks = chunkCount(pixels, chunkPixels);
  for (let c = claim(control, CONTROL.nextA, chunks); c >= 0; c = claim(control, CONTROL.nextA, chunks)) {
    waitFor(control, CONTROL.ready, c + 1);
    const first = c * chunkPixels;
    const count = Math.min(pixels, first + chunkPixels) - first;
    const part = src.subarray(first * channels, (first + count) * channels);
    viewAt(module, part as Pixels, at).set(part);
    if (mask) new Uint8Array(module.memory.buffer, maskAt, count).set(mask.subarray(first, first + count));
    const masked = mask ? maskAt : 0;
    const bins = new Uint32Array(module.memory.buffer, binsAt, levels);
    selected.forEach((channel, i) => {
      if (channels === 1 && bytes === 1) module.histogram(at, count, masked, binsAt);
      else if (channels === 1) module.histogram16(at, count, masked, binsAt, levels);
      else if (bytes === 1) module.channelHistogram(at + channel, count, channels, masked, binsAt);
      else module.channelHistogram16(at + channel * 2, count, channels, masked, binsAt, levels);
      for (let level = 0; level < levels; level++) total[i * levels + level] += bins[level];
    });
  }
  return total;
}
