// The output formats of `fastclahe enhance` and their file extensions. Free of sharp, so that
// the main thread (which only plans the run; the workers decode and encode) starts without
// loading it: `fastclahe --help` and usage errors answer in about a third of the time.
export const OUTPUT_FORMATS = ['jpeg', 'png', 'webp', 'tiff', 'avif', 'gif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The format a file extension (lower case, no dot) is written in, if sharp writes it. */
export function formatOfExtension(extension: string): OutputFormat | undefined {
  const formats: Record<string, OutputFormat> = {
    jpg: 'jpeg',
    jpeg: 'jpeg',
    png: 'png',
    webp: 'webp',
    tif: 'tiff',
    tiff: 'tiff',
    avif: 'avif',
    gif: 'gif',
  };
  return formats[extension.toLowerCase()];
}

/** The extension written for a format. */
export const EXTENSION_OF: Record<OutputFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  tiff: 'tif',
  avif: 'avif',
  gif: 'gif',
};
