// Which OpenCV the oracle is. README states it; this keeps README, package.json and the
// oracle's own report telling the same story.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadOpenCV, openCVVersion } from './helpers/opencv.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

it('the oracle is @techstark/opencv-js 4.12.0-release.1, reporting OpenCV 4.12.0 as README says', async () => {
  const { cv } = await loadOpenCV();
  const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies[
    '@techstark/opencv-js'
  ];
  const version = openCVVersion(cv);
  expect(pinned).toBe('4.12.0-release.1');
  expect(version).toBe('4.12.0');
  expect(read('README.md')).toContain(`OpenCV.js ${version} (\`@techstark/opencv-js@${pinned}\`)`);
});
