// explore's report files are written under temporary names, opened before any await and written
// through their descriptors, and renamed together: a second Ctrl-C that removes the temporary
// files while a write is still under way must not see one created again after it (the writes
// used to go through the path, and a late write recreated report.html's temporary file).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { Interrupt } from '../../src/run/interrupt.js';
import { writeAtomically } from '../../src/explore/writeReport.js';

const root = mkdtempSync(join(tmpdir(), 'fastclahe-write-atomically-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An Interrupt whose second-signal cleanups the test runs itself. */
function fakeInterrupt(): { interrupt: Interrupt; stop: () => Promise<void> } {
  const cleanups: (() => unknown)[] = [];
  const interrupt = {
    onStop(cleanup: () => unknown) {
      cleanups.push(cleanup);
      return () => cleanups.splice(cleanups.indexOf(cleanup), 1);
    },
  } as unknown as Interrupt;
  return { interrupt, stop: async () => void (await Promise.all(cleanups.map((cleanup) => cleanup()))) };
}

test('all files appear together when the writing completes', async () => {
  const out = join(root, 'complete');
  mkdirSync(out);
  const files = ['a.json', 'b.js', 'c.html'].map((name) => join(out, name));
  await writeAtomically(files, undefined, async (fds) => {
    fds.forEach((fd, i) => writeSync(fd, `file ${i}`));
    expect(readdirSync(out).every((name) => name.endsWith('.tmp'))).toBe(true);
  });
  expect(readdirSync(out).sort()).toEqual(['a.json', 'b.js', 'c.html']);
  expect(readFileSync(files[2]!, 'utf8')).toBe('file 2');
});

test('a second Ctrl-C during the writing leaves no file, even if a write lands after the cleanup', async () => {
  const out = join(root, 'stopped');
  mkdirSync(out);
  const { interrupt, stop } = fakeInterrupt();
  const files = ['report.json', 'report.html'].map((name) => join(out, name));
  await expect(
    writeAtomically(files, interrupt, async (fds) => {
      writeSync(fds[0]!, '{}');
      await stop(); // what the second signal does before the process exits
      writeSync(fds[1]!, '<html>'); // a write still under way
      expect(readdirSync(out)).toEqual([]);
    }),
  ).rejects.toThrow(/ENOENT/);
  expect(readdirSync(out)).toEqual([]);
});
