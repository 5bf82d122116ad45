// numpy's pairwise summation (numpy/_core/src/umath/loops_utils.h.src), so that means over
// precision slices are bit-identical to np.mean: blocks of ≤ 128 summed with 8 accumulators,
// longer ranges split in halves rounded down to a multiple of 8. Checked against numpy 2.4.6.

/** Sum of `a[offset .. offset+n)` in numpy's pairwise order. */
export function pairwiseSum(a: ArrayLike<number>, offset = 0, n = a.length - offset): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[offset + i]!;
    return res;
  }
  if (n <= 128) {
    let r0 = a[offset]!,
      r1 = a[offset + 1]!,
      r2 = a[offset + 2]!,
      r3 = a[offset + 3]!;
    let r4 = a[offset + 4]!,
      r5 = a[offset + 5]!,
      r6 = a[offset + 6]!,
      r7 = a[offset + 7]!;
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const o = offset + i;
      r0 += a[o]!;
      r1 += a[o + 1]!;
      r2 += a[o + 2]!;
      r3 += a[o + 3]!;
      r4 += a[o + 4]!;
      r5 += a[o + 5]!;
      r6 += a[o + 6]!;
      r7 += a[o + 7]!;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[offset + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, offset, n2) + pairwiseSum(a, offset + n2, n - n2);
}

/** np.mean of the values, or −1 when there are none (summarize's convention). */
export function meanOrMinusOne(values: ArrayLike<number>): number {
  return values.length === 0 ? -1 : pairwiseSum(values) / values.length;
}
