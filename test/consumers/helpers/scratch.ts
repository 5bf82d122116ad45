// Throwaway consumer projects outside the repository. Each gets the packed fastclahe extracted
// into node_modules/fastclahe, as `npm install fastclahe-<version>.tgz` leaves it (the package
// has no dependencies), so nothing from the working tree can leak into what is tested.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

/** The text of a file in test/consumers/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

export class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), 'fastclahe-consumers-'));

  /** A project directory holding `files` and the packed fastclahe. */
  project(name: string, files: Record<string, string>): string {
    const directory = join(this.root, name);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(directory, path)), { recursive: true });
      writeFileSync(join(directory, path), content);
    }
    const installed = join(directory, 'node_modules', 'fastclahe');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', inject('tarball'), '-C', installed, '--strip-components=1']);
    return directory;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
