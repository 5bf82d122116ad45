// Every build under test: each conformance test runs against all three. The scalar
// WebAssembly build gets its own instance of the package (a second module graph, loaded after
// vi.resetModules) that adopts the scalar module from build/ through init() before its first call.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import * as simdBuild from 'fastclahe';
import * as twinBuild from 'fastclahe/js';

vi.resetModules();
const scalarBuild: typeof simdBuild = await import('fastclahe');
await scalarBuild.init(new WebAssembly.Module(readFileSync(new URL('../../build/fastclahe.wasm', import.meta.url))));

export const BACKENDS = [
  ['WebAssembly SIMD', simdBuild],
  ['WebAssembly scalar', scalarBuild],
  ['TypeScript twin', twinBuild],
] as const;
