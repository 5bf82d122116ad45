// A folder of images and a COCO file with one or more of every annotation finding explore --coco
// reports, and statistics worked out by hand (see the comments next to each annotation).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { syntheticImage, writePng } from '../helpers/images.js';

const require = createRequire(new URL('../../package.json', import.meta.url));
const sharp = require('sharp') as typeof import('sharp').default;

/** Writes <dir>/data/… and <dir>/annotations.json; returns their paths. */
export async function makeCocoDataset(dir: string): Promise<{ data: string; annotations: string }> {
  const data = join(dir, 'data');
  mkdirSync(join(data, 'sub'), { recursive: true });
  writePng(join(data, 'a.png'), syntheticImage(200, 100, 3, 8, 1));
  writePng(join(data, 'b.png'), syntheticImage(100, 100, 3, 8, 2));
  writePng(join(data, 'sub', 'c.png'), syntheticImage(64, 48, 3, 8, 3));
  writePng(join(data, 'd.png'), syntheticImage(50, 50, 3, 8, 4));
  writePng(join(data, 'extra.png'), syntheticImage(30, 30, 3, 8, 5)); // file-without-entry
  // Stored 80×40 with EXIF orientation 6: decoded (oriented) it is 40×80.
  const rot = syntheticImage(80, 40, 3, 8, 6);
  await sharp(Buffer.from(rot.data.buffer), { raw: { width: 80, height: 40, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toFile(join(data, 'rot.jpg'));
  const annotations = join(dir, 'annotations.json');
  writeFileSync(annotations, JSON.stringify(COCO));
  return { data, annotations };
}

const ann = (
  id: unknown,
  image_id: unknown,
  category_id: number,
  bbox: unknown,
  area: number | undefined,
  extra: Record<string, unknown> = {},
) => ({
  id,
  image_id,
  category_id,
  ...(bbox === undefined ? {} : { bbox }),
  ...(area === undefined ? {} : { area }),
  iscrowd: 0,
  ...extra,
});

// Uncompressed column-major RLE of a.png (100 × 200) set in columns 0–99, rows 0–49.
const CROWD_MASK = { size: [100, 200], counts: [0, ...Array.from({ length: 99 }, () => [50, 50]).flat(), 50, 10_050] };

export const COCO = {
  images: [
    { id: 1, file_name: 'a.png', width: 200, height: 100 },
    { id: 2, file_name: 'b.png', width: 100, height: 100 },
    { id: 3, file_name: 'sub/c.png', width: 64, height: 48 }, // no annotations
    { id: 4, file_name: 'rot.jpg', width: 80, height: 40 }, // size-rotated (decoded 40×80)
    { id: 5, file_name: './d.png', width: 60, height: 50 }, // size-mismatch (decoded 50×50)
    { id: '6', file_name: 'ghost.png', width: 10, height: 10 }, // mixed-image-id-types, entry-without-file
    { id: 7, file_name: 'gone/x.png', width: 10, height: 10 }, // entry-without-file, no annotations
    { id: 2, file_name: 'dup.png', width: 5, height: 5 }, // duplicate-image-id (skipped)
  ],
  categories: [
    { id: 1, name: 'cat' },
    { id: 2, name: 'dog' },
    { id: 3, name: 'bird' }, // no objects
    { id: 2, name: 'dup' }, // duplicate-category-id
  ],
  annotations: [
    ann(1, 1, 1, [10, 10, 20, 20], 400, { segmentation: [[10, 10, 30, 10, 30, 30, 10, 30]] }), // small, poor fit
    ann(2, 1, 1, [0, 0, 100, 50], 5000, { iscrowd: 1, segmentation: CROWD_MASK }), // medium, crowd (an RLE filling its box)
    ann(3, 1, 2, [50, 20, 150, 80], 12000), // large, touches the right and bottom edges
    ann(4, 2, 2, [90, 90, 20, 20], 400), // box-outside-image, small, poor fit
    ann(5, 2, 1, [5, 5, 8, 6], undefined), // missing-area (box area 48: small), tiny, poor fit
    { id: 6, image_id: 2, category_id: 1, bbox: [1, 1, 10, 10], area: 100 }, // missing-iscrowd, tiny, poor fit
    ann(6, 4, 2, [0, 0, 40, 70], 2800), // duplicate-annotation-id, medium, inside the decoded 40×80
    ann(8, 99, 1, [0, 0, 5, 5], 25), // annotation-unknown-image
    ann(9, 1, 42, [0, 0, 5, 5], 25), // unknown-category
    ann(10, 1, 1, [10, 10, 0, 5], 0), // box-nonpositive
    ann(12, 1, 1, undefined, 10), // bad-bbox
    ann(11, 5, 2, [30, 0, 25, 10], 250), // box-outside-image of the decoded 50 px width, small, poor fit
    ann(13, '6', 1, [0, 0, 4, 4], 16), // tiny, small, poor fit
  ],
};
