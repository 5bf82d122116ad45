// Run-length encoded masks, ported from pycocotools' common/maskApi.c (2.0.11) so that segm IoUs
// match it bit for bit: the column-major RLE, the compressed string format, polygon rasterisation
// (rleFrPoly, which upsamples ×5), union, area, bounding box and IoU with crowd regions.

/** A binary mask as column-major run lengths, starting with a run of 0s (maskApi.c's RLE). */
export interface Rle {
  h: number;
  w: number;
  cnts: Uint32Array;
}

/** A COCO RLE as stored in JSON: compressed (`counts` a string) or uncompressed (a number list). */
export interface RleObject {
  size: [number, number];
  counts: string | number[];
}

const INT_MIN = -2147483648;

// C's (int)double on x86-64 (cvttsd2si): truncation, and INT_MIN for NaN or out-of-range values.
// rleFrPoly divides 0/0 for repeated vertices and casts the NaN, so this matters.
function cInt(x: number): number {
  if (!(x > -2147483649 && x < 2147483648)) return INT_MIN;
  return Math.trunc(x);
}

/** Decodes COCO's compressed counts string (LEB128-like, 6 bits a character), as rleFrString. */
export function rleFrString(s: string, h: number, w: number): Rle {
  const cnts: number[] = [];
  let p = 0;
  while (p < s.length) {
    let x = 0;
    let k = 0;
    let more = true;
    while (more) {
      const c = s.charCodeAt(p) - 48;
      x += (c & 0x1f) * 2 ** (5 * k);
      more = (c & 0x20) !== 0;
      p++;
      k++;
      // Sign-extend the last group, as `x |= -1 << 5*k` does.
      if (!more && c & 0x10) x -= 2 ** (5 * k);
    }
    if (cnts.length > 2) x += cnts[cnts.length - 2]!;
    cnts.push(x >>> 0);
  }
  return { h, w, cnts: Uint32Array.from(cnts) };
}

/** Encodes counts as COCO's compressed string, as rleToString. */
export function rleToString(rle: Rle): string {
  let out = '';
  const { cnts } = rle;
  for (let i = 0; i < cnts.length; i++) {
    let x = cnts[i]!;
    if (i > 2) x -= cnts[i - 2]!;
    let more = true;
    while (more) {
      let c = x & 0x1f;
      x = Math.floor(x / 32);
      more = c & 0x10 ? x !== -1 : x !== 0;
      if (more) c |= 0x20;
      out += String.fromCharCode(c + 48);
    }
  }
  return out;
}

/** An RLE from its JSON object: compressed strings are decoded, uncompressed counts taken as they are. */
export function rleFromObject(obj: RleObject): Rle {
  const [h, w] = obj.size;
  if (typeof obj.counts === 'string') return rleFrString(obj.counts, h, w);
  // frUncompressedRLE: counts cast to uint32, size from the object itself.
  return { h, w, cnts: Uint32Array.from(obj.counts, (c) => c >>> 0) };
}

/** Encodes a column-major binary mask (h×w, index x*h+y), as rleEncode. */
export function rleEncode(mask: Uint8Array, h: number, w: number): Rle {
  const cnts: number[] = [];
  let p = 0;
  let c = 0;
  for (let j = 0; j < h * w; j++) {
    if (mask[j] !== p) {
      cnts.push(c);
      c = 0;
      p = mask[j]!;
    }
    c++;
  }
  cnts.push(c);
  return { h, w, cnts: Uint32Array.from(cnts) };
}

/** Decodes to a column-major binary mask (index x*h+y), or undefined when the counts overrun h*w. */
export function rleDecode(rle: Rle): Uint8Array | undefined {
  const size = rle.h * rle.w;
  const mask = new Uint8Array(size);
  let c = 0;
  let v = 0;
  for (const run of rle.cnts) {
    if (c + run > size) return undefined;
    if (v) mask.fill(1, c, c + run);
    c += run;
    v ^= 1;
  }
  return mask;
}

/** Foreground pixel count (sum of the odd runs), as rleArea. */
export function rleArea(rle: Rle): number {
  let a = 0;
  for (let j = 1; j < rle.cnts.length; j += 2) a += rle.cnts[j]!;
  return a >>> 0;
}

