/** The explore kernels' bytes as asc builds cli/assembly/index.ts now (see build-explore-wasm.mjs). */
export function compile(): Buffer;
/** The TypeScript source holding `bytes` (what the script writes to cli/src/explore/exploreWasm.ts). */
export function source(bytes: Buffer): string;
export const SOURCE: string;
export const TARGET: string;
export const ASC_FLAGS: string[];
