// `fastclahe enhance` run as a process on generated folders: outputs byte-exact against the
// library's own functions, every error path with its message and exit code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clahe, equalizeHist } from 'fastclahe';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { readPng, syntheticImage, writePng, type TestImage } from './helpers/images.js';
import { cliPath, runCli } from './helpers/run.js';

const LAYOUTS: Record<string, [TestImage['channels'], 8 | 16]> = {
  'gray.png': [1, 8],
  'nested/rgb.png': [3, 8],
  'nested/deeper/rgba.png': [4, 8],
  'gray-alpha.png': [2, 8],
  'nested/gray16.png': [1, 16],
  'rgb16.png': [3, 16],
  'rgba16.png': [4, 16],
};

let root: string;
let input: string;

function scratch(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What the library gives for a test image (gray + alpha: the gray channel, alpha copied). */
function expected(
  image: TestImage,
  options: Parameters<typeof clahe>[1] = {},
  method: 'clahe' | 'equalize' = 'clahe',
): TestImage {
  const run = (data: TestImage['data'], channels: number) => {
    const picked = { ...options };
    if (channels < 3) delete picked.colorSpace;
    const img = { data, width: image.width, height: image.height };
    return (method === 'clahe' ? clahe(img, picked) : equalizeHist(img, picked as Parameters<typeof equalizeHist>[1]))
      .data as TestImage['data'];
  };
  if (image.channels !== 2) return { ...image, data: run(image.data, image.channels) };
  const count = image.width * image.height;
  const gray = image.bitDepth === 16 ? new Uint16Array(count) : new Uint8Array(count);
  for (let i = 0; i < count; i++) gray[i] = image.data[2 * i]!;
  const enhanced = run(gray, 1);
  const data = image.data.slice();
  for (let i = 0; i < count; i++) data[2 * i] = enhanced[i]!;
  return { ...image, data };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fastclahe-enhance-'));
  input = scratch('input');
  let seed = 1;
  for (const [name, [channels, bitDepth]] of Object.entries(LAYOUTS)) {
    writePng(join(input, name), syntheticImage(61 + seed, 47, channels, bitDepth, seed++));
  }
  writeFileSync(join(input, 'notes.txt'), 'not an image');
  writeFileSync(join(input, 'nested', 'README.md'), '# not an image');
});

