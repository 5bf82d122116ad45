// One case of benchmarks/run.mjs: check that every build and OpenCV.js give the same bytes, then
// time every Node peer in one tinybench run, then native OpenCV right after.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import * as fastclahe from 'fastclahe';
import * as twin from 'fastclahe/js';
import { bytesOf, sameBytes, sha256 } from './bytes.mjs';
import { openCVMats } from './peers.mjs';

/**
 * One row of the report: median milliseconds per peer, and notes.
 * @param {{ seconds: number, samples: number }} timing at least this long and this many samples per peer
 */
export async function runCase(operation, image, hsvImage, peers, scratch, timing) {
  const { cv } = peers.opencv;
  const input = operation.input === 'hsv' ? hsvImage : image;
  const newOutput = () => ({
    data: new input.data.constructor(input.data.length),
    width: input.width,
    height: input.height,
  });
  /** @type {{ operation: string, size: string, channels: number, depth: number, ms: Record<string, number>, notes: string[] }} */
  const row = {
    operation: operation.name,
    size: `${image.width}×${image.height}`,
    channels: operation.channels,
    depth: operation.depth ?? 8,
    ms: {},
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
  const bench = new Bench({
    time: timing.seconds * 1000,
    iterations: timing.samples,
    warmupTime: 200,
    warmupIterations: 3,
  });
  bench.add('fastclahe', () => operation.fastclahe(fastclahe, input, output));
  bench.add('scalar', () => operation.fastclahe(peers.scalar, input, output));
  bench.add('twin', () => operation.fastclahe(twin, input, output));
  if (mats) {
    const inputBytes = mats.input.data.slice();
    const copyOut = new Uint8Array(/** @type {Uint8Array} */ (reference).length);
    bench.add('OpenCV.js', () => operation.opencv(cv, mats));
    bench.add('OpenCV.js + copies', () => {
      mats.input.data.set(inputBytes);
      copyOut.set(bytesOf(operation.opencv(cv, mats)));
    });
  }
  await bench.run();
  for (const { name, result } of bench.tasks) {
    if (result.state !== 'completed') throw new Error(`${operation.name} ${row.size}: ${name} ${result.state}`);
    row.ms[name] = result.latency.p50;
  }
  mats?.free();

  if (peers.native.measure) {
    const file = join(scratch, `${row.size}-${operation.channels}.raw`);
    writeFileSync(file, bytesOf(input));
    const answer = await peers.native.measure({
      ...operation.native,
      input: file,
      width: input.width,
      height: input.height,
      channels: operation.channels,
      depth: operation.depth ?? 8,
      minSeconds: timing.seconds,
      minSamples: timing.samples,
    });
    if (answer.error) row.notes.push(`native failed: ${answer.error}`);
    else {
      row.ms.native = answer.medianMs;
      if (reference && operation.compare && answer.sha256 !== sha256(reference))
        row.notes.push('native OpenCV output differs from OpenCV.js and fastclahe');
    }
  }
  return row;
}
