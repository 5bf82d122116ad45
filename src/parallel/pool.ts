// The worker threads of fastclahe/parallel: started on the first large call, one per core,
// reused by later calls, and unref'd whenever no call is running so they never keep a Node
// process alive. Tasks run one after another, each on every worker.
import { abort, type Reply, type Task } from './protocol.js';
import type { Host, Thread } from './threads.js';

export class Pool {
  #workers: Thread[] = [];
  #tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: Host) {}

  /** Runs `work` once every earlier call settled, with the workers started (and kept ref'd meanwhile). */
  run<T>(work: (workers: readonly Thread[]) => Promise<T>): Promise<T> {
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

  #start(): readonly Thread[] {
    while (this.#workers.length < this.host.cores) this.#workers.push(this.host.spawn());
    return this.#workers;
  }

  async #stop(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Posts `task` to every worker and collects their replies; rejects if a worker fails or exits. */
export function dispatch(workers: readonly Thread[], task: Task): Promise<Reply[]> {
  return Promise.all(workers.map((worker) => ask(worker, task)));
}

function ask(worker: Thread, task: Task): Promise<Reply> {
  return new Promise((resolve) => {
    worker.next((reply) => {
      if (!reply.ok) abort(task.control);
      resolve(reply);
    });
    worker.post(task);
  });
}
