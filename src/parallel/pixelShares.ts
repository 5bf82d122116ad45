// A worker's share of the per-pixel tasks: colour conversions and histograms.
import type { Pixels } from '../kernels.js';
import type { WasmExports } from '../wasm/exports.js';
import { reserve, viewAt } from '../wasm/wasmKernels.js';
import { claim, waitFor } from './claiming.js';
import { CONTROL, chunkCount, finished, type Job, type Task } from './protocol.js';

/** A colour conversion, chunk by chunk, from the task's input to its output (often the same pixels). */
export function convertShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'convert' }>): void {
  const { control, src, dst } = task;
  const { kernel, channels, bgr, chunkPixels } = job;
  const pixels = src.length / channels;
  const [at] = reserve(module, chunkPixels * channels * src.BYTES_PER_ELEMENT);
  const chunks = chunkCount(pixels, chunkPixels);
  for (let c = claim(control, CONTROL.nextA, chunks); c >= 0; c = claim(control, CONTROL.nextA, chunks)) {
    waitFor(control, CONTROL.ready, c + 1);
    const start = c * chunkPixels * channels;
    const part = src.subarray(start, Math.min(pixels, (c + 1) * chunkPixels) * channels);
    const view = viewAt(module, part, at);
    view.set(part);
    module[kernel](at, at, part.length / channels, channels, bgr);
    dst.set(view, start);
    finished(task, c);
  }
}

/** This worker's counts (`levels` per selected channel) over the chunks it claims. */
export function histogramShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'histogram' }>): Uint32Array {
  const { control, src, mask } = task;
  const { channels, selected, levels, chunkPixels } = job;
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
