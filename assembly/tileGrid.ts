// The tile grid both CLAHE kernels (clahe.ts, clahe16.ts) interpolate on: OpenCV's position of a
// pixel between tile centres, the per-column tile and weights, and the padded column stride of
// their per-column scratch arrays.

/** Per-column arrays are padded to a multiple of 4 so vector loads of four columns stay inside. */
// @ts-ignore: decorator
@inline export function columnStride(width: i32): usize {
  return (<usize>width + 3) & ~3;
}

/** The same in 64-bit, for sizing scratch before anything has checked that it fits in memory. */
// @ts-ignore: decorator
@inline export function columnStride64(width: i32): u64 {
  return (<u64>width + 3) & ~3;
}

/**
 * OpenCV's position of a pixel on the tile grid, x · (1/tileSize) − ½ in float32: its floor is
 * the lower neighbouring tile, the fraction the upper tile's weight.
 */
// @ts-ignore: decorator
@inline export function tileCoordinate(position: i32, invTileSize: f32): f32 {
  return <f32>position * invTileSize - <f32>0.5;
}

/** For each column: the lower tile ⌊tileCoordinate⌋ (unclamped, i32) and the weights xa and 1 − xa. */
export function columnWeights(width: i32, tileWidth: i32, lowerTiles: usize, rightWeights: usize, leftWeights: usize): void {
  const invTileWidth = <f32>1.0 / <f32>tileWidth;
  for (let x = 0; x < width; x++) {
    const txf = tileCoordinate(x, invTileWidth);
    const tx1 = <i32>floor<f32>(txf);
    const xa = txf - <f32>tx1;
    const at = <usize>x << 2;
    store<i32>(lowerTiles + at, tx1);
    store<f32>(rightWeights + at, xa);
    store<f32>(leftWeights + at, <f32>1.0 - xa);
  }
}
