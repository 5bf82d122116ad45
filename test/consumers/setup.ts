// Packs fastclahe once with `npm pack`, exactly what `npm publish` would upload, so every
// consumer test installs and uses the published files rather than the working tree. It packs a
// fresh copy of the sources (the files git tracks or would track: no build/, no dist/), as a
// clean clone would be, so `prepack` has to build everything the package ships.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the packed fastclahe-<version>.tgz. */
    tarball: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the working tree's sources in `directory`, sharing the repository's node_modules. */
function freshCopy(directory: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of files.split('\0')) {
    if (!file || !existsSync(join(ROOT, file))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(directory, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(directory, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
}

export default function setup(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'fastclahe-pack-'));
  const sources = join(directory, 'fastclahe');
  freshCopy(sources);
  // Not --json: prepack's build writes to the same stdout.
  try {
    execFileSync('npm', ['pack', '--pack-destination', directory], {
      cwd: sources,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`npm pack failed in a fresh copy of the sources:\n${stdout}\n${stderr}`);
  }
  const [tarball] = readdirSync(directory).filter((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball to ${directory}`);
  project.provide('tarball', join(directory, tarball));
  return () => rmSync(directory, { recursive: true, force: true });
}
