// Every build under test: each conformance test runs against all three. The scalar
// WebAssembly build gets its own instance of the package (the query string makes a separate
// module) that adopts the scalar module through init() before its first call.
import { readFileSync } from 'node:fs';
import * as simdBuild from '../../dist/index.js';
import * as twinBuild from '../../dist/js.js';

const separateInstance: string = '../../dist/index.js?scalar';
const scalarBuild = (await import(separateInstance)) as typeof simdBuild;
await scalarBuild.init(new WebAssembly.Module(readFileSync(new URL('../../dist/fastclahe.wasm', import.meta.url))));

export const BACKENDS = [
  ['WebAssembly SIMD', simdBuild],
  ['WebAssembly scalar', scalarBuild],
  ['TypeScript twin', twinBuild],
] as const;
