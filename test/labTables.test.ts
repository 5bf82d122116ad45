// The committed Lab tables are exactly what their generator writes today: an edit to either file,
// or to scripts/lab-tables.mjs without `npm run generate`, fails here. Compared in memory.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAB_TABLE_FILES } from '../scripts/lab-tables.mjs';

describe('npm run generate', () => {
  it.each(Object.entries(LAB_TABLE_FILES))('changes nothing in %s', (path, generated) => {
    const committed = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    expect(committed === generated, `${path} differs from scripts/lab-tables.mjs: run npm run generate`).toBe(true);
  });
});
