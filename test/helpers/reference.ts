// Straightforward reimplementations of OpenCV's algorithms with the histogram size as a
// parameter, written independently of src/ from OpenCV's clahe.cpp and histogram.cpp: the
// padded image is materialized, nothing is trimmed or vectorized. They are the oracle where
// OpenCV has no equivalent (2^bitDepth bins for 10-, 12- and 14-bit data, 16-bit equalizeHist);
// test/sixteen-bit.exhaustive.test.ts first checks the CLAHE one against OpenCV.js at 65536 bins.
const f32 = Math.fround;

function rint(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  return fraction > 0.5 || (fraction === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
}

function saturate(value: number, maximum: number): number {
  return Math.min(Math.max(rint(value), 0), maximum);
}

function reflect(p: number, length: number): number {
  if (length === 1) return 0;
  while (p < 0 || p >= length) p = p < 0 ? -p : 2 * length - 2 - p;
  return p;
}

export function referenceClahe(
  data: ArrayLike<number>,
  width: number,
  height: number,
  clipLimit: number,
  [tilesX, tilesY]: [number, number],
  histSize: number,
  maximum: number,
): Uint32Array {
  const divisible = width % tilesX === 0 && height % tilesY === 0;
  const paddedWidth = divisible ? width : width + tilesX - (width % tilesX);
  const paddedHeight = divisible ? height : height + tilesY - (height % tilesY);
  const padded = (x: number, y: number) => data[reflect(y, height) * width + reflect(x, width)];
  const tileWidth = paddedWidth / tilesX;
  const tileHeight = paddedHeight / tilesY;
  const area = tileWidth * tileHeight;
  const lutScale = f32((histSize - 1) / f32(area));
  const clip = clipLimit > 0 ? Math.max(Math.trunc((clipLimit * area) / histSize), 1) : 0;
  const luts: number[][] = [];
  for (let ty = 0; ty < tilesY; ty++) {
    for (let tx = 0; tx < tilesX; tx++) {
      const hist = new Array<number>(histSize).fill(0);
      for (let y = ty * tileHeight; y < (ty + 1) * tileHeight; y++) {
        for (let x = tx * tileWidth; x < (tx + 1) * tileWidth; x++) hist[padded(x, y)]++;
      }
      if (clip > 0) {
        let clipped = 0;
        for (let i = 0; i < histSize; i++)
          if (hist[i] > clip) {
            clipped += hist[i] - clip;
            hist[i] = clip;
          }
        const batch = Math.trunc(clipped / histSize);
        let residual = clipped - batch * histSize;
        for (let i = 0; i < histSize; i++) hist[i] += batch;
        if (residual !== 0) {
          const step = Math.max(Math.trunc(histSize / residual), 1);
          for (let i = 0; i < histSize && residual > 0; i += step, residual--) hist[i]++;
        }
      }
      let sum = 0;
      luts.push(hist.map((count) => saturate(f32(f32((sum += count)) * lutScale), maximum)));
    }
  }
  const out = new Uint32Array(width * height);
  const invTileWidth = f32(1 / tileWidth);
  const invTileHeight = f32(1 / tileHeight);
  for (let y = 0; y < height; y++) {
    const tyf = f32(f32(y * invTileHeight) - 0.5);
    const ty1 = Math.floor(tyf);
    const ya = f32(tyf - ty1);
    const ya1 = f32(1 - ya);
    const upper = Math.max(ty1, 0);
    const lower = Math.min(ty1 + 1, tilesY - 1);
    for (let x = 0; x < width; x++) {
      const txf = f32(f32(x * invTileWidth) - 0.5);
      const tx1 = Math.floor(txf);
      const xa = f32(txf - tx1);
      const xa1 = f32(1 - xa);
      const left = Math.max(tx1, 0);
      const right = Math.min(tx1 + 1, tilesX - 1);
      const v = data[y * width + x];
      const lut = (row: number, column: number) => luts[row * tilesX + column][v];
      const result = f32(
        f32(f32(f32(lut(upper, left) * xa1) + f32(lut(upper, right) * xa)) * ya1) +
          f32(f32(f32(lut(lower, left) * xa1) + f32(lut(lower, right) * xa)) * ya),
      );
      out[y * width + x] = saturate(result, maximum);
    }
  }
  return out;
}

/** OpenCV's equalizeHist with `histSize` bins. */
export function referenceEqualizeHist(data: ArrayLike<number>, histSize: number, maximum: number): Uint32Array {
  const hist = new Array<number>(histSize).fill(0);
  for (let i = 0; i < data.length; i++) hist[data[i]]++;
  let first = 0;
  while (!hist[first]) first++;
  if (hist[first] === data.length) return Uint32Array.from(data);
  const scale = f32((histSize - 1) / f32(data.length - hist[first]));
  const lut = new Array<number>(histSize).fill(0);
  let sum = 0;
  for (let i = first + 1; i < histSize; i++) lut[i] = saturate(f32(f32((sum += hist[i])) * scale), maximum);
  return Uint32Array.from(data, (value) => lut[value]);
}
