// What benchmarks/run.mjs prints and writes: one console line per case as it finishes, and the
// library section of benchmarks/RESULTS.md.
import { targets } from './targets.mjs';

/** The peers besides fastclahe's default build, in column order. */
const PEERS = ['scalar', 'twin', 'OpenCV.js', 'OpenCV.js + copies', 'native', 'native, all threads'];
const PEER_TITLES = {
  scalar: 'fastclahe scalar',
  twin: 'TypeScript twin',
  'OpenCV.js': 'OpenCV.js',
  'OpenCV.js + copies': 'OpenCV.js + copies',
  native: 'native OpenCV, 1 thread',
  'native, all threads': 'native OpenCV, default threads',
};

/** `ms (median× low–high)`: the peer's time and its per-round ratios to fastclahe. */
function cell(row, peer) {
  const ms = row.ms[peer];
  if (ms === undefined) return '–';
  const { median, min, max } = row.ratio[peer];
  return `${ms.toFixed(2)} (${times(median)} ${min.toFixed(1)}–${max.toFixed(1)})`;
}

/** A ratio with two significant digits: 0.43×, 2.8×, 17×. */
function times(ratio) {
  return `${ratio < 1 ? ratio.toFixed(2) : ratio < 10 ? ratio.toFixed(1) : ratio.toFixed(0)}×`;
}

/** The results as a Markdown table, one row per case. */
function table(rows) {
  const head = ['operation', 'image', 'fastclahe ms', 'MP/s', ...PEERS.map((peer) => `${PEER_TITLES[peer]} ms (×)`)];
  const lines = rows.map((row) => {
    const megapixels = (Number(row.size.split('×')[0]) * Number(row.size.split('×')[1])) / 1e6;
    const kind = `${['gray', undefined, 'RGB', 'RGBA'][row.channels - 1]}${row.depth === 16 ? ' 16-bit' : ''}`;
    return [
      row.operation,
      `${row.size} ${kind}`,
      row.ms.fastclahe.toFixed(2),
      (megapixels / (row.ms.fastclahe / 1000)).toFixed(0),
      ...PEERS.map((peer) => cell(row, peer)),
    ];
  });
  return [head, head.map((_, i) => (i < 2 ? '---' : '---:')), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

/** The console line for a finished case: fastclahe's time and how many times longer each peer takes. */
export function progressLine(row) {
  return (
    `${row.operation.padEnd(26)} ${row.size.padEnd(10)} fastclahe ${row.ms.fastclahe.toFixed(2).padStart(7)} ms  ` +
    PEERS.filter((peer) => row.ms[peer] !== undefined)
      .map((peer) => `${peer} ${times(row.ratio[peer].median)}`)
      .join('  ') +
    (row.notes.length ? `  (${row.notes.join('; ')})` : '')
  );
}

/**
 * The library section of RESULTS.md.
 * @param {{ rows: object[], memory: Record<string, number>, skipped: string[], machine: string, versions: string,
 *   timing: { rounds: number, blockSeconds: number }, quick: boolean }} run
 */
export function report({ rows, memory, skipped, machine, versions, timing, quick }) {
  const notes = [...new Set(rows.flatMap((row) => row.notes.map((note) => `${row.operation} ${row.size}: ${note}`)))];
  return `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick run: short timings, not for quoting)' : ''}.
Machine: ${machine}. Peers: ${versions}.

Peers are timed side by side: ${timing.rounds} rounds per case, each giving every peer one block of
calls lasting ${timing.blockSeconds} s (at least one call), in an order that rotates with the round;
native OpenCV's blocks run in a Python process between the Node peers' blocks. This host's cores
change speed for seconds at a time, so ratios are taken within each round. Each peer cell is
\`ms (× low–high)\`: the median over rounds of its milliseconds per call, then the median over rounds
of how many times longer it took than fastclahe in the same round, and the lowest and highest of
those ratios. fastclahe's column is the median of its own blocks. fastclahe writes
into a preallocated output, so its time includes copying pixels into and out of WebAssembly
memory; "OpenCV.js" times the operation on preallocated Mats, "OpenCV.js + copies" adds copying
the input into the Mat and the result out. Input: the retina photograph from test/images tiled to
each size (RGBA: opaque alpha). Before timing, every case checked that fastclahe's SIMD build,
scalar build and twin give the same bytes and that they equal OpenCV.js's output.

${table(rows)}

## Targets

${targets(rows)}

## WebAssembly memory

${Object.entries(memory)
  .map(([size, bytes]) => `- after the ${size} cases: ${(bytes / 2 ** 20).toFixed(2)} MiB`)
  .join('\n')}

Memory grows to fit the largest image seen, then every call reuses it.
${skipped.length || notes.length ? `\n## Notes\n\n${[...skipped, ...notes].map((line) => `- ${line}`).join('\n')}\n` : ''}`;
}
