// Packs fastclahe once with `npm pack`, exactly what `npm publish` would upload, so every
// consumer test installs and uses the published files rather than the working tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the packed fastclahe-<version>.tgz. */
    tarball: string;
  }
}

export default function setup(project: TestProject): () => void {
  const directory = mkdtempSync(join(tmpdir(), 'fastclahe-pack-'));
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', directory], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
  project.provide('tarball', join(directory, filename));
  return () => rmSync(directory, { recursive: true, force: true });
}
