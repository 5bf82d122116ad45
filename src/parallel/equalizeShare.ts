// A worker's share of an equalizeHist task (8- or 16-bit; gray, or a colour image's lightness plane).
import { equalizationLut } from '../twin/equalizeHist.js';
import type { WasmExports } from '../wasm/exports.js';
import { reserve, viewAt } from '../wasm/wasmKernels.js';
import { claim, waitFor } from './claiming.js';
import { planesOf } from './planes.js';
import { CONTROL, chunkCount, finished, type Job, type Task } from './protocol.js';

/**
 * equalizeHist: count the plane of the chunks this worker claims, keeping the chunks (and a
 * colour image's plane) in this thread's memory, and add the counts to the shared sum; the
 * last worker to arrive builds the table (OpenCV's, from the twin; 2^bitDepth levels for
 * 16-bit pixels), which every worker then applies (applyLut, applyLut16) to the chunks it
 * kept, merges back if colour, and copies out to the task's output. Keeping them saves copying the image into
 * WebAssembly memory, and extracting its plane, a second time.
 */
export function equalizeShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'equalizeHist' }>): void {
  const { control, workers, src, dst } = task;
  const shared = task.tables as Uint32Array;
  const { chunkPixels, levels } = job;
  const sixteen = src instanceof Uint16Array;
  const bytes = src.BYTES_PER_ELEMENT;
  const planes = planesOf(module, job.luminance, sixteen, levels);
  const { channels } = planes;
  const pixels = src.length / channels;
  const chunks = chunkCount(pixels, chunkPixels);
  // Each kept chunk: its pixels, then its plane area (none for gray: the pixels are the plane).
  const region = chunkPixels * (channels + planes.planeBytes) * bytes;
  const planeOf = (at: number) => (job.luminance ? at + chunkPixels * channels * bytes : at);
  const kept: number[] = [];
  const counts = new Uint32Array(levels);
  for (let c = claim(control, CONTROL.nextA, chunks); c >= 0; c = claim(control, CONTROL.nextA, chunks)) {
    waitFor(control, CONTROL.ready, c + 1);
    const count = Math.min(pixels, (c + 1) * chunkPixels) - c * chunkPixels;
    // Grows memory as chunks are claimed; the tables come first so they never move.
    const [binsAt, , keptAt] = reserve(module, levels * 4, levels * bytes, (kept.length + 1) * region);
    const at = keptAt + kept.length * region;
    viewAt(module, src, at, count * channels).set(
      src.subarray(c * chunkPixels * channels, (c * chunkPixels + count) * channels),
    );
    planes.extract(at, planeOf(at), count);
    if (sixteen) module.histogram16(planeOf(at), count, 0, binsAt, levels);
    else module.histogram(planeOf(at), count, 0, binsAt);
    const bins = new Uint32Array(module.memory.buffer, binsAt, levels);
    for (let level = 0; level < levels; level++) counts[level] += bins[level];
    kept.push(c);
  }
  for (let level = 0; level < levels; level++) if (counts[level] !== 0) Atomics.add(shared, level, counts[level]);
  if (Atomics.add(control, CONTROL.arrived, 1) === workers - 1) {
    const lut = equalizationLut(shared.slice(0, levels), pixels, sixteen ? 65535 : 255);
    // A constant plane comes back unchanged: the identity table.
    for (let level = 0; level < levels; level++) shared[levels + level] = lut ? lut[level] : level;
    Atomics.store(control, CONTROL.tableReady, 1);
    Atomics.notify(control, CONTROL.tableReady);
  }
  waitFor(control, CONTROL.tableReady, 1);
  if (kept.length === 0) return;
  const [, lutAt, keptAt] = reserve(module, levels * 4, levels * bytes, kept.length * region);
  viewAt(module, src, lutAt, levels).set(shared.subarray(levels, 2 * levels));
  kept.forEach((c, k) => {
    const at = keptAt + k * region;
    const count = Math.min(pixels, (c + 1) * chunkPixels) - c * chunkPixels;
    if (sixteen) module.applyLut16(planeOf(at), planeOf(at), count, lutAt);
    else module.applyLut(planeOf(at), planeOf(at), count, lutAt);
    planes.merge(at, planeOf(at), count);
    dst.set(viewAt(module, src, at, count * channels), c * chunkPixels * channels);
    finished(task, c);
  });
}
