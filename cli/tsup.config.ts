import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', worker: 'src/run/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  // The library is bundled in (its WebAssembly is inlined in its JavaScript), so the published
  // CLI depends on sharp alone; sharp stays external for its native binaries.
  noExternal: ['fastclahe'],
  external: ['sharp'],
});
