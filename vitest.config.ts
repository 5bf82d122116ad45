import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const ROOT = path('./');
const ENTRIES = { index: path('./src/index.ts'), js: path('./src/js.ts') };

/**
 * The unit and exhaustive tiers test src/ as it is, with no tsup: `fastclahe` and `fastclahe/js`
 * resolve to src/index.ts and src/js.ts (tsconfig.json's `paths` say the same to tsc), and
 * each of the two is bundled in memory by esbuild with the .wasm from build/ inlined as bytes,
 * as tsup bundles dist/ (test/setup-wasm.ts rebuilds build/ first when assembly/ is newer).
 * Bundled, not module by module: vitest's per-module transform turns every call across
 * src/ files into a property read on a module namespace, which made the twin's per-pixel loops
 * 3 to 15 times slower.
 */
const sourceBundles: Plugin = {
  name: 'fastclahe:source-bundles',
  enforce: 'pre',
  async load(id) {
    const file = id.split('?')[0]!;
    if (file !== ENTRIES.index && file !== ENTRIES.js) return null;
    const outfile = file.replace(/\.ts$/, '.bundle.js'); // beside the entry, so the map's paths hold
    const { outputFiles, metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: [file],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2020', // as tsup.config.ts; esnext would decode the .wasm with Uint8Array.fromBase64, not in Node 20
      loader: { '.wasm': 'binary' },
      sourcemap: 'external',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    for (const input of Object.keys(metafile.inputs)) this.addWatchFile(join(ROOT, input));
    const output = (suffix: string) => outputFiles.find((output) => output.path.endsWith(suffix))!.text;
    return { code: output('.bundle.js'), map: output('.bundle.js.map') };
  },
};

const fromSource = {
  extends: true,
  plugins: [sourceBundles],
  resolve: {
    alias: [
      { find: /^fastclahe$/, replacement: ENTRIES.index },
      { find: /^fastclahe\/js$/, replacement: ENTRIES.js },
    ],
  },
} as const;

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 60_000,
    projects: [
      {
        // The everyday loop: `npm run test:unit`.
        ...fromSource,
        test: {
          name: 'unit',
          include: ['test/*.test.ts'],
          exclude: ['test/*.exhaustive.test.ts'],
          globalSetup: ['test/setup-wasm.ts'],
        },
      },
      {
        // Every 2^24 byte triple, and the 16-bit and colour-equalize suites: `npm run test:exhaustive`.
        ...fromSource,
        test: {
          name: 'exhaustive',
          include: ['test/*.exhaustive.test.ts'],
          globalSetup: ['test/setup-wasm.ts'],
        },
      },
      // The command-line package: tests run the built CLI (cli/dist) as a child process, and
      // compare with the built library (dist/): `npm run test:cli`.
      { extends: true, test: { name: 'cli', include: ['cli/test/**/*.test.ts'] } },
      {
        extends: true,
        // What ships, not src/: these import dist/ (built by `npm test`/`npm run test:consumers`).
        resolve: {
          alias: [
            { find: /^fastclahe$/, replacement: path('./dist/index.js') },
            { find: /^fastclahe\/js$/, replacement: path('./dist/js.js') },
          ],
        },
        test: {
          // Real consumers of the packed package: Node, TypeScript, bundlers and Chromium.
          name: 'consumers',
          include: ['test/consumers/*.test.ts'],
          globalSetup: ['test/consumers/setup.ts'],
        },
      },
    ],
  },
});
