// Seeded random images with the shapes that break CLAHE implementations: prime and tiny
// sizes, grids larger than the image, constant, two-valued, low-contrast and spiky content.
import type { ImageLike } from 'fastclahe';
import { below } from './images.js';

export const CLIP_LIMITS = [-1, 0, 0.01, 0.5, 1, 2, 3.7, 40, 1000];
const PRIMES = [2, 3, 5, 7, 11, 13, 31, 61, 127, 251, 509, 691];
const CONTENTS = ['noise', 'narrow', 'constant', 'two-valued', 'gradient', 'spiky'] as const;
export type Content = (typeof CONTENTS)[number];

export interface ClaheCase {
  image: ImageLike<Uint8Array>;
  content: Content;
  clipLimit: number;
  tileGridSize: [number, number];
}

/** A side length from 1 to 700, weighted towards small and prime sizes. */
export function randomSide(random: () => number): number {
  const pick = random();
  if (pick < 0.15) return PRIMES[below(random, PRIMES.length)];
  if (pick < 0.4) return 1 + below(random, 16);
  if (pick < 0.8) return 17 + below(random, 184);
  return 201 + below(random, 500);
}

export function randomImage(
  random: () => number,
  width: number,
  height: number,
  content: Content,
): ImageLike<Uint8Array> {
  const data = new Uint8Array(width * height);
  const base = below(random, 256);
  const other = below(random, 256);
  const spread = 1 + below(random, 24);
  for (let i = 0; i < data.length; i++) {
    const x = i % width;
    const y = Math.floor(i / width);
    data[i] = pixel(content, random, base, other, spread, x / Math.max(width, 1), y / Math.max(height, 1));
  }
  return { data, width, height };
}

function pixel(
  content: Content,
  random: () => number,
  base: number,
  other: number,
  spread: number,
  u: number,
  v: number,
): number {
  switch (content) {
    case 'noise':
      return below(random, 256);
    case 'narrow':
      return Math.min(255, base + below(random, spread));
    case 'constant':
      return base;
    case 'two-valued':
      return random() < 0.5 ? base : other;
    case 'gradient':
      return Math.min(255, Math.floor((u * 0.6 + v * 0.4) * 200) + below(random, spread));
    case 'spiky':
      return random() < 0.97 ? base : below(random, 256);
  }
}

export function randomClaheCase(random: () => number): ClaheCase {
  const width = randomSide(random);
  const height = randomSide(random);
  const content = CONTENTS[below(random, CONTENTS.length)];
  const grid = (): number => (random() < 0.1 ? 1 : 1 + below(random, 64));
  return {
    image: randomImage(random, width, height, content),
    content,
    clipLimit: CLIP_LIMITS[below(random, CLIP_LIMITS.length)],
    tileGridSize: [grid(), grid()],
  };
}
