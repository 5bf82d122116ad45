import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The unit and exhaustive tiers test src/ as it is, with no tsup: `fastclahe` and `fastclahe/js`
 * resolve to the sources (tsconfig.json's `paths` say the same to tsc), and the .wasm files
 * src/wasm/instance.ts imports are read as bytes from build/, as tsup's binary loader inlines
 * them. test/setup-wasm.ts rebuilds build/ first when the AssemblyScript is newer.
 */
const wasmAsBytes: Plugin = {
  name: 'fastclahe:wasm-as-bytes',
  enforce: 'pre',
  load(id) {
    const file = id.split('?')[0]!;
    if (!file.endsWith('.wasm')) return null;
    return `import { readFileSync } from 'node:fs';\nexport default new Uint8Array(readFileSync(${JSON.stringify(file)}));\n`;
  },
};

const fromSource = {
  extends: true,
  plugins: [wasmAsBytes],
  resolve: {
    alias: [
      { find: /^fastclahe$/, replacement: path('./src/index.ts') },
      { find: /^fastclahe\/js$/, replacement: path('./src/js.ts') },
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
