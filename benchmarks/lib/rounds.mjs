// Side-by-side timing for benchmarks/run.mjs. This host's vCPUs switch between speed states that
// last seconds (SIMD code up to 2× slower), independently per vCPU, so timing one peer for a
// second and then the next compares different machines. Instead every round gives each peer one
// short block, in an order that rotates with the round, and the ratios are taken per round: a
// slow spell falls on the whole round. The report gives the median over rounds and the spread.

/**
 * One peer: `block(seconds)` runs it for about `seconds` (at least one call) and resolves to its
 * milliseconds per call over that block.
 * @typedef {{ name: string, block: (seconds: number) => number | Promise<number> }} Peer
 */

/**
 * Runs `rounds` rounds of one block per peer.
 * @param {Peer[]} peers the first is the base every ratio is taken against
 * @param {{ rounds: number, blockSeconds: number }} timing
 * @returns {Promise<Record<string, { ms: number, ratio: { median: number, min: number, max: number } }>>}
 *   per peer: the median of its block times, and the median, lowest and highest over rounds of
 *   (its block time ÷ the base's block time in the same round)
 */
export async function interleave(peers, { rounds, blockSeconds }) {
  /** @type {number[][]} per round, per peer */
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const row = new Array(peers.length);
    for (let k = 0; k < peers.length; k++) {
      const index = (k + round) % peers.length;
      row[index] = await peers[index].block(blockSeconds);
    }
    times.push(row);
  }
  return Object.fromEntries(
    peers.map((peer, index) => {
      const ratios = times.map((row) => row[index] / row[0]).sort((a, b) => a - b);
      return [
        peer.name,
        {
          ms: median(times.map((row) => row[index])),
          ratio: { median: median(ratios), min: ratios[0], max: ratios[ratios.length - 1] },
        },
      ];
    }),
  );
}

/** A block of a synchronous call: repeat it until `seconds` have passed (at least once); ms per call. */
export function blockOf(call) {
  return (/** @type {number} */ seconds) => {
    const started = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      call();
      calls++;
      elapsed = performance.now() - started;
    } while (elapsed < seconds * 1000);
    return elapsed / calls;
  };
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
