// Writes assembly/labTables.ts and src/twin/labTables.ts from scripts/lab-tables.mjs, which
// computes them the way OpenCV's initLabTabs() does, and prints a summary of each table.
// Run: npm run generate   (test/labTables.test.ts fails when the committed files differ)
import { writeFileSync } from 'node:fs';
import { LAB_TABLE_FILES, LAB_TABLE_SUMMARY } from './lab-tables.mjs';

for (const [path, text] of Object.entries(LAB_TABLE_FILES)) writeFileSync(new URL(`../${path}`, import.meta.url), text);
console.log(LAB_TABLE_SUMMARY.join('\n'));
