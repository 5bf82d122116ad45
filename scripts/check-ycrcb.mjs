// Check of the YCrCb kernels of build/ against a baseline build (an older commit's build/
// directory), both WebAssembly builds (SIMD and scalar):
// - 8-bit: rgbToYCrCb, yCrCbToRgb and yCrCbPlane on all 2^24 inputs, yCrCbMerge on all 2^24
//   colours × `passes` Y′ patterns;
// - 16-bit (2^48 inputs, so a dense sample): 2^24 pixels whose channels are each 24-bit colour's
//   bytes spread over 0..65535 plus a hash in the low bits, every kernel, merges with Y′ patterns
//   capped at 65535 and at 4095 (a 12-bit image);
// - RGB, RGBA, BGR, BGRA; in place (dst = src, as wasmKernels calls them); and on 2^24 − 3
//   pixels (the SIMD loops take whole groups of four; the scalar loop finishes the rest).
// Run: node scripts/check-ycrcb.mjs <baseline build dir> [passes]
import { resolve } from 'node:path';
import { allColours, instantiate, N, same } from './lib/colourSweep.mjs';

const [baselineDir, passesArg] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node scripts/check-ycrcb.mjs <baseline build dir> [passes]');
const PASSES = Number(passesArg ?? 16);
// 16-bit pixels of half as many channels' bytes fit the sweep's 4·N-byte regions.
const N16 = N / 2;

/** 16-bit pixels: each byte b of allColours becomes b·257 ^ (a hash of its index & 255). */
function colours16(channels) {
  const bytes = allColours(channels);
  const words = new Uint16Array(N16 * channels);
  for (let i = 0; i < words.length; i++) words[i] = (bytes[i] * 257) ^ (Math.imul(i, 2654435761) >>> 24);
  return new Uint8Array(words.buffer);
}

let checks = 0;
for (const file of ['fastclahe-simd.wasm', 'fastclahe.wasm']) {
  const builds = { baseline: instantiate(resolve(baselineDir, file)), candidate: instantiate(resolve('build', file)) };
  for (const [channels, bgr] of [
    [3, false],
    [4, false],
    [3, true],
    [4, true],
  ]) {
    const tag = `${file} ${bgr ? 'BGR' : 'RGB'}${channels === 4 ? 'A' : ''}`;
    for (const depth of [8, 16]) {
      const input = depth === 8 ? allColours(channels) : colours16(channels);
      const n = depth === 8 ? N : N16;
      const suffix = depth === 8 ? '' : '16';
      const planeBytes = n * (depth / 8);
      const compare = (what, at) => {
        same(
          builds.baseline.bytes(builds.baseline[at], input.length),
          builds.candidate.bytes(builds.candidate[at], input.length),
          `${tag} ${depth}-bit ${what}`,
        );
        checks++;
      };
      for (const kernel of ['rgbToYCrCb', 'yCrCbToRgb']) {
        for (const build of Object.values(builds)) {
          build.bytes(build.src, input.length).set(input);
          build.module[kernel + suffix](build.src, build.dst, n, channels, bgr);
        }
        compare(kernel, 'dst');
      }
      for (const build of Object.values(builds)) {
        build.bytes(build.src, input.length).set(input);
        build.module[`yCrCbPlane${suffix}`](build.src, build.plane, n, channels, bgr);
      }
      same(
        builds.baseline.bytes(builds.baseline.plane, planeBytes),
        builds.candidate.bytes(builds.candidate.plane, planeBytes),
        `${tag} ${depth}-bit plane`,
      );
      for (const top of depth === 8 ? [255] : [65535, 4095]) {
        for (let pass = 0; pass < PASSES; pass++) {
          for (const build of Object.values(builds)) {
            const plane =
              depth === 8 ? build.bytes(build.plane, n) : new Uint16Array(build.module.memory.buffer, build.plane, n);
            for (let i = 0; i < n; i++) plane[i] = (Math.imul(i + pass, 40503) >>> 7) & top;
            build.module[`yCrCbMerge${suffix}`](build.src, build.plane, build.dst, n, channels, bgr, top);
          }
          compare(`merge top ${top} pass ${pass}`, 'dst');
        }
      }
      // In place, on a pixel count that is not a multiple of four.
      for (const pixels of [n, n - 3]) {
        for (const build of Object.values(builds)) {
          build.bytes(build.src, input.length).set(input);
          build.module[`yCrCbPlane${suffix}`](build.src, build.plane, pixels, channels, bgr);
          build.module[`yCrCbMerge${suffix}`](
            build.src,
            build.plane,
            build.src,
            pixels,
            channels,
            bgr,
            depth === 8 ? 255 : 65535,
          );
          build.module[`rgbToYCrCb${suffix}`](build.src, build.src, pixels, channels, bgr);
          build.module[`yCrCbToRgb${suffix}`](build.src, build.src, pixels, channels, bgr);
        }
        compare(`in place on ${pixels} pixels`, 'src');
      }
    }
    console.log(`${tag}: 8- and 16-bit YCrCb kernels identical`);
  }
}
console.log(`all ${checks} checks identical`);
