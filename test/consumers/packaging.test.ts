// The packed package as registries and tools see it: what the tarball holds, publint --strict,
// Are the Types Wrong, and the browser payload of `import { clahe } from 'fastclahe'`, which
// README states.
import { build } from 'esbuild';
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Scratch } from './helpers/scratch.js';

const execFileAsync = promisify(execFile);
const ATTW = fileURLToPath(new URL('../../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const BUDGET_BYTES = 30 * 1024;

const scratch = new Scratch();
afterAll(() => scratch.remove());

/** Minified, tree-shaken and gzipped size of what a browser app importing `clahe` ships. */
async function claheBrowserPayload(): Promise<number> {
  const project = scratch.project('payload', { 'entry.js': "export { clahe } from 'fastclahe';\n" });
  const result = await build({
    absWorkingDir: project,
    entryPoints: ['entry.js'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

describe('packaging', () => {
  it('npm pack of a fresh copy of the sources ships the ESM, CommonJS, declarations and both .wasm', () => {
    // setup.ts packs a copy without build/ or dist/: prepack must have built all of these.
    const files = execFileSync('tar', ['-tzf', inject('tarball')], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const dist = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'js.js', 'js.cjs', 'js.d.ts', 'js.d.cts'];
    const shipped = [...dist, 'fastclahe.wasm', 'fastclahe-simd.wasm'].map((file) => `package/dist/${file}`);
    expect(files).toEqual(expect.arrayContaining(['package/package.json', 'package/README.md', 'package/LICENSE', ...shipped]));
  });

  it('publint --strict finds nothing', async () => {
    const tarball = readFileSync(inject('tarball'));
    const { messages, pkg } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true });
    expect(pkg.name).toBe('fastclahe');
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`)).toEqual([]);
  });

  it('Are the Types Wrong finds no problem in any resolution mode, configured by the repository alone', async () => {
    // .attw.json leaves out the .wasm files (binary assets for bundlers and fetch(), not modules
    // with types), so the plain `npx @arethetypeswrong/cli --pack` run in the repository passes too.
    const args = [ATTW, inject('tarball'), '--format', 'ascii', '--no-color'];
    await execFileAsync(process.execPath, args, { cwd: fileURLToPath(new URL('../..', import.meta.url)) }).catch((error: { stdout: string }) => {
      throw new Error(`attw reported problems:\n${error.stdout}`);
    });
  });

  it(`import { clahe } from 'fastclahe' costs a browser bundle under ${BUDGET_BYTES / 1024} KB gzipped, as README states`, async () => {
    const bytes = await claheBrowserPayload();
    console.log(`browser payload of import { clahe } from 'fastclahe': ${bytes} bytes minified and gzipped`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    const stated = /adds ([\d.]+) KB\s+to\s+a\s+browser\s+bundle/.exec(readFileSync(README, 'utf8'));
    expect(stated, 'README states the payload as "adds N KB to a browser bundle"').not.toBeNull();
    const statedBytes = Number(stated![1]) * 1024;
    expect(Math.abs(statedBytes - bytes), `README says ${stated![1]} KB, measured ${(bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(bytes * 0.1);
  });
});
