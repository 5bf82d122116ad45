import { defineConfig } from 'tsup';

export default defineConfig({
  // coco: the evaluation as a library (`fastclahe-cli/coco`), free of Node built-ins.
  entry: { cli: 'src/cli.ts', worker: 'src/run/worker.ts', coco: 'src/coco/index.ts' },
  dts: { entry: { coco: 'src/coco/index.ts' } },
  format: ['esm'],
  // No shared chunks: coco.js must stay free of the Node-only helpers (Buffer) the CLI's
  // entries pull in, so it runs in a browser.
  splitting: false,
  platform: 'node',
  target: 'node20',
  clean: true,
  // The library is bundled in (its WebAssembly is inlined in its JavaScript), so the published
  // CLI depends on sharp alone; sharp stays external for its native binaries.
  noExternal: ['fastclahe'],
  // tsconfig paths point `fastclahe` at the library's src/, which imports its asc builds.
  loader: { '.wasm': 'binary' },
  external: ['sharp'],
});
