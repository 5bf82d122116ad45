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
  let colour: i32 = 0;
  let at = src;
  for (let p = 0; p < pixels; p++, at += <usize>channels) {
    const r = <i32>load<u8>(at);
    const g = <i32>load<u8>(at, 1);
    const b = <i32>load<u8>(at, 2);
    store<u8>(gray + <usize>p, <u32>(r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16);
    const key = <u32>(241 * r * r + 691 * g * g + 68 * b * b);
    store<u32>(keys + ((<usize>p) << 2), key);
    const c = coarse + ((<usize>(key >> COARSE_SHIFT)) << 2);
    store<u32>(c, load<u32>(c) + 1);
    const d = Math.sqrt(<f64>key) - root0;
    sumD += d;
    sumD2 += d * d;
    colour |= (r ^ g) | (r ^ b);
    bump(bins + ((<usize>r) << 2));
    bump(bins + ((256 + <usize>g) << 2));
    bump(bins + ((512 + <usize>b) << 2));
    if (channels === 4) bump(bins + ((768 + <usize>load<u8>(at, 3)) << 2));
  }
  store<f64>(out, root0);
  store<f64>(out, sumD, 8);
  store<f64>(out, sumD2, 16);
  store<i32>(out, colour !== 0 ? 1 : 0, 24);
}

// Small enough that binaryen inlines it at -O3 (no @inline: Biome cannot parse decorators on functions).
function bump(at: usize): void {
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
