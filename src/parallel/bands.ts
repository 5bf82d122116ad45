// One worker's share of a task (src/parallel/protocol.ts): claim chunks until none is left, each
// copied from the shared pixels into this thread's own WebAssembly instance and back, so the
// copies in and out of WebAssembly memory are split between the workers like the work itself.
import type { LightnessChannel, Pixels } from '../kernels.js';
import { reflect101 } from '../twin/tileLut.js';
import { equalizationLut } from '../twin/equalizeHist.js';
import { LAB_PLANE_BYTES, LUMINANCE_KERNELS, type WasmExports } from '../wasm/exports.js';
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
 * Where a worker turns pixels into the plane it equalizes and back: for a gray image the pixels
 * are the plane; for a colour one, the colour space's lightness plane (extracted and merged back
 * as the synchronous kernel does, assembly/colour.ts), band by band, since both are per pixel.
 */
interface Planes {
  /** Values per pixel of the pixels. */
  channels: number;
  /** Bytes per pixel of the plane area (Lab keeps a and b beside L for the merge). */
  planeBytes: number;
  /** Extracts the plane of `pixels` pixels at `at` into `plane` (gray: nothing to do, plane is at). */
  extract(at: number, plane: number, pixels: number): void;
  /** Merges the equalized plane back into the pixels at `at`. */
  merge(at: number, plane: number, pixels: number): void;
}

function planesOf(module: WasmExports, luminance: LightnessChannel | undefined): Planes {
  if (!luminance) return { channels: 1, planeBytes: 0, extract: () => undefined, merge: () => undefined };
  const { space, channels, bgr } = luminance;
  const [extract, merge] = LUMINANCE_KERNELS[space];
  return {
    channels,
    planeBytes: space === 'lab' ? LAB_PLANE_BYTES : 1,
    extract: (at, plane, pixels) => module[extract](at, plane, pixels, channels, bgr),
    merge: (at, plane, pixels) => module[merge](at, plane, at, pixels, channels, bgr, BINS - 1),
  };
}

/**
 * 8-bit CLAHE in two phases: claim tile rows and publish their LUTs (claheTileRow), then claim
 * strips of rows and interpolate them (claheRows) once the LUTs they blend are published; a
 * colour image's plane is extracted from each tile row and strip as it is copied in, and a
 * strip merged back right after its interpolation. Every tile row is claimed before any worker
 * starts phase B, so no wait can deadlock.
 */
function claheShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'clahe' }>): void {
  const { control } = task;
  const src = task.src as Uint8Array;
  const dst = task.dst as Uint8Array;
  const tables = task.tables as Uint8Array;
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale } = job.plan;
  const { chunkRows } = job;
  const planes = planesOf(module, job.luminance);
  const row = width * planes.channels;
  const most = Math.max(tileHeight, chunkRows) * width;
  const [pixelsAt, planeArea, scratch] = reserve(
    module,
    most * planes.channels,
    most * planes.planeBytes,
    module.claheScratchBytes(width, tilesX, tilesY),
  );
  const planeAt = job.luminance ? planeArea : pixelsAt;
  // claheTileRow writes tile row ty's LUTs at the start of the scratch (assembly/clahe.ts: LUTS is its first region).
  const rowBytes = tilesX * BINS;
  const local = new Uint8Array(tilesY);
  for (let ty = claim(control, CONTROL.nextA, tilesY); ty >= 0; ty = claim(control, CONTROL.nextA, tilesY)) {
    const top = ty * tileHeight;
    const inside = Math.max(0, Math.min(tileHeight, height - top));
    waitFor(control, CONTROL.ready, Math.min(height, top + tileHeight));
    const rows = new Uint8Array(module.memory.buffer, pixelsAt, tileHeight * row);
    rows.set(src.subarray(top * row, (top + inside) * row));
    for (let r = inside; r < tileHeight; r++) {
      const y = reflect101(top + r, height);
      rows.set(src.subarray(y * row, (y + 1) * row), r * row);
    }
    planes.extract(pixelsAt, planeAt, tileHeight * width);
    module.claheTileRow(planeAt, width, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch, ty);
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
    const pixels = (last - first) * width;
    const rows = new Uint8Array(module.memory.buffer, pixelsAt, pixels * planes.channels);
    rows.set(src.subarray(first * row, last * row));
    planes.extract(pixelsAt, planeAt, pixels);
    module.claheRows(planeAt, planeAt, width, first, last, tilesX, tilesY, tileWidth, tileHeight, scratch);
    planes.merge(pixelsAt, planeAt, pixels);
    dst.set(rows, first * row);
    finished(task, s);
  }
}

