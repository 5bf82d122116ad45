// The packed package as registries and tools see it: what the tarball holds, publint --strict,
// Are the Types Wrong, and the browser payload of `import { clahe } from 'fastclahe'`, which
// README states.
import { build } from 'esbuild';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
const BUDGET_BYTES = 16 * 1024;
/** Where the README's images are served from: package.json's repository, at main. */
const RAW_IMAGES = 'https://raw.githubusercontent.com/fastclahe/fastclahe/main/';

/** The tarball's file list, without the package/ prefix. */
function packedFiles(): string[] {
  return execFileSync('tar', ['-tzf', inject('tarball')], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace(/^package\//, ''));
}

/** Every image a Markdown file shows: ![alt](src) and <img src="…">. */
function imageSources(markdown: string): string[] {
  const markdownImages = [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1]!);
  const htmlImages = [...markdown.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1]!);
  return [...markdownImages, ...htmlImages];
}

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
    const files = execFileSync('tar', ['-tzf', inject('tarball')], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const dist = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'js.js', 'js.cjs', 'js.d.ts', 'js.d.cts'];
    dist.push('parallel.js', 'parallel.cjs', 'parallel.d.ts', 'parallel.d.cts', 'parallelWorker.js');
    const shipped = [...dist, 'fastclahe.wasm', 'fastclahe-simd.wasm'].map((file) => `package/dist/${file}`);
    expect(files).toEqual(
      expect.arrayContaining(['package/package.json', 'package/README.md', 'package/LICENSE', ...shipped]),
    );
  });

  it('every image of the packed README resolves on the npm page: shipped, or absolute https', () => {
    // npm renders the README from the tarball: a relative link to a file not in it is a broken image.
    const readme = execFileSync('tar', ['-xzOf', inject('tarball'), 'package/README.md'], { encoding: 'utf8' });
    const files = new Set(packedFiles());
    const sources = imageSources(readme);
    expect(sources.length, 'README shows images').toBeGreaterThan(5);
    const broken = sources.filter(
      (source) => !files.has(source.replace(/^\.\//, '')) && !source.startsWith('https://'),
    );
    expect(broken, 'relative images missing from the tarball').toEqual([]);
    // This repository's own images: the file is committed where the URL points.
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const missing = sources
      .filter((source) => source.startsWith(RAW_IMAGES))
      .filter((source) => !existsSync(root + source.slice(RAW_IMAGES.length)));
    expect(missing, `images under ${RAW_IMAGES} that are not in the repository`).toEqual([]);
    const packed = execFileSync('tar', ['-xzOf', inject('tarball'), 'package/package.json'], { encoding: 'utf8' });
    expect(JSON.parse(packed).repository.url).toBe('git+https://github.com/fastclahe/fastclahe.git');
  });

  it('publint --strict finds nothing', async () => {
    const tarball = readFileSync(inject('tarball'));
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
    });
    expect(pkg.name).toBe('fastclahe');
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`)).toEqual([]);
  });

  it('Are the Types Wrong finds no problem in any resolution mode, configured by the repository alone', async () => {
    // .attw.json leaves out the .wasm files (binary assets for bundlers and fetch(), not modules
    // with types), so the plain `npx @arethetypeswrong/cli --pack` run in the repository passes too.
    const args = [ATTW, inject('tarball'), '--format', 'ascii', '--no-color'];
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    await execFileAsync(process.execPath, args, { cwd }).catch((error: { stdout: string }) => {
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
    expect(
      Math.abs(statedBytes - bytes),
      `README says ${stated![1]} KB, measured ${(bytes / 1024).toFixed(1)} KB`,
    ).toBeLessThanOrEqual(bytes * 0.1);
  });
});
