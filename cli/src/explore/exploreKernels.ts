// The instance of explore's WebAssembly kernels (cli/assembly/, inlined by exploreWasm.ts) and
// the layout of one call's buffers in its memory. Calls are synchronous and never overlap, so
// every call lays its buffers out from the heap base again.
import { EXPLORE_WASM } from './exploreWasm.js';

export interface ExploreKernels {
  memory: WebAssembly.Memory;
  horizontal(
    src: number,
    width: number,
    rows: number,
    outWidth: number,
    bounds: number,
    weights: number,
    taps: number,
    dst: number,
  ): void;
  vertical(
    src: number,
    width: number,
    outHeight: number,
    bounds: number,
    weights: number,
    taps: number,
    firstRow: number,
    dst: number,
  ): void;
  deinterleave(src: number, pixels: number, channels: number, dst: number, planeBytes: number): void;
  pixelPass(
    src: number,
    pixels: number,
    channels: number,
    gray: number,
    bins: number,
    keys: number,
    coarse: number,
    out: number,
  ): void;
  fineCounts(
    keys: number,
    n: number,
    buckets: number,
    slots: number,
    counts: number,
    example: number,
    wishSlots: number,
    wishInside: number,
    wishes: number,
    pixels: number,
  ): void;
  xxh3Start(state: number): void;
  xxh3Blocks(state: number, input: number, blocks: number): void;
  xxh3Finish(state: number, input: number, length: number, total: bigint, out: number): void;
  heapBase(): number;
}

/**
 * Larger inputs go the scalar way: WebAssembly memory never shrinks, and a worker should not keep
 * hundreds of MB for one huge image. Memory grown past KEEP_BYTES is dropped with its instance.
 */
export const MAX_INPUT_BYTES = 32 << 20;
const KEEP_BYTES = 16 << 20;

let module: WebAssembly.Module | null | undefined;
let instance: ExploreKernels | undefined;

/** The kernels, or undefined on an engine without WebAssembly SIMD (callers then run their scalar twin). */
export function exploreKernels(): ExploreKernels | undefined {
  if (module === undefined) {
    const bytes = Uint8Array.from(atob(EXPLORE_WASM), (c) => c.charCodeAt(0));
    module = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  }
  if (module === null) return undefined;
  return (instance ??= new WebAssembly.Instance(module).exports as unknown as ExploreKernels);
}

/** Hands out 16-byte aligned buffers from the heap base, then grows the memory to hold them. */
export class Layout {
  private end: number;
  constructor(private readonly kernels: ExploreKernels) {
    this.end = align(kernels.heapBase());
  }
  /** The address of a new buffer of `bytes` bytes. */
  take(bytes: number): number {
    const at = this.end;
    this.end += align(bytes);
    return at;
  }
  /** Grows the memory to hold every buffer taken; views made before this may be detached. */
  commit(): void {
    const memory = this.kernels.memory;
    if (this.end > memory.buffer.byteLength) memory.grow(Math.ceil((this.end - memory.buffer.byteLength) / 65536));
  }
}

/** After a call: forget an instance whose memory grew large (the next call makes a fresh one). */
export function releaseLargeMemory(): void {
  if (instance && instance.memory.buffer.byteLength > KEEP_BYTES) instance = undefined;
}

export function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
