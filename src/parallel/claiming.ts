// How the workers of a task share it: claim the next chunk of a phase with Atomics.add on a
// shared counter (a faster core simply claims more), and wait for what another thread
// publishes (input copied in, tables built), giving up if any worker of the task failed.
import { CONTROL } from './protocol.js';

/** Thrown in a worker waiting for input or tables once another worker has failed. */
export class Aborted extends Error {}

/** Waits until control word `index` reaches `least`. */
export function waitFor(control: Int32Array, index: number, least: number): void {
  for (;;) {
    const value = Atomics.load(control, index);
    if (value >= least) return;
    if (Atomics.load(control, CONTROL.abort) !== 0) throw new Aborted('another worker failed');
    Atomics.wait(control, index, value, 50);
  }
}

/** The next unclaimed item below `count` of counter `index`, or -1. */
export function claim(control: Int32Array, index: number, count: number): number {
  const item = Atomics.add(control, index, 1);
  return item < count ? item : -1;
}
