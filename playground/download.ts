// Saves the result as the library returned it, as a PNG of its own depth and channels.
import { encodePng, type Encodable } from './pngEncode';

export async function downloadPng(result: Encodable, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await encodePng(result));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Chromium reads the URL after the click returns; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "photo.jpg" and "clahe" → "photo-clahe.png"; "Retina (fundus photograph)" → "Retina-fundus-photograph-clahe.png". */
export function resultName(name: string, method: string): string {
  const stem = name
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `${stem || 'image'}-${method}.png`;
}
