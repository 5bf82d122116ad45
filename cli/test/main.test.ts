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
});
