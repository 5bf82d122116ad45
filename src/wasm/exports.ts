// What the WebAssembly module exports (assembly/index.ts), as TypeScript sees it: the functions'
// signatures, the names of the colour kernels by space, and the list a module must have to be
// fastclahe's. test/wasmExports.test.ts checks every signature against the AssemblyScript source,
// parameter by parameter, so a kernel and its call site cannot disagree on argument order.
import type { ColorSpace, Conversion } from '../kernels.js';

/** A colour kernel over `pixels` interleaved pixels of `channels` values (see assembly/colour.ts). */
type ConvertKernel = (src: number, dst: number, pixels: number, channels: number, bgr: boolean) => void;
type PlaneKernel = (src: number, plane: number, pixels: number, channels: number, bgr: boolean) => void;
type MergeKernel = (
  src: number,
  plane: number,
  dst: number,
  pixels: number,
  channels: number,
  bgr: boolean,
  top: number,
) => void;

/** The conversions OpenCV defines for 16-bit pixels, exported with a `16` suffix. */
export type Conversion16 = 'rgbToYCrCb' | 'yCrCbToRgb';

/** Names of the kernels that extract and merge back each colour space's equalized channel, for 8-bit pixels. */
export const LUMINANCE_KERNELS = {
  hsv: ['hsvPlane', 'hsvMerge'],
  lab: ['labPlane', 'labMerge'],
  ycrcb: ['yCrCbPlane', 'yCrCbMerge'],
} as const satisfies Record<ColorSpace, [string, string]>;

/** Bytes per pixel labPlane and labMerge use at `plane`: L, then a and b kept for the merge. */
export const LAB_PLANE_BYTES = 3;

/** The same for 16-bit pixels: YCrCb only. */
export const LUMINANCE_KERNELS_16 = { ycrcb: ['yCrCbPlane16', 'yCrCbMerge16'] } as const;

type PlaneName = (typeof LUMINANCE_KERNELS)[ColorSpace][0] | 'yCrCbPlane16';
type MergeName = (typeof LUMINANCE_KERNELS)[ColorSpace][1] | 'yCrCbMerge16';

/** What assembly/index.ts exports; pointers and sizes are byte offsets into `memory`. */
export interface WasmExports
  extends Record<Conversion | `${Conversion16}16`, ConvertKernel>,
    Record<PlaneName, PlaneKernel>,
    Record<MergeName, MergeKernel> {
  memory: WebAssembly.Memory;
  heapBase(): number;
  simd(): number;
  histogram(src: number, length: number, mask: number, bins: number): void;
  histogram16(src: number, length: number, mask: number, bins: number, levels: number): void;
  firstAbove16(src: number, length: number, limit: number): number;
  channelHistogram(src: number, pixels: number, channels: number, mask: number, bins: number): void;
  channelHistogram16(src: number, pixels: number, channels: number, mask: number, bins: number, levels: number): void;
  equalizeHist(src: number, dst: number, length: number): void;
  applyLut(src: number, dst: number, length: number, lut: number): void;
  applyLut16(src: number, dst: number, length: number, lut: number): void;
  equalizeHist16ScratchBytes(levels: number): number;
  equalizeHist16(src: number, dst: number, length: number, bitDepth: number, scratch: number): void;
  claheScratchBytes(width: number, tilesX: number, tilesY: number): number;
  clahe(
    src: number,
    dst: number,
    width: number,
    height: number,
    tilesX: number,
    tilesY: number,
    tileWidth: number,
    tileHeight: number,
    clipCount: number,
    lutScale: number,
    scratch: number,
  ): void;
  claheTileRow(
    rows: number,
    width: number,
    tilesX: number,
    tilesY: number,
    tileWidth: number,
    tileHeight: number,
    clipCount: number,
    lutScale: number,
    scratch: number,
    ty: number,
  ): void;
  claheRows(
    src: number,
    dst: number,
    width: number,
    firstRow: number,
    lastRow: number,
    tilesX: number,
    tilesY: number,
    tileWidth: number,
    tileHeight: number,
    scratch: number,
  ): void;
  clahe16ScratchBytes(width: number, tilesX: number, tilesY: number, levels: number): number;
  clahe16(
    src: number,
    dst: number,
    width: number,
    height: number,
    tilesX: number,
    tilesY: number,
    tileWidth: number,
    tileHeight: number,
    clipCount: number,
    lutScale: number,
    levels: number,
    scratch: number,
  ): void;
  clahe16TileRow(
    rows: number,
    width: number,
    tilesX: number,
    tilesY: number,
    tileWidth: number,
    tileHeight: number,
    clipCount: number,
    lutScale: number,
    levels: number,
    scratch: number,
    ty: number,
  ): void;
  clahe16Rows(
    src: number,
    dst: number,
    width: number,
    firstRow: number,
    lastRow: number,
    tilesX: number,
    tilesY: number,
    tileWidth: number,
    tileHeight: number,
    levels: number,
    scratch: number,
  ): void;
}

/** Every function and the memory that src/wasm/wasmKernels.ts calls; a module lacking one is not fastclahe's. */
export const REQUIRED_EXPORTS = [
  'memory',
  'heapBase',
  'simd',
  'histogram',
  'histogram16',
  'firstAbove16',
  'channelHistogram',
  'channelHistogram16',
  'equalizeHist',
  'applyLut',
  'applyLut16',
  'equalizeHist16ScratchBytes',
  'equalizeHist16',
  'claheScratchBytes',
  'clahe',
  'claheTileRow',
  'claheRows',
  'clahe16ScratchBytes',
  'clahe16',
  'clahe16TileRow',
  'clahe16Rows',
  'rgbToHsv',
  'rgbToHsvFull',
  'hsvToRgb',
  'hsvToRgbFull',
  'rgbToLab',
  'labToRgb',
  'rgbToYCrCb',
  'yCrCbToRgb',
  'rgbToYCrCb16',
  'yCrCbToRgb16',
  ...Object.values(LUMINANCE_KERNELS).flat(),
  ...LUMINANCE_KERNELS_16.ycrcb,
];
