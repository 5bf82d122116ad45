/** Writes the sample folder (see make-explore-sample.mjs); `hostile` adds links, a bomb and an animated GIF. */
export function makeDataset(dir: string, options?: { hostile?: boolean }): Promise<void>;