/** Union (or intersection) of masks of one size, as rleMerge. Sizes that differ give an empty 0×0 RLE. */
export function rleMerge(rles: readonly Rle[], intersect = false): Rle {
  if (rles.length === 0) return { h: 0, w: 0, cnts: new Uint32Array(0) };
  const first = rles[0]!;
  if (rles.length === 1) return { h: first.h, w: first.w, cnts: first.cnts.slice() };
  let { h, w } = first;
  let acc: Uint32Array = first.cnts.slice();
  for (let i = 1; i < rles.length; i++) {
    const B = rles[i]!;
    if (B.h !== h || B.w !== w) {
      h = w = 0;
      acc = new Uint32Array(0);
      break;
    }
    acc = mergeTwo(acc, B.cnts, intersect);
  }
  return { h, w, cnts: acc };
}

// The two-RLE step of rleMerge, with its exact run bookkeeping (including zero-length runs).
function mergeTwo(A: Uint32Array, B: Uint32Array, intersect: boolean): Uint32Array {
  const out: number[] = [];
  let ca = A[0]!;
  let cb = B[0]!;
  let v = 0;
  let va = 0;
  let vb = 0;
  let a = 1;
  let b = 1;
  let cc = 0;
  let ct = 1;
  while (ct > 0) {
    const c = Math.min(ca, cb);
    cc += c;
    ct = 0;
    ca -= c;
    if (!ca && a < A.length) {
      ca = A[a++]!;
      va ^= 1;
    }
    ct += ca;
    cb -= c;
    if (!cb && b < B.length) {
      cb = B[b++]!;
      vb ^= 1;
    }
    ct += cb;
    const vp = v;
    v = intersect ? va & vb : va | vb;
    if (v !== vp || ct === 0) {
      out.push(cc);
      cc = 0;
    }
  }
  return Uint32Array.from(out);
}

/** Bounding box [x, y, w, h] of the foreground, as rleToBbox (2.0.11's version). */
export function rleToBbox(rle: Rle): [number, number, number, number] {
  const { h, w, cnts } = rle;
  const m = Math.floor(cnts.length / 2) * 2;
  if (m === 0) return [0, 0, 0, 0];
  let xs = w;
  let ys = h;
  let xe = 0;
  let ye = 0;
  let cc = 0;
  for (let j = 0; j < m; j++) {
    const start = cc;
    cc = (cc + cnts[j]!) >>> 0;
    if (j % 2 === 0 || cnts[j] === 0) continue;
    const yStart = start % h;
    const xStart = (start - yStart) / h;
    const yEnd = (cc - 1) % h;
    const xEnd = (cc - 1 - yEnd) / h;
    xs = Math.min(xs, xStart);
    xe = Math.max(xe, xEnd);
    if (xStart < xEnd) {
      ys = 0;
      ye = h - 1;
    } else {
      ys = Math.min(ys, yStart);
      ye = Math.max(ye, yEnd);
    }
  }
  return [xs, ys, xe - xs + 1, ye - ys + 1];
}

/**
 * Rasterises one polygon ring [x0, y0, x1, y1, …] into an h×w RLE exactly as rleFrPoly: vertices are
 * scaled ×5 and rounded, edges walked densely, and pixel columns entered where the boundary crosses
 * x = i + 0.5 at the original scale. An odd trailing coordinate is ignored (k = floor(len/2)).
 */
