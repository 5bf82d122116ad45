// Exhaustive check of the 8-bit HSV kernels of build/ against a baseline build (an older
// commit's build/ directory, e.g. main's), both WebAssembly builds (SIMD and scalar):
// - OpenCV's reciprocal tables (sdiv_table, hdiv_table for 180 and 256 hues) equal the rounded
//   f32 quotients the SIMD forward conversion divides with, entry by entry;
// - rgbToHsv, rgbToHsvFull, hsvToRgb, hsvToRgbFull and hsvPlane on all 2^24 inputs;
// - hsvMerge on all 2^24 colours × all 256 V′ (256 passes, pixel i gets V′ = (i + pass) & 255);
// each in RGB order with 3 channels, and RGBA, BGR and BGRA on every 2^24 input with a few
// merge passes. Each kernel is called as src/wasm/wasmKernels.ts calls it.
// Run: npm run build:wasm && node scripts/check-hsv.mjs <baseline build dir> [passes]
import { resolve } from 'node:path';
import { allColours, instantiate, N, same } from './lib/colourSweep.mjs';

const [baselineDir, passesArg] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: node scripts/check-hsv.mjs <baseline build dir> [passes]');
const PASSES = Number(passesArg ?? 256);

/** OpenCV builds its tables in double; f32 division is correctly rounded, and so is Math.fround of a double quotient of two f32 (double has over 2·24 + 2 bits). */
function checkReciprocals() {
  const evenRound = (x) => {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 ? r - 1 : r;
  };
  /** @type {Array<[name: string, numerator: number, divisor: number]>} */
  const tables = [
    ['sdiv_table', 255 << 12, 1],
    ['hdiv_table180', 180 << 12, 6],
    ['hdiv_table256', 256 << 12, 6],
  ];
  for (const [name, numerator, divisor] of tables) {
    for (let i = 1; i < 256; i++) {
      const table = Math.round(numerator / (divisor * i));
      const quotient = evenRound(Math.fround(Math.fround(numerator) / Math.fround(divisor * i)));
      if (quotient !== table) throw new Error(`${name}[${i}] = ${table}, f32 quotient rounds to ${quotient}`);
    }
  }
  console.log('OpenCV reciprocal tables equal the rounded f32 quotients for every entry 1..255');
}

checkReciprocals();
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
    const run = (call) => {
      for (const build of Object.values(builds)) {
        build.bytes(build.src, colours.length).set(colours);
        call(build);
      }
      checks++;
    };
    for (const kernel of ['rgbToHsv', 'rgbToHsvFull', 'hsvToRgb', 'hsvToRgbFull']) {
      run(({ module, src, dst }) => module[kernel](src, dst, N, channels, bgr));
      same(
        builds.baseline.bytes(builds.baseline.dst, colours.length),
        builds.candidate.bytes(builds.candidate.dst, colours.length),
        `${tag} ${kernel}`,
      );
    }
    run(({ module, src, plane }) => module.hsvPlane(src, plane, N, channels, bgr));
    same(
      builds.baseline.bytes(builds.baseline.plane, N),
      builds.candidate.bytes(builds.candidate.plane, N),
      `${tag} hsvPlane`,
    );
    for (let pass = 0; pass < passes; pass++) {
      for (const build of Object.values(builds)) {
        const plane = build.bytes(build.plane, N);
        for (let i = 0; i < N; i++) plane[i] = i + pass;
        build.module.hsvMerge(build.src, build.plane, build.dst, N, channels, bgr, 255);
      }
      same(
        builds.baseline.bytes(builds.baseline.dst, colours.length),
        builds.candidate.bytes(builds.candidate.dst, colours.length),
        `${tag} hsvMerge pass ${pass}`,
      );
      checks++;
    }
    console.log(
      `${tag}: rgbToHsv(Full), hsvToRgb(Full), hsvPlane on 2^24 inputs and hsvMerge on 2^24 colours × ${passes} V′ patterns identical`,
    );
  }
}
console.log(`all ${checks} checks identical`);
