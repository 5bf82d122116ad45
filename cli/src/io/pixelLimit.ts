// The default of --max-pixels, the decompression-bomb limit. Free of sharp (see formats.ts).

/** The default pixel limit: 268 megapixels, 16384 × 16384. */
export const DEFAULT_MAX_PIXELS = 2 ** 28;
