// The committed Lab tables are exactly what their generator writes today: an edit to either file,
// or to scripts/lab-tables.mjs without `npm run generate`, fails here. Compared in memory. The
// tables computed at start-up (labCurves.ts) equal the generator's, entry by entry, in the twin
// and in both WebAssembly builds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAB_CURVES, LAB_TABLE_FILES } from '../scripts/lab-tables.mjs';
import { cbrtTable, lightnessTables } from '../src/twin/labCurves.js';

describe('npm run generate', () => {
  it.each(Object.entries(LAB_TABLE_FILES))('changes nothing in %s', (path, generated) => {
    const committed = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    expect(committed === generated, `${path} differs from scripts/lab-tables.mjs: run npm run generate`).toBe(true);
  });
});

describe('the Lab tables computed at start-up (labCurves.ts)', () => {
  it('twin: LabCbrtTab_b and LabToYF_b equal scripts/lab-tables.mjs entry by entry', () => {
    const { yOfL, fyOfL } = lightnessTables();
    expect([...cbrtTable()]).toEqual(LAB_CURVES.LAB_CBRT);
    expect([...yOfL]).toEqual(LAB_CURVES.LAB_TO_Y);
    expect([...fyOfL]).toEqual(LAB_CURVES.LAB_TO_FY);
  });

  it.each(['fastclahe.wasm', 'fastclahe-simd.wasm'])(
    '%s holds each of them, whole, in its memory once instantiated',
    (file) => {
      const bytes = readFileSync(new URL(`../build/${file}`, import.meta.url));
      const { memory } = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as {
        memory: WebAssembly.Memory;
      };
      const heap = Buffer.from(memory.buffer);
      for (const [name, values] of Object.entries(LAB_CURVES)) {
        // The module's u16 tables are little-endian; so is a Uint16Array on every platform Node runs on.
        const table = Buffer.from(new Uint16Array(values).buffer);
        expect(heap.indexOf(table), `${name} in ${file}`).toBeGreaterThanOrEqual(0);
      }
    },
  );
});
