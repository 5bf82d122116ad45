// One worker's share of a task (src/parallel/protocol.ts): claim chunks until none is left, each
// copied from the shared pixels into this thread's own WebAssembly instance and back, so the
// copies in and out of WebAssembly memory are split between the workers like the work itself.
import type { WasmExports } from '../wasm/exports.js';
import { claheShare } from './claheShare.js';
import { equalizeShare } from './equalizeShare.js';
import { convertShare, histogramShare } from './pixelShares.js';
import type { Task } from './protocol.js';

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
