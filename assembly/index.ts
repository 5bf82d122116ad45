// The WebAssembly module's exports. Buffers are laid out by the JS side above the heap base
// (src/wasm/load.ts); the kernels themselves never allocate or grow memory.
export { histogram, histogram16, firstAbove16 } from './histogram';
export { channelHistogram, channelHistogram16 } from './channelHistogram';
export { applyLut, applyLut16, equalizeHist, equalizeHist16, equalizeHist16ScratchBytes } from './equalizeHist';
export { clahe, claheScratchBytes, claheTileRow, claheRows } from './clahe';
export { clahe16, clahe16Rows, clahe16ScratchBytes, clahe16TileRow } from './clahe16';
export {
  rgbToHsv, rgbToHsvFull, hsvToRgb, hsvToRgbFull, rgbToLab, labToRgb, rgbToYCrCb, yCrCbToRgb,
  rgbToYCrCb16, yCrCbToRgb16, hsvPlane, hsvMerge, labPlane, labMerge, yCrCbPlane, yCrCbMerge, yCrCbPlane16, yCrCbMerge16,
} from './colour';

/** First byte after the module's static data: where callers may place buffers. */
export function heapBase(): usize {
  return __heap_base;
}

/** 1 in the SIMD build, 0 in the scalar one. */
export function simd(): bool {
  return ASC_FEATURE_SIMD;
}
