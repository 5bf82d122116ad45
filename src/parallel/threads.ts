// The threads fastclahe/parallel can start, behind one small interface: Node's worker_threads,
// or a browser's module workers on a cross-origin isolated page (the only pages that may share
// a SharedArrayBuffer with workers). Detected synchronously, so a call decides at once.
import type { Reply, Task } from './protocol.js';

/** One worker thread running dist/parallelWorker.js. */
export interface Thread {
  post(task: Task): void;
  /** Calls `settle` once: with the thread's next reply, or a failure if it errors or exits first. */
  next(settle: (reply: Reply) => void): void;
  /** Node: whether the thread keeps the process alive (only while a call runs). */
  ref(): void;
  unref(): void;
  terminate(): Promise<unknown>;
}

/** Where threads come from: how many to start, and how. */
export interface Host {
  cores: number;
  spawn(): Thread;
}

interface Globals {
  process?: { getBuiltinModule?: (name: string) => unknown };
  crossOriginIsolated?: boolean;
  navigator?: { hardwareConcurrency?: number };
  Worker?: unknown;
}

/**
 * Node's worker_threads, else a cross-origin isolated browser's module workers, else undefined
 * (calls then run on the calling thread): other pages, and Node before 20.16, which lacks
 * process.getBuiltinModule (a dynamic import would make every call wait for it).
 */
export function findHost(): Host | undefined {
  const globals = globalThis as Globals;
  const process = globals.process;
  if (typeof process?.getBuiltinModule === 'function') {
    const threads = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
    const os = process.getBuiltinModule('node:os') as typeof import('node:os');
    return { cores: os.availableParallelism(), spawn: () => nodeThread(threads.Worker) };
  }
  if (typeof globals.Worker === 'function' && globals.crossOriginIsolated === true) {
    return { cores: globals.navigator?.hardwareConcurrency ?? 1, spawn: webThread };
  }
  return undefined;
}

function nodeThread(Worker: typeof import('node:worker_threads').Worker): Thread {
  // No execArgv: the caller's flags are for its own entry (--input-type=module, for one, makes a worker fail).
  const worker = new Worker(new URL('./parallelWorker.js', import.meta.url), { execArgv: [] });
  worker.unref();
  // A crash is reported to the task waiting on this thread (next); without a listener it would be thrown.
  worker.on('error', () => undefined);
  return {
    post: (task) => worker.postMessage(task),
    next(settle) {
      const done = (reply: Reply) => {
        worker.off('message', done);
        worker.off('error', fail);
        worker.off('exit', exit);
        settle(reply);
      };
      const fail = (error: Error) => done({ ok: false, message: error.message });
      const exit = (code: number) => done({ ok: false, message: `worker exited with code ${code}` });
      worker.on('message', done);
      worker.on('error', fail);
      worker.on('exit', exit);
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
    terminate: () => worker.terminate(),
  };
}

function webThread(): Thread {
  // Written out in full so that bundlers (Vite, webpack 5, Parcel) find the worker file and ship it.
  const worker = new Worker(new URL('./parallelWorker.js', import.meta.url), { type: 'module' });
  return {
    post: (task) => worker.postMessage(task),
    next(settle) {
      const done = (reply: Reply) => {
        worker.removeEventListener('message', message);
        worker.removeEventListener('error', fail);
        settle(reply);
      };
      const message = (event: MessageEvent<Reply>) => done(event.data);
      const fail = (event: ErrorEvent) => done({ ok: false, message: event.message || 'the worker failed to load' });
      worker.addEventListener('message', message);
      worker.addEventListener('error', fail);
    },
    ref: () => undefined,
    unref: () => undefined,
    terminate: async () => worker.terminate(),
  };
}
