import { invalid, Worded } from './validate.js';

/** Everything the CLAHE kernels need besides the pixels, derived exactly as OpenCV derives it. */
export interface ClahePlan {
  width: number;
  height: number;
  /** Tile columns and rows whose lookup tables the interpolation reads (see `planClahe`). */
  tilesX: number;
  tilesY: number;
  /** OpenCV's tile size, measured on the image padded to a multiple of the grid. */
  tileWidth: number;
  tileHeight: number;
  /** Bin height above which a tile histogram is clipped; 0 disables clipping. */
  clipCount: number;
  /** float32(levels − 1) / float32(tile area), the step from cumulative count to output level. */
  lutScale: number;
  /** Histogram bins: 256 for 8-bit images, 2^bitDepth for 16-bit ones. */
  levels: number;
}

/** Lookup tables beyond this many bytes would mean a grid absurdly fine for the image. */
export const MAX_LUT_BYTES = 2 ** 28;

/**
 * Pixels a tile may hold: OpenCV counts a tile and sums its histogram in int, and so do both
 * builds (an Int32Array, i32 lanes); a larger tile would wrap the cumulative sums.
 */
export const MAX_TILE_PIXELS = 2 ** 31 - 1;

/**
 * Derives OpenCV's CLAHE parameters for a `width`×`height` image (both > 0) with `levels`
 * histogram bins (256, or 2^bitDepth for 16-bit images).
 *
 * When either side is not a multiple of the grid, OpenCV pads the image (for the histograms
 * only) by `tiles − side % tiles` on *both* axes, so a divisible axis still grows by a whole
 * tile count: 64×33 with 8×8 tiles has 9-pixel-wide tiles.
 *
 * Tiles that no pixel interpolates from are dropped: a pixel at x reads tiles
 * ⌊x/tileWidth − ½⌋ and the one after it, so at most ⌊(width − 1)/tileWidth⌋ + 2 columns are
 * read. This changes no output and keeps a 100000×100000 grid on a 10×10 image cheap.
 */
export function planClahe(
  fn: string,
  width: number,
  height: number,
  clipLimit: number,
  gridColumns: number,
  gridRows: number,
  levels = 256,
): ClahePlan {
  const padded = width % gridColumns !== 0 || height % gridRows !== 0;
  const tileWidth = Math.floor(width / gridColumns) + (padded ? 1 : 0);
  const tileHeight = Math.floor(height / gridRows) + (padded ? 1 : 0);
  const tilesX = Math.min(gridColumns, Math.floor((width - 1) / tileWidth) + 2);
  const tilesY = Math.min(gridRows, Math.floor((height - 1) / tileHeight) + 2);
  const lutBytes = levels * (levels > 256 ? 2 : 1);
  if (tilesX * tilesY * lutBytes > MAX_LUT_BYTES) {
    const most = Math.floor(MAX_LUT_BYTES / lutBytes);
    invalid(
      RangeError,
      fn,
      'options.tileGridSize',
      `a grid of at most ${most} tiles with pixels in them (${MAX_LUT_BYTES / 2 ** 20} MiB of lookup tables)`,
      new Worded(
        `[${gridColumns}, ${gridRows}], which puts ${tilesX * tilesY} tiles of ${tileWidth}×${tileHeight} pixels on this ${width}×${height} image`,
      ),
    );
  }
  const area = tileWidth * tileHeight;
  if (area > MAX_TILE_PIXELS) {
    invalid(
      RangeError,
      fn,
      'options.tileGridSize',
      `a grid whose tiles hold at most ${MAX_TILE_PIXELS} pixels (2^31 − 1)`,
      new Worded(
        `[${gridColumns}, ${gridRows}], which makes tiles of ${tileWidth}×${tileHeight} pixels on this ${width}×${height} image`,
      ),
    );
  }
  return {
    width,
    height,
    tilesX,
    tilesY,
    tileWidth,
    tileHeight,
    clipCount: clipCountFor(clipLimit, area, levels),
    lutScale: Math.fround((levels - 1) / Math.fround(area)),
    levels,
  };
}

/**
 * OpenCV: clipLimit > 0 ? max(1, int(clipLimit · area / levels)) : 0, computed in double.
 * Capped at the tile area, which clips nothing, where OpenCV's int conversion would overflow
 * (it then clips every bin to 1).
 */
function clipCountFor(clipLimit: number, area: number, levels: number): number {
  if (clipLimit <= 0) return 0;
  return Math.min(Math.max(Math.trunc((clipLimit * area) / levels), 1), area);
}
