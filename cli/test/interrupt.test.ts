// Ctrl-C during `fastclahe enhance`: the files in progress finish, nothing else starts, no
// temporary or partial file remains, and the exit code is 130.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { cliPath } from './helpers/run.js';

const COUNT = 24;

test('SIGINT stops the run cleanly: finished files stay complete, no partial files, exit 130', async () => {
  const root = mkdtempSync(join(tmpdir(), 'fastclahe-interrupt-'));
  const input = join(root, 'input');
  const out = join(root, 'out');
  mkdirSync(input);
  for (let i = 0; i < COUNT; i++) {
    await sharp({
      create: {
        width: 900,
        height: 900,
        channels: 3,
        background: { r: 40, g: 90, b: 140 },
        noise: { type: 'gaussian', mean: 100, sigma: 40 },
      },
    })
      .png({ compressionLevel: 1 })
      .toFile(join(input, `image-${String(i).padStart(2, '0')}.png`));
  }
  const child = spawn(process.execPath, [cliPath, 'enhance', input, '--out', out, '--jobs', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  // Interrupt as soon as the first file is in place.
  const deadline = Date.now() + 60_000;
  while (!(existsSync(out) && readdirSync(out).some((name) => name.endsWith('.png'))) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGINT');
  const code = await closed;
  expect(stderr).toContain('fastclahe enhance: interrupted; finishing the');
  expect(code).toBe(130);
  const left = readdirSync(out);
  expect(left.filter((name) => !/^image-\d\d\.png$/.test(name))).toEqual([]);
  expect(left.length).toBeGreaterThan(0);
  expect(left.length).toBeLessThan(COUNT);
  for (const name of left) {
    const { info } = await sharp(join(out, name)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([900, 900]);
  }
}, 120_000);
