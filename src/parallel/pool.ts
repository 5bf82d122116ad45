// The worker threads of fastclahe/parallel: started on the first large call, one per core,
// reused by later calls, and unref'd whenever no call is running so they never keep a Node
// process alive. Tasks run one after another, each on every worker.
import type { Worker as NodeWorker } from 'node:worker_threads';
import { abort, type Reply, type Task } from './protocol.js';

/** What the pool needs from Node, read synchronously so a call can decide at once whether to split. */
export interface Host {
  Worker: typeof NodeWorker;
  cores: number;
}

interface NodeProcess {
  getBuiltinModule?: (name: string) => unknown;
}

/**
 * Node's worker_threads and core count, or undefined where there are none: browsers (for now),
 * and Node before 20.16, which lacks process.getBuiltinModule (a dynamic import would make
 * every call wait for it).
 */
export function nodeHost(): Host | undefined {
  const process = (globalThis as { process?: NodeProcess }).process;
  if (typeof process?.getBuiltinModule !== 'function') return undefined;
  const threads = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');
  const os = process.getBuiltinModule('node:os') as typeof import('node:os');
  return { Worker: threads.Worker, cores: os.availableParallelism() };
}

export class Pool {
  #workers: NodeWorker[] = [];
  #tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly script: URL,
  ) {}

  /** Runs `work` once every earlier call settled, with the workers started (and kept ref'd meanwhile). */
  run<T>(work: (workers: readonly NodeWorker[]) => Promise<T>): Promise<T> {
    const result = this.#tail.then(async () => {
      const workers = this.#start();
      for (const worker of workers) worker.ref();
      try {
        return await work(workers);
      } catch (error) {
        await this.#stop(); // a failed worker may be gone or stuck: the next call starts afresh
        throw error;
      } finally {
        for (const worker of workers) worker.unref();
      }
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Once every call made so far settled, terminates the workers; a later call starts new ones. */
  close(): Promise<void> {
    const closed = this.#tail.then(() => this.#stop());
    this.#tail = closed.catch(() => undefined);
    return closed;
  }

  #start(): readonly NodeWorker[] {
    while (this.#workers.length < this.host.cores) {
      // No execArgv: the caller's flags are for its own entry (--input-type=module, for one, makes a worker fail).
      const worker = new this.host.Worker(this.script, { execArgv: [] });
      worker.unref();
      // A crash is reported to the task waiting on this worker (ask); without a listener it would be thrown here.
      worker.on('error', () => undefined);
      this.#workers.push(worker);
    }
    return this.#workers;
  }

  async #stop(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Posts `task` to every worker and collects their replies; rejects if a worker fails or exits. */
export function dispatch(workers: readonly NodeWorker[], task: Task): Promise<Reply[]> {
  return Promise.all(workers.map((worker) => ask(worker, task)));
}

function ask(worker: NodeWorker, task: Task): Promise<Reply> {
  return new Promise((resolve) => {
    const settle = (reply: Reply) => {
      if (!reply.ok) abort(task.control);
      worker.off('message', settle);
      worker.off('error', fail);
      worker.off('exit', exit);
      resolve(reply);
    };
    const fail = (error: Error) => settle({ ok: false, message: error.message });
    const exit = (code: number) => settle({ ok: false, message: `worker exited with code ${code}` });
    worker.on('message', settle);
    worker.on('error', fail);
    worker.on('exit', exit);
    worker.postMessage(task);
  });
}