describe('fastclahe enhance: outputs', () => {
  test('PNG outputs mirror the tree and equal the library byte for byte (gray, RGB, RGBA, gray+alpha, 16-bit)', async () => {
    const out = join(root, 'out-default');
    const result = await runCli(['enhance', input, '--out', out]);
    expect(result.stderr).toMatch(/7 written, 2 skipped \(not images\)/);
    expect(result.code).toBe(0);
    for (const [name, [channels]] of Object.entries(LAYOUTS)) {
      const source = readPng(join(input, name), channels);
      const written = readPng(join(out, name), channels);
      expect(written.bitDepth, name).toBe(source.bitDepth);
      expect(written, name).toEqual(expected(source));
      expect(written.data, `${name} changed`).not.toEqual(source.data);
    }
    expect(readdirSync(out).sort()).toEqual(['gray-alpha.png', 'gray.png', 'nested', 'rgb16.png', 'rgba16.png']);
    expect(existsSync(join(out, 'notes.txt'))).toBe(false);
  });

  test('options reach the library: clip limit, tiles, Lab, 12-bit', async () => {
    const out = join(root, 'out-options');
    const only = scratch('options-input');
    const rgb = syntheticImage(80, 50, 3, 8, 9);
    const gray12 = syntheticImage(40, 30, 1, 16, 10);
    gray12.data = (gray12.data as Uint16Array).map((v) => v >> 4);
    writePng(join(only, 'rgb.png'), rgb);
    writePng(join(only, 'gray12.png'), gray12);
    const result = await runCli([
      'enhance',
      only,
      '--out',
      out,
      '--clip-limit',
      '3.5',
      '--tiles',
      '4x6',
      '--color-space',
      'lab',
      '--bit-depth',
      '12',
    ]);
    expect(result.code).toBe(0);
    expect(readPng(join(out, 'rgb.png'), 3)).toEqual(
      expected(rgb, { clipLimit: 3.5, tileGridSize: [4, 6], colorSpace: 'lab' }),
    );
    expect(readPng(join(out, 'gray12.png'), 1)).toEqual(
      expected(gray12, { clipLimit: 3.5, tileGridSize: [4, 6], bitDepth: 12 }),
    );
  });

  test('--method equalize is equalizeHist', async () => {
    const out = join(root, 'out-equalize');
    const result = await runCli([
      'enhance',
      join(input, 'gray.png'),
      join(input, 'nested', 'rgb.png'),
      '--out',
      out,
      '--method',
      'equalize',
    ]);
    expect(result.code).toBe(0);
    expect(readPng(join(out, 'gray.png'), 1)).toEqual(expected(readPng(join(input, 'gray.png'), 1), {}, 'equalize'));
    expect(readPng(join(out, 'rgb.png'), 3)).toEqual(
      expected(readPng(join(input, 'nested', 'rgb.png'), 3), {}, 'equalize'),
    );
  });

  test('EXIF orientation is applied before processing', async () => {
    const dir = scratch('exif');
    const image = syntheticImage(40, 20, 3, 8, 5);
    // Orientation 6: the stored 40×20 pixels are shown rotated 90° clockwise, 20×40.
    await sharp(image.data, { raw: { width: 40, height: 20, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 95 })
      .toFile(join(dir, 'rotated.jpg'));
    const out = join(root, 'out-exif');
    const result = await runCli(['enhance', join(dir, 'rotated.jpg'), '--out', out, '--format', 'png']);
    expect(result.code).toBe(0);
    const shown = await sharp(join(dir, 'rotated.jpg')).rotate().raw().toBuffer({ resolveWithObject: true });
    expect([shown.info.width, shown.info.height]).toEqual([20, 40]);
    const written = readPng(join(out, 'rotated.png'), 3);
    expect(written).toEqual(
      expected({ data: new Uint8Array(shown.data), width: 20, height: 40, channels: 3, bitDepth: 8 }),
    );
  });

  test('ICC profile and EXIF are kept (orientation reset to 1); pixels are the stored values, not converted', async () => {
    const dir = scratch('metadata');
    const image = syntheticImage(40, 30, 3, 8, 8);
    const tagged = (pipeline: ReturnType<typeof sharp>) =>
      pipeline
        .withMetadata({ orientation: 6 })
        .withIccProfile('p3')
        .withExif({ IFD0: { Make: 'TestCam', Copyright: 'CC0' } });
    await tagged(sharp(image.data, { raw: { width: 40, height: 30, channels: 3 } }))
      .jpeg({ quality: 95 })
      .toFile(join(dir, 'photo.jpg'));
    await tagged(sharp(image.data, { raw: { width: 40, height: 30, channels: 3 } }))
      .png()
      .toFile(join(dir, 'photo.png'));
    const out = join(root, 'out-metadata');
    const result = await runCli(['enhance', dir, '--out', out]);
    expect(result.code).toBe(0);
    for (const name of ['photo.jpg', 'photo.png']) {
      const before = await sharp(join(dir, name)).metadata();
      const after = await sharp(join(out, name)).metadata();
      expect(after.icc, name).toEqual(before.icc);
      expect(after.exif?.toString('latin1'), name).toContain('TestCam');
      expect(after.orientation ?? 1, name).toBe(1);
      expect([after.width, after.height], name).toEqual([30, 40]);
    }
    // The PNG's stored (P3) values, turned upright, went through the library unchanged by colour management.
    const stored = await sharp(join(dir, 'photo.png')).rotate().keepIccProfile().raw().toBuffer();
    const written = readPng(join(out, 'photo.png'), 3);
    expect(written).toEqual(
      expected({ data: new Uint8Array(stored), width: 30, height: 40, channels: 3, bitDepth: 8 }),
    );
  });

  test('--format converts and renames, --suffix marks outputs; JPEG output is a valid JPEG at --quality', async () => {
    const out = join(root, 'out-format');
    const result = await runCli([
      'enhance',
      join(input, 'nested', 'rgb.png'),
      join(input, 'rgb16.png'),
      '--out',
      out,
      '--format',
      'jpg',
      '--suffix=-clahe',
      '--quality',
      '80',
    ]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['rgb-clahe.jpg', 'rgb16-clahe.jpg']);
    const meta = await sharp(join(out, 'rgb16-clahe.jpg')).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 67, depth: 'uchar' });
  });

  test('--compression trades size for speed and keeps the pixels', async () => {
    const fast = join(root, 'out-level0');
    const small = join(root, 'out-level9');
    expect((await runCli(['enhance', join(input, 'rgb16.png'), '--out', fast, '--compression', '0'])).code).toBe(0);
    expect((await runCli(['enhance', join(input, 'rgb16.png'), '--out', small, '--compression', '9'])).code).toBe(0);
    expect(statSync(join(fast, 'rgb16.png')).size).toBeGreaterThan(statSync(join(small, 'rgb16.png')).size);
    expect(readPng(join(fast, 'rgb16.png'), 3)).toEqual(readPng(join(small, 'rgb16.png'), 3));
  });

  test('--dry-run lists the plan and writes nothing; --json prints the summary', async () => {
    const out = join(root, 'out-dry');
    const result = await runCli(['enhance', input, '--out', out, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ command: 'enhance', dryRun: true, planned: 7, written: 0, failed: 0, skipped: 2 });
    expect(summary.files).toHaveLength(7);
    expect(summary.files[0]).toMatchObject({ status: 'planned' });
    const listed = await runCli(['enhance', input, '--out', out, '-n']);
    expect(listed.stdout.trim().split('\n')).toHaveLength(7);
    expect(listed.stdout).toContain(`${join(input, 'gray.png')} → ${join(out, 'gray.png')}`);
  });

  test('--json after a real run reports each file with its size and depth', async () => {
    const out = join(root, 'out-json');
    const result = await runCli(['enhance', join(input, 'rgb16.png'), '--out', out, '--json', '--jobs', '1']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      written: 1,
      failed: 0,
      settings: { method: 'clahe', clipLimit: 2, tiles: [8, 8] },
    });
    expect(summary.peakMemoryMiB).toBeGreaterThan(10);
    expect(summary.files[0]).toMatchObject({ status: 'written', width: 67, height: 47, channels: 3, bitDepth: 16 });
  });

  test.runIf(existsSync('/usr/bin/script'))('on a terminal a progress bar shows files done, rate and ETA', async () => {
    const out = join(root, 'out-tty');
    // script(1) gives the command a pseudo-terminal, as an interactive shell would.
    const command = `'${process.execPath}' '${cliPath}' enhance '${input}' --out '${out}' --jobs 1`;
    const result = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the progress bar's ANSI escape is what is tested.
    expect(result.stdout).toMatch(/\r\x1b\[2K[█░]{24} 7\/7 files {2}[\d.]+\/s {2}ETA 0 s/);
    expect(result.stdout).toContain('7 written, 2 skipped (not images)');
  });

  test('--quiet prints nothing on success', async () => {
    const result = await runCli(['enhance', join(input, 'gray.png'), '--out', join(root, 'out-quiet'), '--quiet']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});

describe('fastclahe enhance: failures', () => {
  test('an unreadable image is reported with its path and reason; the others are written; exit 1', async () => {
    const dir = scratch('broken');
    writePng(join(dir, 'good.png'), syntheticImage(30, 20, 1, 8, 2));
    writeFileSync(join(dir, 'text.jpg'), 'this is not a JPEG');
    writeFileSync(join(dir, 'empty.png'), '');
    const whole = readFileSync(join(dir, 'good.png'));
    writeFileSync(join(dir, 'truncated.png'), whole.subarray(0, Math.floor(whole.length / 2)));
    const out = join(root, 'out-broken');
    const result = await runCli(['enhance', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'text.jpg')}: not an image sharp can decode`);
    expect(result.stderr).toContain(`${join(dir, 'empty.png')}: empty file (0 bytes)`);
    expect(result.stderr).toMatch(/truncated\.png: (truncated or corrupt file|cannot decode)/);
    expect(result.stderr).toMatch(/1 written, 3 failed/);
    expect(readdirSync(out)).toEqual(['good.png']);
  });

  test('truncated JPEGs decoded on two threads all get the same clear reason', async () => {
    // libvips keeps one error buffer per process: with two workers a truncated JPEG used to fail
    // with either "premature end of JPEG image" or "Warning treated as error due to failOn setting".
    const dir = scratch('truncated-jpegs');
    const whole = await sharp({
      create: {
        width: 400,
        height: 300,
        channels: 3,
        background: '#468',
        noise: { type: 'gaussian', mean: 110, sigma: 30 },
      },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    const names = Array.from({ length: 12 }, (_, i) => `cut-${String(i).padStart(2, '0')}.jpg`);
    names.forEach((name, i) =>
      writeFileSync(join(dir, name), whole.subarray(0, Math.floor(whole.length * (0.3 + i * 0.04)))),
    );
    const result = await runCli(['enhance', dir, '--out', join(root, 'out-truncated-jpegs'), '--jobs', '2', '--json']);
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout).files as { input: string; status: string; error?: string }[];
    expect(files.map((f) => [f.input.split(/[\\/]/).pop(), f.status, f.error])).toEqual(
      names.map((name) => [name, 'failed', 'truncated or corrupt file (the decoder found damaged or missing data)']),
    );
  });

  test('an output that cannot be written is reported; the others are written; no temporary file remains', async () => {
    const out = join(root, 'out-unwritable');
    mkdirSync(out);
    writeFileSync(join(out, 'nested'), 'a file where the nested folder should go');
    const result = await runCli(['enhance', input, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `nested/rgb.png: cannot create the output folder ${join(out, 'nested')}: a file is in the way`,
    );
    expect(result.stderr).toMatch(/4 written, 3 failed/);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('existing outputs are kept without --overwrite (exit 1) and replaced with it', async () => {
    const out = join(root, 'out-existing');
    mkdirSync(out);
    writeFileSync(join(out, 'gray.png'), 'precious');
    const kept = await runCli(['enhance', join(input, 'gray.png'), '--out', out]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain(
      `${join(input, 'gray.png')}: the output already exists (use --overwrite to replace it)`,
    );
    expect(readFileSync(join(out, 'gray.png'), 'utf8')).toBe('precious');
    const replaced = await runCli(['enhance', join(input, 'gray.png'), '--out', out, '--overwrite']);
    expect(replaced.code).toBe(0);
    expect(readPng(join(out, 'gray.png'), 1)).toEqual(expected(readPng(join(input, 'gray.png'), 1)));
  });

  test('--skip-existing resumes: existing outputs are left alone, the rest written, exit 0', async () => {
    const out = join(root, 'out-resume');
    mkdirSync(out);
    writeFileSync(join(out, 'gray.png'), 'from an earlier run');
    const result = await runCli(['enhance', input, '--out', out, '--skip-existing']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/6 written, 1 left as they were \(--skip-existing\)/);
    expect(readFileSync(join(out, 'gray.png'), 'utf8')).toBe('from an earlier run');
    expect(existsSync(join(out, 'rgb16.png'))).toBe(true);
  });

  test('an input is never overwritten without --overwrite, even with --out on its own folder', async () => {
    const dir = scratch('in-place');
    writePng(join(dir, 'a.png'), syntheticImage(20, 20, 1, 8, 4));
    const before = readFileSync(join(dir, 'a.png'));
    const result = await runCli(['enhance', dir, '--out', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the output is an input file (use --overwrite to replace it)');
    expect(readFileSync(join(dir, 'a.png'))).toEqual(before);
  });

  test('two inputs that map to the same output: the second is refused', async () => {
    const dir = scratch('clash');
    writePng(join(dir, 'x', 'same.png'), syntheticImage(20, 20, 1, 8, 4));
    writePng(join(dir, 'y', 'same.png'), syntheticImage(20, 20, 1, 8, 5));
    const result = await runCli(['enhance', join(dir, 'x'), join(dir, 'y'), '--out', join(root, 'out-clash')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'y', 'same.png')}: same output as ${join(dir, 'x', 'same.png')}`);
  });

  test('a missing input and a named non-image file are failures; the rest is processed', async () => {
    const result = await runCli([
      'enhance',
      join(root, 'nope'),
      join(input, 'notes.txt'),
      join(input, 'gray.png'),
      '--out',
      join(root, 'out-missing'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(root, 'nope')}: no such file or directory`);
    expect(result.stderr).toContain(`${join(input, 'notes.txt')}: not an image file (by its extension)`);
    expect(existsSync(join(root, 'out-missing', 'gray.png'))).toBe(true);
  });

  test('an image above --max-pixels is refused before decoding', async () => {
    const result = await runCli([
      'enhance',
      join(input, 'gray.png'),
      '--out',
      join(root, 'out-bomb'),
      '--max-pixels',
      '1000',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('62×47 is 2914 pixels, above the limit of 1000');
  });

  test('animated images are refused with the frame count', async () => {
    const dir = scratch('animated');
    const frame = (v: number) =>
      sharp({ create: { width: 10, height: 10, channels: 3, background: { r: v, g: v, b: v } } })
        .png()
        .toBuffer();
    const frames = await Promise.all([10, 100, 200].map(frame));
    await sharp(frames, { join: { animated: true } })
      .gif()
      .toFile(join(dir, 'anim.gif'));
    const result = await runCli(['enhance', join(dir, 'anim.gif'), '--out', join(root, 'out-anim')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('gif with 3 frames or pages; only single images are supported');
  });
});

describe('fastclahe enhance: usage errors exit 2 and name the flag', () => {
  test.each([
    [['enhance', 'x.png'], '--out <dir> is required'],
    [['enhance', '--out', 'o'], 'no input files or folders given'],
    [['enhance', 'x.png', '--out', 'o', '--cliplimit', '3'], 'unknown option --cliplimit (did you mean --clip-limit?)'],
    [['enhance', 'x.png', '--out', 'o', '--clip-limit', 'lots'], "--clip-limit must be a number (got 'lots')"],
    [
      ['enhance', 'x.png', '--out', 'o', '--tiles', '0x8'],
      "--tiles must be columns x rows, each from 1 to 1024, like 8x8 (got '0x8')",
    ],
    [
      ['enhance', 'x.png', '--out', 'o', '--method', 'sharpen'],
      "--method must be one of clahe, equalize (got 'sharpen')",
    ],
    [
      ['enhance', 'x.png', '--out', 'o', '--color-space', 'rgb'],
      "--color-space must be one of hsv, lab, ycrcb (got 'rgb')",
    ],
    [['enhance', 'x.png', '--out', 'o', '--bit-depth', '9'], "--bit-depth must be one of 10, 12, 14, 16 (got '9')"],
    [['enhance', 'x.png', '--out', 'o', '--jobs', '0'], "--jobs must be an integer from 1 to 1024 (got '0')"],
    [['enhance', 'x.png', '--out', 'o', '--quality', '101'], "--quality must be an integer from 1 to 100 (got '101')"],
    [
      ['enhance', 'x.png', '--out', 'o', '--compression', '1.5'],
      "--compression must be an integer from 0 to 9 (got '1.5')",
    ],
    [
      ['enhance', 'x.png', '--out', 'o', '--format', 'bmp'],
      '--format must be one of jpeg, png, webp, tiff, avif, gif, jpg, tif',
    ],
    [['enhance', 'x.png', '--out'], 'option --out needs a value <dir>'],
    [
      ['enhance', 'x.png', '--out', 'o', '--suffix', '-x'],
      "option --suffix needs a value; write a value that starts with '-' as --suffix=-value",
    ],
  ])('%j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`fastclahe enhance: ${message}`);
    expect(result.stderr).toContain("Run 'fastclahe enhance --help' for usage.");
  });

  test('--overwrite with --skip-existing is refused', async () => {
    const result = await runCli(['enhance', 'x.png', '--out', 'o', '--overwrite', '--skip-existing']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--overwrite and --skip-existing contradict each other');
  });

  test('--help documents every option', async () => {
    const result = await runCli(['enhance', '--help']);
    expect(result.code).toBe(0);
    for (const flag of [
      '--out',
      '--method',
      '--clip-limit',
      '--tiles',
      '--color-space',
      '--bit-depth',
      '--format',
      '--quality',
      '--compression',
      '--suffix',
      '--overwrite',
      '--jobs',
      '--dry-run',
      '--json',
      '--quiet',
    ]) {
      expect(result.stdout).toContain(flag);
    }
  });
});

test('files written are complete: sharp decodes each at its full size and depth', async () => {
  const out = join(root, 'out-complete');
  expect((await runCli(['enhance', input, '--out', out])).code).toBe(0);
  for (const [name, [channels, bitDepth]] of Object.entries(LAYOUTS)) {
    const meta = await sharp(join(out, name)).metadata();
    expect([meta.width, meta.height, meta.channels, meta.depth], name).toEqual([
      readPng(join(input, name), channels).width,
      47,
      channels,
      bitDepth === 16 ? 'ushort' : 'uchar',
    ]);
  }
});
