// Entry of each fastclahe/parallel worker thread (dist/parallelWorker.js), in Node's
// worker_threads or a browser's module worker: one WebAssembly instance per worker,
// instantiated on the first task and reused; every task runs this thread's share (bands.ts)
// and answers with a Reply.
import { wasm } from '../wasm/load.js';
import { runShare } from './bands.js';
import { abort, type Reply, type Task } from './protocol.js';

interface Port {
  onTask(handle: (task: Task) => void): void;
  reply(reply: Reply, transfer: ArrayBuffer[]): void;
}

/** Node's parentPort, else the dedicated worker's global scope. */
function port(): Port {
  const process = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  if (typeof process?.getBuiltinModule === 'function') {
    const { parentPort } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
    return {
      onTask: (handle) => parentPort!.on('message', handle),
      reply: (reply, transfer) => parentPort!.postMessage(reply, transfer),
    };
  }
  const scope = globalThis as unknown as {
    addEventListener(type: 'message', listener: (event: MessageEvent<Task>) => void): void;
    postMessage(message: unknown, transfer: Transferable[]): void;
  };
  return {
    onTask: (handle) => scope.addEventListener('message', (event) => handle(event.data)),
    reply: (reply, transfer) => scope.postMessage(reply, transfer),
  };
}

const parent = port();
parent.onTask((task) => {
  let reply: Reply;
  try {
    const bins = runShare(wasm(), task);
    reply = bins ? { ok: true, bins } : { ok: true };
  } catch (error) {
    // Wake the other workers of this task, which would otherwise wait for this one's share.
    abort(task.control);
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parent.reply(reply, reply.ok && reply.bins ? [reply.bins.buffer as ArrayBuffer] : []);
});