export function rleFrPoly(xy: ArrayLike<number>, h: number, w: number): Rle {
  const scale = 5;
  const k = Math.floor(xy.length / 2);
  const x = new Int32Array(k + 1);
  const y = new Int32Array(k + 1);
  for (let j = 0; j < k; j++) x[j] = cInt(scale * xy[j * 2]! + 0.5);
  x[k] = x[0]!;
  for (let j = 0; j < k; j++) y[j] = cInt(scale * xy[j * 2 + 1]! + 0.5);
  y[k] = y[0]!;
  let m = 0;
  for (let j = 0; j < k; j++) m += Math.max(Math.abs(x[j]! - x[j + 1]!), Math.abs(y[j]! - y[j + 1]!)) + 1;
  const u = new Int32Array(m);
  const v = new Int32Array(m);
  m = 0;
  for (let j = 0; j < k; j++) {
    let xs = x[j]!;
    let xe = x[j + 1]!;
    let ys = y[j]!;
    let ye = y[j + 1]!;
    const dx = Math.abs(xe - xs);
    const dy = Math.abs(ys - ye);
    const flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
    if (flip) [xs, xe, ys, ye] = [xe, xs, ye, ys];
    // 0/0 = NaN for a repeated vertex; cInt turns it into INT_MIN as the C cast does.
    const s = dx >= dy ? (ye - ys) / dx : (xe - xs) / dy;
    if (dx >= dy) {
      for (let d = 0; d <= dx; d++) {
        const t = flip ? dx - d : d;
        u[m] = t + xs;
        v[m] = cInt(ys + s * t + 0.5);
        m++;
      }
    } else {
      for (let d = 0; d <= dy; d++) {
        const t = flip ? dy - d : d;
        v[m] = t + ys;
        u[m] = cInt(xs + s * t + 0.5);
        m++;
      }
    }
  }
  // Points where the boundary crosses a pixel column, downsampled to the original scale.
  const bx = new Int32Array(m);
  const by = new Int32Array(m);
  let n = 0;
  for (let j = 1; j < m; j++) {
    if (u[j] === u[j - 1]) continue;
    let xd = u[j]! < u[j - 1]! ? u[j]! : u[j]! - 1;
    xd = (xd + 0.5) / scale - 0.5;
    if (Math.floor(xd) !== xd || xd < 0 || xd > w - 1) continue;
    let yd = Math.min(v[j]!, v[j - 1]!);
    yd = (yd + 0.5) / scale - 0.5;
    if (yd < 0) yd = 0;
    else if (yd > h) yd = h;
    yd = Math.ceil(yd);
    bx[n] = xd;
    by[n] = yd;
    n++;
  }
  return runsFromBoundary(bx, by, n, h, w);
}

// rleFrPoly's last step: boundary points → sorted linear indices → run lengths, merging zero runs.
function runsFromBoundary(bx: Int32Array, by: Int32Array, n: number, h: number, w: number): Rle {
  const a = new Uint32Array(n + 1);
  for (let j = 0; j < n; j++) a[j] = (Math.imul(bx[j]!, h) + by[j]!) >>> 0;
  a[n] = (h * w) >>> 0;
  a.sort();
  let p = 0;
  for (let j = 0; j <= n; j++) {
    const t = a[j]!;
    a[j] = (a[j]! - p) >>> 0;
    p = t;
  }
  const b = new Uint32Array(n + 1);
  let m = 0;
  let j = 0;
  b[m++] = a[j++]!;
  while (j <= n) {
    if (a[j]! > 0) b[m++] = a[j++]!;
    else {
      j++;
      if (j <= n) b[m - 1] = (b[m - 1]! + a[j++]!) >>> 0;
    }
  }
  return { h, w, cnts: b.slice(0, m) };
}

/**
 * pycocotools' annToRLE / frPyObjects for one segmentation: a polygon list is rasterised ring by ring
 * and merged; an RLE object is decoded. The 4-coordinate-first-ring case (which pycocotools would
 * pass to frBbox and crash on) is rasterised as a polygon.
 */
export function segmentationToRle(segm: unknown, h: number, w: number): Rle {
  if (Array.isArray(segm)) return rleMerge(segm.map((ring: ArrayLike<number>) => rleFrPoly(ring, h, w)));
  return rleFromObject(segm as RleObject);
}

/**
 * IoU of two RLEs, as rleIou for one pair: the precomputed box IoU `boxIou` (rleToBbox boxes) must be
 * > 0 for the pixel count to run; a crowd GT divides by the detection's area. Different sizes give −1.
 */
export function rleIou(dt: Rle, gt: Rle, crowd: boolean, boxIou: number, dtArea: number): number {
  if (!(boxIou > 0)) return boxIou;
  if (dt.h !== gt.h || dt.w !== gt.w) return -1;
  const A = dt.cnts;
  const B = gt.cnts;
  let ca = A[0]!;
  let cb = B[0]!;
  let va = 0;
  let vb = 0;
  let a = 1;
  let b = 1;
  let i = 0;
  let u = 0;
  let ct = 1;
  while (ct > 0) {
    const c = Math.min(ca, cb);
    if (va || vb) {
      u += c;
      if (va && vb) i += c;
    }
    ct = 0;
    ca -= c;
    if (!ca && a < A.length) {
      ca = A[a++]!;
      va ^= 1;
    }
    ct += ca;
    cb -= c;
    if (!cb && b < B.length) {
      cb = B[b++]!;
      vb ^= 1;
    }
    ct += cb;
  }
  if (i === 0) u = 1;
  else if (crowd) u = dtArea;
  return i / u;
}
