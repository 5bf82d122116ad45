// explore's exact-duplicate key: a 128-bit hash of the decoded samples behind a header naming
// their shape, so that equal bytes of another shape differ. XXH3-128 in explore's WebAssembly
// (cli/assembly/xxh3.ts), streamed through a window of WINDOW bytes of the module's memory, so
// that an image of any size costs no more than that; on an engine without WebAssembly SIMD,
// SHA-1 of the same message (40 hex digits, so never equal to an XXH3 key's 32).
// 320×240 RGB: 0.12 ms by SHA-1 (Node's fastest hash here), a quarter of that by XXH3.
import { createHash } from 'node:crypto';
import type { DecodedImage } from '../io/decode.js';
import { exploreKernels, Layout } from './exploreKernels.js';

/** The header: `{width}x{height}x{channels}x{bitDepth}\n`, zero-padded to 256 bytes (XXH3's long path then always applies). */
export const HEADER_BYTES = 256;
const BLOCK = 1024;
/** Bytes hashed per call into the module: a multiple of BLOCK. */
export const WINDOW = 1 << 20;

/** The key of an image's samples: 32 hex digits (XXH3-128), or 40 (SHA-1) without SIMD. */
export function pixelHash(image: DecodedImage): string {
  const header = new Uint8Array(HEADER_BYTES);
  header.set(new TextEncoder().encode(`${image.width}x${image.height}x${image.channels}x${image.bitDepth}\n`));
  const data = image.data;
  const samples = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return xxh3Hex([header, samples]) ?? createHash('sha1').update(header).update(samples).digest('hex');
}

/**
 * XXH3-128 (seed 0) of the concatenated `parts` (more than 240 bytes in all) as Python's
 * xxhash.xxh3_128().hexdigest() prints it, or undefined without the module.
 */
export function xxh3Hex(parts: Uint8Array[], window = WINDOW): string | undefined {
  const k = exploreKernels();
  if (!k) return undefined;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  if (total <= 240 || window % BLOCK !== 0) throw new RangeError('xxh3Hex: over 240 bytes, in windows of whole blocks');
  // Whole blocks go through the window; the last 1–1,024 bytes (with the 64 before them, which
  // the last stripe may reach back into) go to xxh3Finish.
  const bodyEnd = Math.floor((total - 1) / BLOCK) * BLOCK;
  const layout = new Layout(k);
  const state = layout.take(64);
  const out = layout.take(16);
  const buffer = layout.take(64 + Math.max(BLOCK, Math.min(window, bodyEnd)));
  layout.commit();
  const heap = new Uint8Array(k.memory.buffer);
  const input = buffer + 64;
  k.xxh3Start(state);
  for (let at = 0; at < bodyEnd; ) {
    const n = Math.min(window, bodyEnd - at);
    copyRange(parts, at, at + n, heap, input);
    k.xxh3Blocks(state, input, n / BLOCK);
    at += n;
  }
  const from = Math.max(0, bodyEnd - 64);
  copyRange(parts, from, total, heap, input - (bodyEnd - from));
  k.xxh3Finish(state, input, total - bodyEnd, BigInt(total), out);
  const [low, high] = new BigUint64Array(k.memory.buffer, out, 2);
  return high!.toString(16).padStart(16, '0') + low!.toString(16).padStart(16, '0');
}

/** Copies bytes [start, end) of the concatenated `parts` to `heap` at `to`. */
function copyRange(parts: Uint8Array[], start: number, end: number, heap: Uint8Array, to: number): void {
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const until = Math.min(end, offset + part.length);
    if (from < until) heap.set(part.subarray(from - offset, until - offset), to + (from - start));
    offset += part.length;
  }
}
