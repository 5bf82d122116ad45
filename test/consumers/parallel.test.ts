// fastclahe/parallel installed from the packed tarball: imported from ESM and required from
// CommonJS (whose entry starts the ESM worker file shipped beside it), on an image large enough
// to be split across workers; the bytes must equal the synchronous functions'. Each script
// exits by itself, its idle workers unref'd.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Scratch } from './helpers/scratch.js';

const execFileAsync = promisify(execFile);
const scratch = new Scratch();
afterAll(() => scratch.remove());

// 2048×2048 = 2^22 pixels: at the threshold of equalizeHist and histogram (2^20 for the others), so all run on workers.
const BODY = `
const width = 2048, height = 2048;
const data = new Uint8Array(width * height).map((_, i) => ((i % width) >> 3) + ((Math.imul(i, 2654435761) >>> 28)));
const image = { data, width, height };
const rgb = { data: new Uint8Array(width * height * 3).map((_, i) => Math.imul(i, 40503) >>> 8), width, height };
const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
const run = async () => ({
  thresholds: parallel.parallelThresholds,
  clahe: same((await parallel.clahe(image, { clipLimit: 3 })).data, sync.clahe(image, { clipLimit: 3 }).data),
  equalizeHist: same((await parallel.equalizeHist(image)).data, sync.equalizeHist(image).data),
  histogram: same(await parallel.histogram(image), sync.histogram(image)),
  rgbToLab: same((await parallel.rgbToLab(rgb)).data, sync.rgbToLab(rgb).data),
});
`;

const ESM = `import * as sync from 'fastclahe';
import * as parallel from 'fastclahe/parallel';
${BODY}
console.log(JSON.stringify(await run()));
`;

const CJS = `const sync = require('fastclahe');
const parallel = require('fastclahe/parallel');
${BODY}
run().then((result) => console.log(JSON.stringify(result)));
`;

const EXPECTED = {
  thresholds: { clahe: 2 ** 20, conversions: 2 ** 20, equalizeHist: 2 ** 22, histogram: 2 ** 22 },
  clahe: true,
  equalizeHist: true,
  histogram: true,
  rgbToLab: true,
};

describe('fastclahe/parallel from the packed package', () => {
  const project = scratch.project('parallel', {
    'package.json': JSON.stringify({ name: 'parallel', private: true }),
    'esm.mjs': ESM,
    'cjs.cjs': CJS,
  });
  const run = async (script: string) => {
    const { stdout } = await execFileAsync(process.execPath, [script], { cwd: project, timeout: 60_000 });
    return JSON.parse(stdout) as unknown;
  };

  it('ESM import: same bytes as fastclahe, and the process exits by itself', async () => {
    expect(await run('esm.mjs')).toEqual(EXPECTED);
  });

  it('CommonJS require: same bytes, the ESM worker file started from the CJS entry', async () => {
    expect(await run('cjs.cjs')).toEqual(EXPECTED);
  });
});
