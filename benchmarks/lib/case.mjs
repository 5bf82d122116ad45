// One case of benchmarks/run.mjs: check that every build and OpenCV.js give the same bytes, then
// time every peer, native OpenCV included, side by side in interleaved rounds (rounds.mjs).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fastclahe from 'fastclahe';
import * as twin from 'fastclahe/js';
import { bytesOf, sameBytes, sha256 } from './bytes.mjs';
import { openCVMats } from './peers.mjs';
import { blockOf, interleave } from './rounds.mjs';

/**
 * One row of the report: per peer the median milliseconds per call and the per-round ratios to
 * fastclahe, and notes.
 * @param {{ rounds: number, blockSeconds: number }} timing rounds, and the length of one peer's block in each
 */
export async function runCase(operation, image, hsvImage, peers, scratch, timing) {
  const { cv } = peers.opencv;
  const input = operation.input === 'hsv' ? hsvImage : image;
  const newOutput = () => ({
    data: new input.data.constructor(input.data.length),
    width: input.width,
    height: input.height,
  });
  /** @type {{ operation: string, size: string, channels: number, depth: number, ms: Record<string, number>,
   *   ratio: Record<string, { median: number, min: number, max: number }>, notes: string[] }} */
  const row = {
    operation: operation.name,
    size: `${image.width}×${image.height}`,
    channels: operation.channels,
    depth: operation.depth ?? 8,
    ms: {},
    ratio: {},
    notes: [],
  };

  const mats = cv
    ? openCVMats(cv, image, operation.channels, operation.input === 'hsv' ? hsvImage : undefined)
    : undefined;
  const ours = bytesOf(operation.fastclahe(fastclahe, input, newOutput()));
  for (const [name, lib] of [
    ['scalar', peers.scalar],
    ['twin', twin],
  ]) {
    if (!sameBytes(bytesOf(operation.fastclahe(lib, input, newOutput())), ours))
      throw new Error(`${operation.name} ${row.size}: ${name} differs from the SIMD build`);
  }
  /** @type {Uint8Array | undefined} */
  let reference;
  if (mats) {
    reference = Uint8Array.from(bytesOf(operation.opencv(cv, mats)));
    if (operation.compare && !sameBytes(operation.compare(ours), reference))
      throw new Error(`${operation.name} ${row.size}: fastclahe differs from OpenCV.js`);
    if (!operation.compare) row.notes.push('no OpenCV equivalent: OpenCV timed with 65536 bins, output not compared');
  }

  const output = newOutput();
  const nodePeers = [
    ['fastclahe', fastclahe],
    ['scalar', peers.scalar],
    ['twin', twin],
  ].map(([name, lib]) => ({ name, block: blockOf(() => operation.fastclahe(lib, input, output)) }));
  if (mats) {
    const inputBytes = mats.input.data.slice();
    const copyOut = new Uint8Array(/** @type {Uint8Array} */ (reference).length);
    nodePeers.push({ name: 'OpenCV.js', block: blockOf(() => operation.opencv(cv, mats)) });
    nodePeers.push({
      name: 'OpenCV.js + copies',
      block: blockOf(() => {
        mats.input.data.set(inputBytes);
        copyOut.set(bytesOf(operation.opencv(cv, mats)));
      }),
    });
  }
  for (const peer of nodePeers) peer.block(0); // warm-up: one call each
  const nativePeers = peers.native.measure ? await nativeBlocks(operation, input, peers.native, scratch, row) : [];
  if (nativePeers.length && reference && operation.compare && nativePeers[0].sha256 !== sha256(reference))
    row.notes.push('native OpenCV output differs from OpenCV.js and fastclahe');
  const timed = await interleave([...nodePeers, ...nativePeers], timing);
  for (const [name, { ms, ratio }] of Object.entries(timed)) {
    row.ms[name] = ms;
    row.ratio[name] = ratio;
  }
  mats?.free();
  return row;
}

/**
 * Native OpenCV as two peers, one thread and its default threads, each a block timed by the
 * persistent Python process (which keeps the case's input and objects between blocks).
 */
async function nativeBlocks(operation, input, native, scratch, row) {
  const file = join(scratch, `${row.size}-${operation.channels}.raw`);
  writeFileSync(file, bytesOf(input));
  const request = {
    ...operation.native,
    input: file,
    width: input.width,
    height: input.height,
    channels: operation.channels,
    depth: operation.depth ?? 8,
  };
  const first = await native.measure({ ...request, threads: 1, seconds: 0 });
  if (first.error) {
    row.notes.push(`native failed: ${first.error}`);
    return [];
  }
  const peer = (name, threads) => ({
    name,
    sha256: first.sha256,
    block: async (/** @type {number} */ seconds) => {
      const answer = await native.measure({ ...request, threads, seconds });
      if (answer.error) throw new Error(`${operation.name} ${row.size}: native failed: ${answer.error}`);
      return answer.ms;
    },
  });
  return [peer('native', 1), peer('native, all threads', -1)];
}
