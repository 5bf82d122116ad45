// An asc transform, for the SIMD build (package.json build:wasm: `--transform`), that keeps
// Binaryen from inlining a few cold helpers: each runs once per kernel call or per tile, yet at
// optimizeLevel 3 / shrinkLevel 0 Binaryen copies it into every caller (claheOffset into 10
// places, unrolled per region). Out of line they cost a call each, the per-pixel loops are
// untouched, and the module inlined in the bundle gzips 0.3 KB smaller (CLAHE 8- and 16-bit
// A/B: within noise). The scalar build, a separate file, keeps Binaryen's choice: its 16-bit
// CLAHE measured 2% slower this way. shrinkLevel 1 or 2 would save more, but they also stop
// Binaryen from keeping v128 constants in locals inside the SIMD loops (hsvMergeFours reloads a
// mask from memory at each use), so the size is taken here, helper by helper. The names are
// Binaryen wildcard patterns, matched against the module's internal function names.
import { Transform } from 'assemblyscript/transform';

const COLD = [
  // Scratch layout: four regions in clahe, three in claheRows, two in claheTileRow and
  // clahe16, the total in the *ScratchBytes exports.
  '*/clahe/claheOffset',
  '*/clahe16/clahe16Offset',
  // The columns' tile indices and weights, once per interpolation (per strip for claheRows).
  '*/tileGrid/columnWeights',
  // One 16-bit tile's histogram: a call per tile, the pixel loop inside.
  '*/clahe16/countTile16',
];

export default class NoInline extends Transform {
  /** Marks the helpers before asc optimizes: Binaryen's inliner then leaves them out of line. @override */
  afterCompile() {
    const { module } = this.program;
    // Binaryen's no-inline pass takes one pattern at a time.
    for (const pattern of COLD) {
      module.setPassArgument('no-inline', pattern);
      module.runPasses(['no-inline']);
    }
    module.clearPassArguments();
  }
}
