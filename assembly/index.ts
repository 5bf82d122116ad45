// The WebAssembly module's exports. Buffers are laid out by the JS side above the heap base
// (src/wasm/instance.ts); the kernels themselves never allocate or grow memory.
export { histogram } from './histogram';
export { channelHistogram } from './channelHistogram';
export { equalizeHist } from './equalizeHist';
export { clahe, claheScratchBytes } from './clahe';
export {
  rgbToHsv, rgbToHsvFull, hsvToRgb, hsvToRgbFull, rgbToLab, labToRgb, rgbToYCrCb, yCrCbToRgb,
  hsvPlane, hsvMerge, labPlane, labMerge, yCrCbPlane, yCrCbMerge,
} from './colour';

/** First byte after the module's static data: where callers may place buffers. */
export function heapBase(): usize {
  return __heap_base;
}
