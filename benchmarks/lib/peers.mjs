// The peers of benchmarks/run.mjs besides fastclahe's default build: its scalar build, OpenCV.js
// and native OpenCV in Python. A peer that is not installed comes back as `{ skipped: why }`.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { findPython } from './python.mjs';

const require = createRequire(import.meta.url);

/**
 * Every peer, loaded once for the whole run.
 * @param {string} scratch a folder for the run's files
 */
export async function loadPeers(scratch) {
  return { scalar: await loadScalarBuild(scratch), opencv: await loadOpenCV(), native: await startNative() };
}

/**
 * A second instance of the package that adopts the scalar module. The entries share their
 * WebAssembly state through a chunk of dist/, so the instance is a copy of dist/ in `scratch`
 * (a query string on the entry's URL would still share the chunk, and the default build with it).
 */
async function loadScalarBuild(scratch) {
  const dist = dirname(require.resolve('fastclahe'));
  const copy = join(scratch, 'scalar-dist');
  cpSync(dist, copy, { recursive: true });
  const build = await import(pathToFileURL(join(copy, 'index.js')).href);
  await build.init(new WebAssembly.Module(readFileSync(require.resolve('fastclahe/fastclahe.wasm'))));
  return build;
}

async function loadOpenCV() {
  try {
    const cv = require('@techstark/opencv-js');
    // The module is a thenable: wait for it without ever resolving a promise with it.
    if (!cv.Mat) await new Promise((resolve) => (cv.onRuntimeInitialized = () => resolve(undefined)));
    const version = /General configuration for OpenCV (\S+)/.exec(cv.getBuildInformation())?.[1];
    return { cv, version };
  } catch (caught) {
    const error = /** @type {NodeJS.ErrnoException} */ (caught);
    return { skipped: `@techstark/opencv-js is not installed (${error.code ?? error.message})` };
  }
}

/** Mats for one case, allocated once; `free` deletes them all. */
export function openCVMats(cv, image, channels, hsvImage) {
  const types =
    image.data instanceof Uint16Array ? [cv.CV_16UC1, cv.CV_16UC3, cv.CV_16UC4] : [cv.CV_8UC1, cv.CV_8UC3, cv.CV_8UC4];
  const type = types[channels === 1 ? 0 : channels - 2];
  const mats = {
    src: new cv.Mat(image.height, image.width, type),
    out: new cv.Mat(),
    converted: new cv.Mat(),
    planes: new cv.MatVector(),
  };
  (image.data instanceof Uint16Array ? mats.src.data16U : mats.src.data).set(image.data);
  mats.src3 = new cv.Mat();
  if (hsvImage) {
    const hsv4 = new cv.Mat(image.height, image.width, cv.CV_8UC4);
    hsv4.data.set(hsvImage.data);
    cv.cvtColor(hsv4, mats.src3, cv.COLOR_RGBA2RGB);
    hsv4.delete();
  }
  mats.input = hsvImage ? mats.src3 : mats.src;
  mats.sources = new cv.MatVector();
  mats.sources.push_back(mats.src);
  mats.noMask = new cv.Mat();
  const claheObjects = new Map();
  mats.clahe = (clip, [columns, rows]) => {
    const key = `${clip}:${columns}:${rows}`;
    if (!claheObjects.has(key)) claheObjects.set(key, new cv.CLAHE(clip, new cv.Size(columns, rows)));
    return claheObjects.get(key);
  };
  mats.free = () => {
    for (const mat of [mats.src, mats.out, mats.converted, mats.planes, mats.src3, mats.sources, mats.noMask])
      mat.delete();
    for (const clahe of claheObjects.values()) clahe.delete();
  };
  return mats;
}

/**
 * The native peer: a persistent Python process (benchmarks/native.py) answering one JSON line
 * per request: one block of timing, with cv2 on the threads the request names.
 */
async function startNative() {
  const found = findPython({
    variables: ['FASTCLAHE_PYTHON'],
    modules: ['cv2', 'numpy'],
    install: 'OpenCV for Python (apt-get install python3-opencv, or pip install opencv-python-headless)',
  });
  if ('skipped' in found) return { skipped: found.skipped };
  const child = spawn(found.python, [fileURLToPath(new URL('../native.py', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  const { opencv, defaultThreads } = await next();
  return {
    version: opencv,
    defaultThreads,
    python: found.python,
    async measure(request) {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      return next();
    },
    stop: () => child.stdin.end(),
  };
}
