import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { runCli } from './helpers/run.js';

describe('fastclahe (top level)', () => {
  test('--help lists the commands and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fastclahe \d+\.\d+\.\d+/);
    expect(result.stdout).toContain('Usage: fastclahe <command> [options]');
    expect(result.stderr).toBe('');
  });

  test('--version prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` });
  });

  test('no arguments prints help and exits 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Commands:');
  });

  test('an unknown command is bad usage: exit 2 and a message naming it', async () => {
    const result = await runCli(['enhanse']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fastclahe: unknown command 'enhanse'");
    expect(result.stdout).toBe('');
  });

  test('answers --help and usage errors without loading sharp (only the workers decode and encode)', async () => {
    // A resolve hook that refuses sharp: any import of it on the main thread fails the command.
    const dir = mkdtempSync(join(tmpdir(), 'fastclahe-no-sharp-'));
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      "export async function resolve(s, c, next) { if (s === 'sharp') throw new Error('sharp was loaded'); return next(s, c); }\n",
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const env = { NODE_OPTIONS: `--import=${pathToFileURL(register).href}` };
    for (const [args, code] of [
      [['--help'], 0],
      [['enhance', '--help'], 0],
      [['explore', '--help'], 0],
      [['enhance', 'x.png', '--out', 'o', '--method', 'nope'], 2],
      [['explore'], 2],
    ] as const) {
      const result = await runCli([...args], { env });
      expect(result.stderr, args.join(' ')).not.toContain('sharp was loaded');
      expect(result.code, args.join(' ')).toBe(code);
    }
    // The hook works: enhancing a real image, whose workers do load sharp, fails under it.
    const image = fileURLToPath(new URL('../../test/images/chelsea.png', import.meta.url));
    const enhanced = await runCli(['enhance', image, '--out', join(dir, 'out')], { env });
    expect(enhanced.code).not.toBe(0);
    expect(enhanced.stderr).toContain('sharp was loaded');
    rmSync(dir, { recursive: true, force: true });
  });
});