/**
 * 8-bit equalizeHist: count the plane of the chunks this worker claims, keeping the chunks (and
 * a colour image's plane) in this thread's memory, and add the counts to the shared sum; the
 * last worker to arrive builds the table (OpenCV's, from the twin), which every worker then
 * applies (applyLut) to the chunks it kept, merges back if colour, and copies out. Keeping them
 * saves copying the image into WebAssembly memory, and extracting its plane, a second time.
 */
function equalizeShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'equalizeHist' }>): void {
  const { control, workers } = task;
  const src = task.src as Uint8Array;
  const shared = task.tables as Uint32Array;
  const { chunkPixels } = job;
  const planes = planesOf(module, job.luminance);
  const { channels } = planes;
  const pixels = src.length / channels;
  const chunks = chunkCount(pixels, chunkPixels);
  // Each kept chunk: its pixels, then its plane area (none for gray: the pixels are the plane).
  const region = chunkPixels * (channels + planes.planeBytes);
  const planeOf = (at: number) => (job.luminance ? at + chunkPixels * channels : at);
  const kept: number[] = [];
  const counts = new Uint32Array(BINS);
  for (let c = claim(control, CONTROL.nextA, chunks); c >= 0; c = claim(control, CONTROL.nextA, chunks)) {
    waitFor(control, CONTROL.ready, c + 1);
    const count = Math.min(pixels, (c + 1) * chunkPixels) - c * chunkPixels;
    // Grows memory as chunks are claimed; the tables come first so they never move.
    const [binsAt, , keptAt] = reserve(module, BINS * 4, BINS, (kept.length + 1) * region);
    const at = keptAt + kept.length * region;
    new Uint8Array(module.memory.buffer, at, count * channels).set(
      src.subarray(c * chunkPixels * channels, (c * chunkPixels + count) * channels),
    );
    planes.extract(at, planeOf(at), count);
    module.histogram(planeOf(at), count, 0, binsAt);
    const bins = new Uint32Array(module.memory.buffer, binsAt, BINS);
    for (let level = 0; level < BINS; level++) counts[level] += bins[level];
    kept.push(c);
  }
  for (let level = 0; level < BINS; level++) if (counts[level] !== 0) Atomics.add(shared, level, counts[level]);
  if (Atomics.add(control, CONTROL.arrived, 1) === workers - 1) {
    const lut = equalizationLut(shared.slice(0, BINS), pixels, 255);
    // A constant plane comes back unchanged: the identity table.
    for (let level = 0; level < BINS; level++) shared[BINS + level] = lut ? lut[level] : level;
    Atomics.store(control, CONTROL.tableReady, 1);
    Atomics.notify(control, CONTROL.tableReady);
  }
  waitFor(control, CONTROL.tableReady, 1);
  if (kept.length === 0) return;
  const [, lutAt, keptAt] = reserve(module, BINS * 4, BINS, kept.length * region);
  new Uint8Array(module.memory.buffer, lutAt, BINS).set(shared.subarray(BINS, 2 * BINS));
  kept.forEach((c, k) => {
    const at = keptAt + k * region;
    const count = Math.min(pixels, (c + 1) * chunkPixels) - c * chunkPixels;
    module.applyLut(planeOf(at), planeOf(at), count, lutAt);
    planes.merge(at, planeOf(at), count);
    src.set(new Uint8Array(module.memory.buffer, at, count * channels), c * chunkPixels * channels);
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
