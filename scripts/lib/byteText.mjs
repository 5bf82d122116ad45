// Byte text: binary as printable ASCII that gzip compresses almost as well as the bytes
// themselves, for inlining the WebAssembly into the JS bundle (src/wasm/byteText.ts decodes it).
// Each byte becomes one token: the 91 most frequent byte values one character each, the others
// two. Every occurrence of a byte is the same token, so gzip finds the module's repeats as in the
// binary, and most tokens are one character. The alphabet is printable ASCII but '"' and '\', so
// the string literal needs no escape in any bundle (esbuild writes bytes above 0x7e as
// four-character escapes), and it starts with the characters minified JavaScript uses most, given
// to the most frequent bytes: gzip codes the string and the code around it in the same blocks,
// with one Huffman code, which then suits both. The 25 KB SIMD module costs a browser bundle
// 1.4 KB less gzipped than as hexadecimal (two characters for every byte) and 4.5 KB less than
// base64; of that, the alphabet's order saves 0.15 KB.
//
// Text: LEADING (32 characters; the alphabet is LEADING, then the other printable characters in
// ASCII order), then the 91 most frequent byte values, most frequent first, as hexadecimal (182
// characters), then one token per byte. A byte's rank is its place in that list; the other bytes
// follow in increasing order (ranks 91 to 255). Rank r < 91 is ALPHABET[r]; a larger rank is
// ALPHABET[91 + q] followed by ALPHABET[m], where r − 91 = 93q + m.

/**
 * The 32 characters most frequent in the minified JavaScript of `import { clahe }` (esbuild's
 * bundle, the inlined module left out), most frequent first.
 */
export const LEADING = 'etr ,niao()$slc=huf.ybg{}mp:dw;1';
/** LEADING, then the rest of printable ASCII but '"' and '\', in ASCII order: 93 characters. */
export const ALPHABET = [
  ...LEADING,
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter(
    (char) => char !== '"' && char !== '\\' && !LEADING.includes(char),
  ),
].join('');
/** Ranks written as one character; the last two characters of the alphabet lead two-character tokens. */
export const SINGLE = ALPHABET.length - 2;

/**
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function toByteText(bytes) {
  const counts = new Array(256).fill(0);
  for (const byte of bytes) counts[byte]++;
  const values = [...counts.keys()];
  const frequent = [...values].sort((a, b) => counts[b] - counts[a] || a - b).slice(0, SINGLE);
  const ranked = [...frequent, ...values.filter((byte) => !frequent.includes(byte))];
  const tokens = new Array(256);
  ranked.forEach((byte, rank) => {
    const over = rank - SINGLE;
    tokens[byte] =
      over < 0
        ? ALPHABET[rank]
        : ALPHABET[SINGLE + Math.floor(over / ALPHABET.length)] + ALPHABET[over % ALPHABET.length];
  });
  const header = LEADING + frequent.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return header + Array.from(bytes, (byte) => tokens[byte]).join('');
}
