// Types of scripts/lib/byteText.mjs for the TypeScript test that imports it (test/byteText.test.ts).

/** The alphabet's first characters, which the text starts with: those minified JavaScript uses most. */
export const LEADING: string;
/** LEADING, then the rest of printable ASCII but '"' and '\', in ASCII order: 93 characters. */
export const ALPHABET: string;
/** Ranks written as one character. */
export const SINGLE: number;
/** The bytes as byte text, which src/wasm/byteText.ts decodes. */
export function toByteText(bytes: Uint8Array): string;
