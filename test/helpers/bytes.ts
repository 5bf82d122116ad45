// Comparing pixel buffers: vitest's toEqual is slow on large typed arrays and its diff of a
// million bytes is unreadable, so tests compare with these and report the first difference.

/** Index of the first differing element, or -1 when lengths and contents match. */
export function firstDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Math.min(actual.length, expected.length);
  for (let i = 0; i < actual.length; i++) if (actual[i] !== expected[i]) return i;
  return -1;
}

/** '' when equal, else where and how they differ: use as expect(sameBytes(a, b)).toBe(''). */
export function sameBytes(actual: ArrayLike<number>, expected: ArrayLike<number>): string {
  const at = firstDifference(actual, expected);
  if (at < 0) return '';
  if (actual.length !== expected.length) return `length ${actual.length} instead of ${expected.length}`;
  return `element ${at} is ${actual[at]} instead of ${expected[at]}`;
}
