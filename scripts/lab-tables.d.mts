// Types of scripts/lab-tables.mjs for the TypeScript test that imports it (test/labTables.test.ts).

/** Each generated file's text, by its path from the repository root. */
export const LAB_TABLE_FILES: Record<'assembly/labTables.ts' | 'src/twin/labTables.ts', string>;
/** One line per table and matrix: its size and range. */
export const LAB_TABLE_SUMMARY: string[];
/** The tables labCurves.ts computes at start-up: LabCbrtTab_b (3072 entries), LabToYF_b's Y and f(Y) (256 each). */
export const LAB_CURVES: { LAB_CBRT: number[]; LAB_TO_Y: number[]; LAB_TO_FY: number[] };
