// An RLE mask (crowd regions, masks exported by segmentation tools) as rectangles the page can
// draw like polygons: the mask on a grid of at most GRID cells along its longer side, a cell set
// when any of its pixels is, and each grid row's runs of set cells joined into one rectangle.
// Drawn translucent over a thumbnail this shows the shape at thumbnail resolution with tens of
// rectangles, where the mask itself has thousands of runs.
import { rleFromObject, type Rle, type RleObject } from '../coco/mask.js';

const GRID = 64;
// Masks larger than this are not drawn (their box still is): decoding is linear in the columns.
const MAX_MASK_PIXELS = 2 ** 31;

/** The rectangles as rings [x0, y0, x1, y0, x1, y1, x0, y1] in image pixels; [] when it is not a usable RLE. */
export function rleRectangles(segmentation: unknown): number[][] {
  const rle = readRle(segmentation);
  if (!rle) return [];
  const cell = Math.max(1, Math.ceil(Math.max(rle.h, rle.w) / GRID));
  const columns = Math.ceil(rle.w / cell);
  const rows = Math.ceil(rle.h / cell);
  const set = markCells(rle, cell, columns, rows);
  if (!set) return [];
  const rings: number[][] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      if (!set[row * columns + column]) continue;
      const start = column;
      while (column + 1 < columns && set[row * columns + column + 1]) column++;
      const [x0, x1] = [start * cell, Math.min((column + 1) * cell, rle.w)];
      const [y0, y1] = [row * cell, Math.min((row + 1) * cell, rle.h)];
      rings.push([x0, y0, x1, y0, x1, y1, x0, y1]);
    }
  }
  return rings;
}

function readRle(segmentation: unknown): Rle | undefined {
  if (typeof segmentation !== 'object' || segmentation === null || Array.isArray(segmentation)) return undefined;
  const { size, counts } = segmentation as Partial<RleObject>;
  if (!Array.isArray(size) || size.length !== 2 || !size.every((v) => Number.isInteger(v) && v > 0)) return undefined;
  if (size[0] * size[1] > MAX_MASK_PIXELS) return undefined;
  if (typeof counts !== 'string' && !(Array.isArray(counts) && counts.every((v) => Number.isInteger(v) && v >= 0)))
    return undefined;
  return rleFromObject({ size, counts });
}

/** Walks the column-major runs, marking the cells each foreground run touches; undefined when the runs overrun the mask. */
function markCells(rle: Rle, cell: number, columns: number, rows: number): Uint8Array | undefined {
  const set = new Uint8Array(columns * rows);
  const { h } = rle;
  let at = 0;
  let foreground = false;
  for (const run of rle.cnts) {
    const end = at + run;
    if (end > rle.h * rle.w) return undefined;
    // A foreground run covers, column by column, the pixels at .. end − 1 (index x·h + y).
    for (let p = at; foreground && p < end; ) {
      const x = Math.floor(p / h);
      const y0 = p - x * h;
      const y1 = Math.min(h, end - x * h) - 1;
      const column = Math.floor(x / cell);
      for (let row = Math.floor(y0 / cell); row <= Math.floor(y1 / cell); row++) set[row * columns + column] = 1;
      p = (x + 1) * h;
    }
    at = end;
    foreground = !foreground;
  }
  return set;
}
