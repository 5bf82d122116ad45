// Comparing outputs as bytes, whatever their array type.
import { createHash } from 'node:crypto';

/**
 * The bytes of an image's data, or of a typed array (a histogram).
 * @param {{ data: ArrayBufferView } | ArrayBufferView} result
 */
export function bytesOf(result) {
  const data = 'data' in result ? result.data : result;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * @param {ArrayLike<number>} a
 * @param {ArrayLike<number>} b
 */
export function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** @param {Uint8Array} bytes */
export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
