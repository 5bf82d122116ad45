// The worker threads of fastclahe/parallel: started on the first large call, one per core,
// reused by later calls, and unref'd whenever no call is running so they never keep a Node
// process alive. Tasks run one after another, each on every worker.
import { abort, type Reply, type Task } from './protocol.js';
import type { Host, Thread } from './threads.js';

export class Pool {
  #workers: Thread[] = [];
  #tail: Promise<unknown> = Promise.resolve();
  /** Calls and closes made and not yet settled. */
  #pending = 0;

  constructor(private readonly host: Host) {}

  /** Whether a call made now starts at once, before `run` returns (nothing is running or waiting). */
  get idle(): boolean {
    return this.#pending === 0;
  }

  /**
   * Runs `work` with the workers started (and kept ref'd meanwhile): at once when the pool is
   * idle, so `work` runs up to its first await before `run` returns, else once every earlier
   * call settled.
   */
  run<T>(work: (workers: readonly Thread[]) => Promise<T>): Promise<T> {
    const start = async () => {
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
    };
    return this.#queue(this.idle ? start() : this.#tail.then(start));
  }

  /** Once every call made so far settled, terminates the workers; a later call starts new ones. */
  close(): Promise<void> {
    return this.#queue(this.#tail.then(() => this.#stop()));
  }

  /** Counts `settles` as pending until it settles, and makes it the step later calls wait for. */
  #queue<T>(settles: Promise<T>): Promise<T> {
    this.#pending++;
    const counted = settles.finally(() => this.#pending--);
    this.#tail = counted.catch(() => undefined);
    return counted;
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
