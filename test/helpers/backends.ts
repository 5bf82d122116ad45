// Both builds under test: every conformance test runs against each.
import * as wasmBuild from '../../dist/index.js';
import * as twinBuild from '../../dist/js.js';

export const BACKENDS = [
  ['WebAssembly', wasmBuild],
  ['TypeScript twin', twinBuild],
] as const;
