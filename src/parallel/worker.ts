// Entry of each fastclahe/parallel worker thread (dist/parallelWorker.js): one WebAssembly
// instance per worker, instantiated on the first task and reused; every task runs this
// thread's share (bands.ts) and answers with a Reply.
import { parentPort } from 'node:worker_threads';
import { wasm } from '../wasm/load.js';
import { runShare } from './bands.js';
import { abort, type Reply, type Task } from './protocol.js';

const port = parentPort!; // this file only ever runs as a worker

port.on('message', (task: Task) => {
  let reply: Reply;
  try {
    const bins = runShare(wasm(), task);
    reply = bins ? { ok: true, bins } : { ok: true };
  } catch (error) {
    // Wake the other workers of this task, which would otherwise wait for this one's share.
    abort(task.control);
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, reply.ok && reply.bins ? [reply.bins.buffer as ArrayBuffer] : []);
});
