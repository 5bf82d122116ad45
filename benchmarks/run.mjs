// fastclahe benchmark suite: every operation, every size, every peer, in one run.
//
// Peers, timed side by side for each case: fastclahe (WebAssembly SIMD, the default), its
// scalar WebAssembly build, its pure-TypeScript twin, OpenCV.js (@techstark/opencv-js) with
// preallocated Mats and again including copying pixels in and out, and native OpenCV with one
// thread through benchmarks/native.py, run right after the Node peers for the same case.
// A peer that is not installed is skipped and the output says so. Every case first checks
// that fastclahe's output equals OpenCV's, so a fast wrong kernel cannot look good.
//
// This file is the command line; the suite lives in benchmarks/lib/: suite.mjs (the run over
// sizes and cases), cases.mjs (what each operation runs), inputs.mjs (the images), peers.mjs
// (loading the peers), case.mjs (checking and timing one case), report.mjs and targets.mjs
// (what is written), python.mjs (finding the Python of a Python peer).
//
// Writes the table to the console and to benchmarks/RESULTS.md.
const USAGE = `Usage: npm run bench [-- --quick]     (or: node benchmarks/run.mjs [--quick], after npm run build)

Times every operation at every size against every peer installed, checks their outputs first,
and writes the table to the console and to benchmarks/RESULTS.md. Takes a few minutes.

  --quick   short timings on two sizes: a smoke run, not for quoting
  --help    this text

Native OpenCV runs in Python: $FASTCLAHE_PYTHON if set, else python3 on PATH; it needs cv2
(apt-get install python3-opencv, or pip install opencv-python-headless), and is skipped without.`;

if (process.argv.includes('--help')) {
  console.log(USAGE);
} else {
  // Imported only now, so that --help works before the package is built.
  const { runSuite } = await import('./lib/suite.mjs');
  await runSuite({ quick: process.argv.includes('--quick') });
}
