// Exhaustive check of the 8-bit Lab kernels of build/ against a baseline build (an older
// commit's build/ directory), both WebAssembly builds (SIMD and scalar):
// - rgbToLab, labToRgb and labPlane's L on all 2^24 inputs, RGB order, 3 channels;
// - labMerge on all 2^24 colours × all 256 L′ (256 passes, pixel i gets L′ = (i + pass) & 255);
// - RGBA, BGR and BGRA on every 2^24 input with a few passes;
// - labMerge in place (dst = src, as wasmKernels calls it), and every kernel on 2^24 − 3 pixels
//   (the SIMD build's blocks take whole groups of four; the scalar loop finishes the rest).
// Each kernel is called as src/wasm/wasmKernels.ts calls it. Run: node scripts/check-lab.mjs <baseline build dir> [passes]
import { resolve } from 'node:path';
import { allColours, instantiate, N, same } from './lib/colourSweep.mjs';

const [baselineDir, passesArg] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node scripts/check-lab.mjs <baseline build dir> [passes]');
const PASSES = Number(passesArg ?? 256);

let checks = 0;
for (const file of ['fastclahe-simd.wasm', 'fastclahe.wasm']) {
  const builds = { baseline: instantiate(resolve(baselineDir, file)), candidate: instantiate(resolve('build', file)) };
  /** @type {Array<[channels: number, bgr: boolean, passes: number]>} */
  const layouts = [
    [3, false, PASSES],
    [4, false, 4],
    [3, true, 4],
    [4, true, 4],
  ];
  for (const [channels, bgr, passes] of layouts) {
    const colours = allColours(channels);
    const tag = `${file} ${bgr ? 'BGR' : 'RGB'}${channels === 4 ? 'A' : ''}`;
    const run = (_name, call) => {
      for (const build of Object.values(builds)) {
        build.bytes(build.src, colours.length).set(colours);
        call(build);
      }
      checks++;
    };
    for (const kernel of ['rgbToLab', 'labToRgb']) {
      run(kernel, ({ module, src, dst }) => module[kernel](src, dst, N, channels, bgr));
      same(
        builds.baseline.bytes(builds.baseline.dst, colours.length),
        builds.candidate.bytes(builds.candidate.dst, colours.length),
        `${tag} ${kernel}`,
      );
    }
    run('labPlane', ({ module, src, plane }) => module.labPlane(src, plane, N, channels, bgr));
    same(
      builds.baseline.bytes(builds.baseline.plane, N),
      builds.candidate.bytes(builds.candidate.plane, N),
      `${tag} labPlane`,
    );
    for (let pass = 0; pass < passes; pass++) {
      for (const build of Object.values(builds)) {
        const plane = build.bytes(build.plane, N);
        for (let i = 0; i < N; i++) plane[i] = i + pass;
        build.module.labMerge(build.src, build.plane, build.dst, N, channels, bgr, 255);
      }
      same(
        builds.baseline.bytes(builds.baseline.dst, colours.length),
        builds.candidate.bytes(builds.candidate.dst, colours.length),
        `${tag} labMerge pass ${pass}`,
      );
      checks++;
    }
    // In place, and a pixel count that is not a multiple of four.
    for (const pixels of [N, N - 3]) {
      for (const build of Object.values(builds)) {
        build.bytes(build.src, colours.length).set(colours);
        build.module.labPlane(build.src, build.plane, pixels, channels, bgr);
        const plane = build.bytes(build.plane, pixels);
        for (let i = 0; i < pixels; i++) plane[i] = 255 - plane[i];
        build.module.labMerge(build.src, build.plane, build.src, pixels, channels, bgr, 255);
        build.module.rgbToLab(build.src, build.src, pixels, channels, bgr);
        build.module.labToRgb(build.src, build.src, pixels, channels, bgr);
      }
      same(
        builds.baseline.bytes(builds.baseline.src, colours.length),
        builds.candidate.bytes(builds.candidate.src, colours.length),
        `${tag} in place on ${pixels} pixels`,
      );
      checks++;
    }
    console.log(
      `${tag}: rgbToLab, labToRgb, labPlane on 2^24 inputs and labMerge on 2^24 colours × ${passes} L′ patterns identical`,
    );
  }
}
console.log(`all ${checks} checks identical`);
