// Loading the WebAssembly module. Its bytes are inlined into the JS bundle by tsup
// (esbuild's binary loader), so no bundler or server ever has to locate a .wasm file.
import moduleBytes from '../../build/fastclahe.wasm';
import type { ColorSpace, Conversion } from '../kernels.js';

/** A colour kernel over `pixels` interleaved pixels of `channels` bytes (see assembly/colour.ts). */
type ConvertKernel = (src: number, dst: number, pixels: number, channels: number, bgr: boolean) => void;
type PlaneKernel = (src: number, plane: number, pixels: number, channels: number, bgr: boolean) => void;
type MergeKernel = (src: number, plane: number, dst: number, pixels: number, channels: number, bgr: boolean) => void;

/** Names of the kernels that extract and merge back each colour space's equalized channel. */
export const LUMINANCE_KERNELS = {
  hsv: ['hsvPlane', 'hsvMerge'],
  lab: ['labPlane', 'labMerge'],
  ycrcb: ['yCrCbPlane', 'yCrCbMerge'],
} as const satisfies Record<ColorSpace, [string, string]>;

type PlaneName = (typeof LUMINANCE_KERNELS)[ColorSpace][0];
type MergeName = (typeof LUMINANCE_KERNELS)[ColorSpace][1];

/** What assembly/index.ts exports; pointers and sizes are byte offsets into `memory`. */
export interface WasmExports extends Record<Conversion, ConvertKernel>, Record<PlaneName, PlaneKernel>, Record<MergeName, MergeKernel> {
  memory: WebAssembly.Memory;
  heapBase(): number;
  histogram(src: number, length: number, mask: number, bins: number): void;
  channelHistogram(src: number, pixels: number, channels: number, mask: number, bins: number): void;
  equalizeHist(src: number, dst: number, length: number): void;
  claheScratchBytes(width: number, tilesX: number, tilesY: number): number;
  clahe(
    src: number, dst: number, width: number, height: number,
    tilesX: number, tilesY: number, tileWidth: number, tileHeight: number,
    clipCount: number, lutScale: number, scratch: number,
  ): void;
}

let instance: WasmExports | undefined;
let loading: Promise<void> | undefined;

/**
 * The module's exports. The first call compiles synchronously (the module is about 12 KB;
 * Chromium allows synchronous compilation of up to 8 MB on the main thread) unless `init`
 * has already provided them.
 */
export function wasm(): WasmExports {
  return (instance ??= instantiate(new WebAssembly.Module(moduleBytes)));
}

/** Compiles asynchronously, or adopts a precompiled module; concurrent and repeated calls share one load. */
export function load(source: WebAssembly.Module | BufferSource = moduleBytes): Promise<void> {
  if (instance) return Promise.resolve();
  loading ??= (source instanceof WebAssembly.Module ? Promise.resolve(source) : WebAssembly.compile(source)).then(
    (module) => {
      instance ??= instantiate(module);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Current size of the module's memory in bytes; 0 before it is instantiated. */
export function memoryBytes(): number {
  return instance ? instance.memory.buffer.byteLength : 0;
}

function instantiate(module: WebAssembly.Module): WasmExports {
  return new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;
}
