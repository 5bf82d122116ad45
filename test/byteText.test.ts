// Byte text, the form in which the SIMD module is inlined into the bundle: what the build script
// writes decodes to the same bytes, for the module itself and for any bytes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALPHABET, LEADING, toByteText } from '../scripts/lib/byteText.mjs';
import { fromByteText } from '../src/wasm/byteText.js';

const roundTrip = (bytes: Uint8Array) => fromByteText(toByteText(bytes));

describe('byte text', () => {
  it('decodes the inlined text to build/fastclahe-simd.wasm, byte for byte', () => {
    const wasm = new Uint8Array(readFileSync(new URL('../build/fastclahe-simd.wasm', import.meta.url)));
    const text = readFileSync(new URL('../build/fastclahe-simd.bytes.txt', import.meta.url), 'utf8');
    expect(text).toBe(toByteText(wasm));
    expect(fromByteText(text)).toEqual(wasm);
  });

  it('round-trips every byte value, each as frequent or as rare as can be', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(roundTrip(all)).toEqual(all);
    // Byte b appears b + 1 times: 255 is the most frequent, 0 the rarest.
    const skewed = Uint8Array.from(Array.from(all, (b) => Array(b + 1).fill(b)).flat());
    expect(roundTrip(skewed)).toEqual(skewed);
    const reversed = skewed.slice().reverse();
    expect(roundTrip(reversed)).toEqual(reversed);
  });

  it('round-trips random bytes, few distinct values, one value, and nothing', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255;
    const noise = Uint8Array.from({ length: 100_000 }, random);
    expect(roundTrip(noise)).toEqual(noise);
    const few = Uint8Array.from({ length: 1000 }, () => [0, 7, 255][random() % 3]!);
    expect(roundTrip(few)).toEqual(few);
    expect(roundTrip(new Uint8Array(10).fill(34))).toEqual(new Uint8Array(10).fill(34));
    expect(roundTrip(new Uint8Array(0))).toEqual(new Uint8Array(0));
  });

  it('writes only the alphabet (printable ASCII but " and \\), one character for the frequent bytes', () => {
    const wasm = new Uint8Array(readFileSync(new URL('../build/fastclahe-simd.wasm', import.meta.url)));
    const text = toByteText(wasm);
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter(
      (char) => char !== '"' && char !== '\\',
    );
    expect([...ALPHABET].sort()).toEqual(printable.sort());
    expect(ALPHABET.startsWith(LEADING)).toBe(true);
    expect(text.startsWith(LEADING)).toBe(true);
    expect([...text.slice(LEADING.length + 182)].every((char) => ALPHABET.includes(char))).toBe(true);
    // Most bytes take one character: well under the two of hexadecimal.
    expect(text.length).toBeLessThan(wasm.length * 1.1);
  });
});
