// explore's one pass over the pixels of an 8-bit RGB or RGBA plane, and the second pass of the
// brightness percentiles; cli/src/explore/pixelPass.ts and brightness.ts lay out the buffers and
// are the scalar twin these must equal (same integer results, same float64 operations in the same
// order, so the same sums to the last bit).

const COARSE_SHIFT = 12;
/** Keys are at most 255² · 1000 = 65,025,000. */
const COARSE_BUCKETS: i32 = (65_025_000 >> COARSE_SHIFT) + 1;

/**
 * For `pixels` pixels of `channels` (3 or 4) bytes at `src`: Pillow's gray (convert('L')) into
 * `gray`; Pillow's img.histogram() (`channels` × 256 u32, zeroed by the caller) into `bins`;
 * cleanvision's brightness order key 241 R² + 691 G² + 68 B² into `keys` (u32) and its count by
 * key >> 12 into `coarse` (zeroed by the caller). At `out` (f64): √key0 of the first pixel, Σ d and Σ d²
 * for d = √key − √key0 (brightness.ts's colourSums makes the brightness sums of them), then 1
 * (i32) when some pixel has R ≠ G or R ≠ B.
 */
export function pixelPass(
  src: usize,
  pixels: i32,
  channels: i32,
  gray: usize,
  bins: usize,
  keys: usize,
  coarse: usize,
  out: usize,
): void {
  let root0: f64 = 0;
  if (pixels > 0) {
    const r = <i32>load<u8>(src);
    const g = <i32>load<u8>(src, 1);
    const b = <i32>load<u8>(src, 2);
    root0 = Math.sqrt(<f64>(241 * r * r + 691 * g * g + 68 * b * b));
  }
  let sumD: f64 = 0;
  let sumD2: f64 = 0;
  // Four pixels at a time: R, G and B widened to i32 lanes by one swizzle each of a 16-byte load;
  // gray, keys and square roots in SIMD; the sums added lane by lane in pixel order, so every
  // float operation is the one-pixel loop's. The histogram counts stay scalar. 1.3–1.5× the
  // one-pixel loop's speed on 320×240 RGB.
  // Swizzle indexes: byte c of pixels 0–3, each followed by three 255s (which pick 0).
  const rLanes = v128.or(i32x4.mul(i32x4(0, 1, 2, 3), i32x4.splat(channels)), i32x4.splat(0xffffff00));
  const gLanes = i32x4.add(rLanes, i32x4.splat(1));
  const bLanes = i32x4.add(rLanes, i32x4.splat(2));
  const shift0 = f64x2.splat(root0);
  let colours = i32x4.splat(0);
  const step = <usize>channels;
  let at = src;
  let p = 0;
  // The load of four RGB pixels at byte 3p reads 16 bytes, which must end by byte 3·pixels.
  const simdEnd = channels === 3 ? pixels - 5 : pixels - 3;
  for (; p < simdEnd; p += 4, at += step << 2) {
    const v = v128.load(at);
    const r = i8x16.swizzle(v, rLanes);
    const g = i8x16.swizzle(v, gLanes);
    const b = i8x16.swizzle(v, bLanes);
    const weighted = i32x4.add(
      i32x4.add(i32x4.mul(r, i32x4.splat(19595)), i32x4.mul(g, i32x4.splat(38470))),
      i32x4.add(i32x4.mul(b, i32x4.splat(7471)), i32x4.splat(0x8000)),
    );
    const luma = i16x8.narrow_i32x4_s(i32x4.shr_u(weighted, 16), i32x4.splat(0));
    v128.store32_lane(gray + <usize>p, i8x16.narrow_i16x8_u(luma, luma), 0);
    const key = i32x4.add(
      i32x4.add(i32x4.mul(i32x4.mul(r, r), i32x4.splat(241)), i32x4.mul(i32x4.mul(g, g), i32x4.splat(691))),
      i32x4.mul(i32x4.mul(b, b), i32x4.splat(68)),
    );
    v128.store(keys + ((<usize>p) << 2), key);
    colours = v128.or(colours, v128.or(v128.xor(r, g), v128.xor(r, b)));
    const d01 = f64x2.sub(f64x2.sqrt(f64x2.convert_low_i32x4_u(key)), shift0);
    const d23 = f64x2.sub(f64x2.sqrt(f64x2.convert_low_i32x4_u(i64x2.shuffle(key, key, 1, 1))), shift0);
    const q01 = f64x2.mul(d01, d01);
    const q23 = f64x2.mul(d23, d23);
    sumD += f64x2.extract_lane(d01, 0);
    sumD2 += f64x2.extract_lane(q01, 0);
    sumD += f64x2.extract_lane(d01, 1);
    sumD2 += f64x2.extract_lane(q01, 1);
    sumD += f64x2.extract_lane(d23, 0);
    sumD2 += f64x2.extract_lane(q23, 0);
    sumD += f64x2.extract_lane(d23, 1);
    sumD2 += f64x2.extract_lane(q23, 1);
    // One call per lane: lane numbers must be constants.
    countLane(at, channels, bins, coarse, i32x4.extract_lane(key, 0), i32x4.extract_lane(r, 0), i32x4.extract_lane(g, 0), i32x4.extract_lane(b, 0));
    countLane(at + step, channels, bins, coarse, i32x4.extract_lane(key, 1), i32x4.extract_lane(r, 1), i32x4.extract_lane(g, 1), i32x4.extract_lane(b, 1));
    countLane(at + (step << 1), channels, bins, coarse, i32x4.extract_lane(key, 2), i32x4.extract_lane(r, 2), i32x4.extract_lane(g, 2), i32x4.extract_lane(b, 2));
    countLane(at + step * 3, channels, bins, coarse, i32x4.extract_lane(key, 3), i32x4.extract_lane(r, 3), i32x4.extract_lane(g, 3), i32x4.extract_lane(b, 3));
  }
  let colour =
    i32x4.extract_lane(colours, 0) | i32x4.extract_lane(colours, 1) | i32x4.extract_lane(colours, 2) | i32x4.extract_lane(colours, 3);
  for (; p < pixels; p++, at += step) {
    const r = <i32>load<u8>(at);
    const g = <i32>load<u8>(at, 1);
    const b = <i32>load<u8>(at, 2);
    store<u8>(gray + <usize>p, <u32>(r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16);
    const key = <u32>(241 * r * r + 691 * g * g + 68 * b * b);
    store<u32>(keys + ((<usize>p) << 2), key);
    const d = Math.sqrt(<f64>key) - root0;
    sumD += d;
    sumD2 += d * d;
    colour |= (r ^ g) | (r ^ b);
    countLane(at, channels, bins, coarse, key, r, g, b);
  }
  store<f64>(out, root0);
  store<f64>(out, sumD, 8);
  store<f64>(out, sumD2, 16);
  store<i32>(out, colour !== 0 ? 1 : 0, 24);
}

/** One pixel's histogram counts: its channels' bins and its key's coarse bucket. */
@inline function countLane(
  at: usize,
  channels: i32,
  bins: usize,
  coarse: usize,
  key: u32,
  r: i32,
  g: i32,
  b: i32,
): void {
  bump(coarse + ((<usize>(key >> COARSE_SHIFT)) << 2));
  bump(bins + ((<usize>r) << 2));
  bump(bins + ((256 + <usize>g) << 2));
  bump(bins + ((512 + <usize>b) << 2));
  if (channels === 4) bump(bins + ((768 + <usize>load<u8>(at, 3)) << 2));
}

@inline function bump(at: usize): void {
  store<u32>(at, load<u32>(at) + 1);
}

// The slot + 1 of each coarse bucket in the fine count, 0 for none: zero between calls.
const slotTable = memory.data(COARSE_BUCKETS << 2, 16);

/**
 * The fine count of the brightness percentiles: for each of the `n` keys (u32 at `keys`) in coarse
 * bucket `buckets[s]` (i32, `slots` of them; key >> COARSE_SHIFT), counts key & 4095 in table s of
 * 4,096 u32 at `counts` (zeroed by the caller) and notes in `example` (i32) the pixel where a count
 * becomes 1. Then for each of the `wishes` (i32 `wishSlots` and `wishInside`, in increasing rank),
 * writes to `pixels` (i32) a pixel whose key has `wishInside` keys before it in its table.
 */
export function fineCounts(
  keys: usize,
  n: i32,
  buckets: usize,
  slots: i32,
  counts: usize,
  example: usize,
  wishSlots: usize,
  wishInside: usize,
  wishes: i32,
  pixels: usize,
): void {
  for (let s = 0; s < slots; s++) store<i32>(slotTable + ((<usize>load<i32>(buckets + ((<usize>s) << 2))) << 2), s + 1);
  const mask: u32 = (1 << COARSE_SHIFT) - 1;
  for (let p = 0; p < n; p++) {
    const key = load<u32>(keys + ((<usize>p) << 2));
    const slot = load<i32>(slotTable + ((<usize>(key >> COARSE_SHIFT)) << 2));
    if (slot === 0) continue;
    const at = (<usize>(((slot - 1) << COARSE_SHIFT) + <i32>(key & mask))) << 2;
    const count = load<u32>(counts + at);
    store<u32>(counts + at, count + 1);
    if (count === 0) store<i32>(example + at, p);
  }
  for (let s = 0; s < slots; s++) store<i32>(slotTable + ((<usize>load<i32>(buckets + ((<usize>s) << 2))) << 2), 0);
  // Wishes in one slot come one after another, in increasing order: each walk resumes the last.
  let slot = -1;
  let at: usize = 0;
  let before: u32 = 0;
  for (let w = 0; w < wishes; w++) {
    const wishSlot = load<i32>(wishSlots + ((<usize>w) << 2));
    if (wishSlot !== slot) {
      slot = wishSlot;
      at = counts + ((<usize>(slot << COARSE_SHIFT)) << 2);
      before = 0;
    }
    const inside = <u32>load<i32>(wishInside + ((<usize>w) << 2));
    while (before + load<u32>(at) <= inside) {
      before += load<u32>(at);
      at += 4;
    }
    store<i32>(pixels + ((<usize>w) << 2), load<i32>(example + (at - counts)));
  }
}
