// "Never crashes": inputs mutated at random (keys deleted, values replaced by null, strings,
// negative or huge numbers, empty arrays) must give either an evaluation with findings or a
// CocoInputError — never a TypeError or RangeError from inside the evaluation.
import { describe, expect, test } from 'vitest';
import { CocoInputError, evaluate, type IouType } from '../../src/coco/index.js';
import { referenceCases } from './reference.js';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const junk = [null, 'x', '', -5, 0, 1e12, [], {}, [1, 2], true, Number.NaN];

function mutate(value: unknown, rand: () => number, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length && rand() < 0.5) {
      const i = Math.floor(rand() * value.length);
      value[i] = rand() < 0.3 ? junk[Math.floor(rand() * junk.length)] : mutate(value[i], rand, depth + 1);
    }
    return value;
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const key = keys[Math.floor(rand() * keys.length)];
    if (key === undefined) return value;
    const o = value as Record<string, unknown>;
    const r = rand();
    if (r < 0.25 && depth > 0) delete o[key];
    else if (r < 0.5) o[key] = junk[Math.floor(rand() * junk.length)];
    else o[key] = mutate(o[key], rand, depth + 1);
    return value;
  }
  return value;
}

describe('evaluate never crashes on malformed inputs', () => {
  const cases = referenceCases().filter((c) =>
    ['bbox-basic', 'segm-rle-bbox', 'keypoints', 'segm-from-boxes'].includes(c.name),
  );
  test('400 random mutations of GT and results', () => {
    const rand = prng(42);
    let evaluated = 0;
    let rejected = 0;
    for (let i = 0; i < 400; i++) {
      const c = cases[i % cases.length]!;
      const gt = structuredClone(c.gt);
      const dt = structuredClone(c.dt) as unknown[];
      for (let m = 0; m < 1 + Math.floor(rand() * 6); m++) {
        if (rand() < 0.5) mutate(gt, rand);
        else mutate(dt.length ? dt[Math.floor(rand() * dt.length)] : dt, rand, 1);
      }
      try {
        const ev = evaluate(gt, dt, { iouType: c.expected.iouType as IouType });
        expect(ev.stats.every((s) => Number.isFinite(s))).toBe(true);
        evaluated++;
      } catch (error) {
        if (!(error instanceof CocoInputError))
          throw new Error(`mutation ${i} of ${c.name}: ${(error as Error).stack}`);
        rejected++;
      }
    }
    expect(evaluated).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(0);
  });
});
