// The packed CLI installs into an empty project and runs on its own: the library is bundled in,
// sharp comes from the registry (or npm's cache) with its prebuilt binaries.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readPng, syntheticImage, writePng } from './helpers/images.js';

const cliFolder = fileURLToPath(new URL('..', import.meta.url));

test('npm pack of cli/ installs in a scratch project and enhances an image', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'fastclahe-cli-pack-'));
  // --ignore-scripts: `npm test` has built dist/ already; rebuilding here would race the other tests.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: cliFolder,
      encoding: 'utf8',
    }),
  );
  const files = (packed[0].files as { path: string }[]).map((file) => file.path).sort();
  expect(files).toEqual(expect.arrayContaining(['bin/fastclahe.js', 'dist/cli.js', 'dist/worker.js', 'package.json']));
  expect(files.filter((path) => path.startsWith('src/') || path.startsWith('test/'))).toEqual([]);
  const manifest = JSON.parse(
    execFileSync('tar', ['-xOzf', join(scratch, packed[0].filename), 'package/package.json'], { encoding: 'utf8' }),
  );
  expect(Object.keys(manifest.dependencies)).toEqual(['sharp']);

  const project = join(scratch, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{ "name": "scratch", "private": true }');
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(scratch, packed[0].filename)], {
    cwd: project,
    stdio: 'pipe',
  });
  const bin = join(project, 'node_modules', '.bin', 'fastclahe');
  expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(manifest.version);
  writePng(join(project, 'photo.png'), syntheticImage(64, 48, 3, 8, 7));
  execFileSync(bin, ['enhance', 'photo.png', '--out', 'enhanced', '--quiet'], { cwd: project });
  const written = readPng(join(project, 'enhanced', 'photo.png'), 3);
  expect([written.width, written.height]).toEqual([64, 48]);
}, 180_000);
