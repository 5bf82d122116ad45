// The colour kernels: OpenCV's cvtColor between RGB and HSV, Lab or YCrCb, and the two halves
// of equalizing a colour image's luminance, on 8-bit pixels, and for YCrCb (the one space
// OpenCV defines for CV_16U) on 16-bit pixels too. Every kernel walks `pixels` interleaved
// pixels of `channels` (3 or 4) u8 or u16 values, R, G, B at 0, 1, 2 (or 2, 1, 0 when `bgr`),
// copies the fourth (alpha) unchanged, and may write over its input. Per-pixel arithmetic is
// in hsv.ts, lab.ts and ycrcb.ts. A pixel travels packed as c0 | c1 << bits | c2 << 2·bits in
// P: i32 for 8-bit pixels, i64 for 16-bit ones (i64 everywhere costs the 8-bit loops about 5%).
// In the SIMD build, 8-bit pixels go four per step (fourAtATime) with the same bytes; 16-bit
// pixels take the scalar loops. labPlane keeps a and b beside L for labMerge.
import { channelOrder, hsvFromRgb, hueConstants, hueSaturation4, rgbFromHsv, rgbFromHsv4 } from './hsv';
import { labFromRgb, rgbFromLab } from './lab';
import { labFromRgbBlocks, rgbFromLabBlocks } from './labBlocks';
import { blue4, chroma4, chromas4, green4, K_CENTRE_16, K_TO_CB, K_TO_CR, luma, luma4, red4, rgbFromYCrCb, rgbFromYCrCb4, yCrCbFromRgb } from './ycrcb';

// The colour spaces, as constants the inlined loops below specialize on.
const HSV = 0, HSV_FULL = 1, LAB = 2, YCRCB = 3;
const HUE_SCALE: f32 = <f32>6.0 / <f32>180.0;
// OpenCV's COLOR_HSV2RGB_FULL divides the hue circle into 255 steps, RGB2HSV_FULL into 256.
const HUE_SCALE_FULL: f32 = <f32>6.0 / <f32>255.0;

// @ts-ignore: decorator
@inline function fromRgb<T, P>(space: i32, r: i32, g: i32, b: i32): P {
  if (space == HSV) return <P>hsvFromRgb(r, g, b, 180);
  if (space == HSV_FULL) return <P>hsvFromRgb(r, g, b, 256);
  if (space == LAB) return <P>labFromRgb(r, g, b);
  return <P>yCrCbFromRgb<T>(r, g, b);
}

/** `top` caps YCrCb's result; HSV and Lab exist for 8-bit pixels only, where it is 255. */
// @ts-ignore: decorator
@inline function toRgb<T, P>(space: i32, packed: P, top: i32): P {
  const bits = bitsOf<T, P>(), mask = (<P>1 << bits) - 1;
  const c0 = <i32>(packed & mask), c1 = <i32>((packed >> bits) & mask), c2 = <i32>(packed >> (bits << 1));
  if (space == HSV) return <P>rgbFromHsv(c0, c1, c2, HUE_SCALE);
  if (space == HSV_FULL) return <P>rgbFromHsv(c0, c1, c2, HUE_SCALE_FULL);
  if (space == LAB) return <P>rgbFromLab(c0, c1, c2);
  return <P>rgbFromYCrCb<T>(c0, c1, c2, top);
}

/** Bits per channel of T (8 or 16), as the packed type P. */
// @ts-ignore: decorator
@inline function bitsOf<T, P>(): P {
  return <P>(sizeof<T>() << 3);
}

/** Which channel of a packed pixel is the one equalized: V is last in HSV, L and Y first. */
// @ts-ignore: decorator
@inline function luminanceChannel(space: i32): i32 {
  return space == HSV ? 2 : 0;
}

/** The equalized channel alone, cheaper than the whole conversion (Lab has its own, labPlane). */
// @ts-ignore: decorator
@inline function luminance(space: i32, r: i32, g: i32, b: i32): i32 {
  return space == HSV ? max(r, max(g, b)) : luma(r, g, b);
}

/** Loads channel `channel` (0..3) of the T-channel pixel at `pixel`. */
// @ts-ignore: decorator
@inline function channelAt<T>(pixel: usize, channel: usize): i32 {
  return <i32>load<T>(pixel + channel * sizeof<T>());
}

// @ts-ignore: decorator
@inline function storePacked<T, P>(pixel: usize, c0: usize, c2: usize, packed: P): void {
  const bits = bitsOf<T, P>();
  store<T>(pixel + c0 * sizeof<T>(), <T>packed);
  store<T>(pixel + sizeof<T>(), <T>(packed >> bits));
  store<T>(pixel + c2 * sizeof<T>(), <T>(packed >> (bits << 1)));
}

// @ts-ignore: decorator
@inline function copyAlpha<T>(s: usize, d: usize, channels: i32): void {
  if (channels == 4) store<T>(d + 3 * sizeof<T>(), load<T>(s + 3 * sizeof<T>()));
}

// @ts-ignore: decorator
@inline function convertFromRgb<T, P>(space: i32, src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r, step = <usize>channels * sizeof<T>();
  const done = fours<T>(FROM_RGB, space, src, 0, dst, pixels, channels, bgr);
  for (let s = src + done * step, d = dst + done * step, end = src + <usize>pixels * step; s < end; s += step, d += step) {
    storePacked<T, P>(d, 0, 2, fromRgb<T, P>(space, channelAt<T>(s, r), channelAt<T>(s, 1), channelAt<T>(s, b)));
    copyAlpha<T>(s, d, channels);
  }
}

// @ts-ignore: decorator
@inline function convertToRgb<T, P>(space: i32, src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r, step = <usize>channels * sizeof<T>();
  const bits = bitsOf<T, P>(), top = <i32>((<P>1 << bits) - 1);
  const done = fours<T>(TO_RGB, space, src, 0, dst, pixels, channels, bgr, top);
  for (let s = src + done * step, d = dst + done * step, end = src + <usize>pixels * step; s < end; s += step, d += step) {
    const packed = <P>channelAt<T>(s, 0) | (<P>channelAt<T>(s, 1) << bits) | (<P>channelAt<T>(s, 2) << (bits << 1));
    storePacked<T, P>(d, r, b, toRgb<T, P>(space, packed, top));
    copyAlpha<T>(s, d, channels);
  }
}

/** Writes each pixel's V, L or Y into `plane`, one T per pixel. */
// @ts-ignore: decorator
@inline function extractPlane<T>(space: i32, src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r, step = <usize>channels * sizeof<T>();
  const done = space == HSV ? hsvPlaneSixteens<T>(src, plane, pixels, channels) : fours<T>(PLANE, space, src, plane, 0, pixels, channels, bgr);
  for (let s = src + done * step, p = plane + done * sizeof<T>(), end = plane + <usize>pixels * sizeof<T>(); p < end; s += step, p += sizeof<T>()) {
    store<T>(p, <T>luminance(space, channelAt<T>(s, r), channelAt<T>(s, 1), channelAt<T>(s, b)));
  }
}

/**
 * Each pixel of `src` converted, its V, L or Y replaced by the one in `plane`, converted back
 * to `dst` with every channel capped at `top`.
 */
// @ts-ignore: decorator
@inline function mergePlane<T, P>(space: i32, src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r, step = <usize>channels * sizeof<T>();
  const bits = bitsOf<T, P>(), shift = <P>luminanceChannel(space) * bits;
  const kept = ~(((<P>1 << bits) - 1) << shift);
  const done = fours<T>(MERGE, space, src, plane, dst, pixels, channels, bgr, top);
  for (let s = src + done * step, p = plane + done * sizeof<T>(), d = dst + done * step, end = plane + <usize>pixels * sizeof<T>(); p < end; s += step, p += sizeof<T>(), d += step) {
    const packed = fromRgb<T, P>(space, channelAt<T>(s, r), channelAt<T>(s, 1), channelAt<T>(s, b));
    storePacked<T, P>(d, r, b, toRgb<T, P>(space, (packed & kept) | (<P>load<T>(p) << shift), top));
    copyAlpha<T>(s, d, channels);
  }
}

// What a SIMD loop does with each pixel; PLANE is labPlane's.
const FROM_RGB = 0, TO_RGB = 1, MERGE = 2, PLANE = 3;

/**
 * 8-bit YCrCb pixels four per step in the SIMD build: convertFromRgb (FROM_RGB), convertToRgb
 * (TO_RGB), mergePlane (MERGE) or extractPlane (PLANE), for as many pixels as 16-byte loads stay inside `src`.
 * Returns how many pixels it did; the scalar loops do the rest. Not inlined: one copy serves
 * every kernel (mode is a branch the loop predicts), keeping the module small.
 */
function fourAtATime(mode: i32, src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): i32 {
  const step = <usize>channels << 2, lastLoad = src + <usize>pixels * channels - 16;
  const redShift = bgr ? 16 : 0, blueShift = 16 - redShift;
  let done = 0;
  for (let s = src, p = plane, d = dst; s <= lastLoad; s += step, p += 4, d += step, done += 4) {
    const loaded = loadFour(s, channels);
    let result: v128;
    if (mode == TO_RGB) {
      const rgb = rgbFromYCrCb4(channelFour(loaded, 0), channelFour(loaded, 8), channelFour(loaded, 16));
      result = bgr ? i8x16.swizzle(rgb, v128.load(SWAP_RED_BLUE)) : rgb;
    } else {
      const red = channelFour(loaded, redShift), green = channelFour(loaded, 8), blue = channelFour(loaded, blueShift);
      const y = luma4(red, green, blue);
      if (mode == PLANE) {
        const words = i16x8.narrow_i32x4_u(y, y);
        v128.store32_lane(p, i8x16.narrow_i16x8_u(words, words), 0);
        continue;
      }
      const chroma = chromas4(red, blue, y);
      const converted = mode == FROM_RGB
        ? v128.or(y, i32x4.shl(chroma, 8))
        : rgbFromYCrCb4(equalizedFour(p), channelFour(chroma, 0), i32x4.shr_u(chroma, 8));
      // A merge writes RGB again, in the caller's order.
      result = mode == MERGE && bgr ? i8x16.swizzle(converted, v128.load(SWAP_RED_BLUE)) : converted;
    }
    storeFour(d, result, loaded, channels);
  }
  return done;
}

// 16-bit YCrCb's SIMD loop: four pixels (24 or 32 bytes) per step as i32 lanes.
const LOW_WORDS: usize = ASC_FEATURE_SIMD ? memory.data<i32>([0xffff, 0xffff, 0xffff, 0xffff], 16) : 0;

/**
 * convertFromRgb (FROM_RGB), convertToRgb (TO_RGB), mergePlane (MERGE) or extractPlane (PLANE)
 * of 16-bit YCrCb, four pixels per step, in whole groups of four and never touching a byte past
 * them. `top` caps RGB results. Returns how many pixels it did.
 */
function yCrCbFours16(mode: i32, src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32): i32 {
  const step = <usize>channels << 3, done = pixels & ~3;
  const cap = i32x4.splat(top), full = i32x4.splat(0xffff), centre = i32x4.splat(32768);
  for (let i = 0, s = src, d = dst, p = plane; i < done; i += 4, s += step, d += step, p += 8) {
    // Channels 0, 1, 2 of four pixels as i32 lanes, and channels 2 and 3 (alpha) as words.
    let c0: v128, c1: v128, c2: v128, c23 = v128.splat<i32>(0);
    const v0 = v128.load(s);
    if (channels == 4) {
      const v1 = v128.load(s, 16);
      const low = i8x16.shuffle(v0, v1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
      c23 = i8x16.shuffle(v0, v1, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
      c0 = v128.and(low, v128.load(LOW_WORDS));
      c1 = i32x4.shr_u(low, 16);
      c2 = v128.and(c23, v128.load(LOW_WORDS));
    } else {
      // Bytes 24..31 of the pair are zero: the high halves of the lanes.
      const v1 = v128.load64_zero(s, 16);
      c0 = i8x16.shuffle(v0, v1, 0, 1, 24, 24, 6, 7, 24, 24, 12, 13, 24, 24, 18, 19, 24, 24);
      c1 = i8x16.shuffle(v0, v1, 2, 3, 24, 24, 8, 9, 24, 24, 14, 15, 24, 24, 20, 21, 24, 24);
      c2 = i8x16.shuffle(v0, v1, 4, 5, 24, 24, 10, 11, 24, 24, 16, 17, 24, 24, 22, 23, 24, 24);
    }
    let o0: v128, o1: v128, o2: v128;
    if (mode == TO_RGB) {
      const dr = i32x4.sub(c1, centre), db = i32x4.sub(c2, centre);
      const red = red4(c0, dr, cap), blue = blue4(c0, db, cap);
      o0 = bgr ? blue : red;
      o1 = green4(c0, dr, db, cap);
      o2 = bgr ? red : blue;
    } else {
      const red = bgr ? c2 : c0, blue = bgr ? c0 : c2;
      const y = luma4(red, c1, blue);
      if (mode == PLANE) {
        v128.store64_lane(p, i16x8.narrow_i32x4_u(y, y), 0);
        continue;
      }
      const cr = chroma4(red, y, K_TO_CR, K_CENTRE_16, full), cb = chroma4(blue, y, K_TO_CB, K_CENTRE_16, full);
      if (mode == FROM_RGB) {
        o0 = y;
        o1 = cr;
        o2 = cb;
      } else {
        const equalized = v128.load16x4_u(p), dr = i32x4.sub(cr, centre), db = i32x4.sub(cb, centre);
        const r = red4(equalized, dr, cap), b = blue4(equalized, db, cap);
        o0 = bgr ? b : r;
        o1 = green4(equalized, dr, db, cap);
        o2 = bgr ? r : b;
      }
    }
    const low = v128.or(o0, i32x4.shl(o1, 16));
    if (channels == 4) {
      const high = v128.or(o2, v128.andnot(c23, v128.load(LOW_WORDS)));
      v128.store(d, i8x16.shuffle(low, high, 0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23));
      v128.store(d, i8x16.shuffle(low, high, 8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31), 16);
    } else {
      v128.store(d, i8x16.shuffle(low, o2, 0, 1, 2, 3, 16, 17, 4, 5, 6, 7, 20, 21, 8, 9, 10, 11));
      v128.store64_lane(d, i8x16.shuffle(low, o2, 24, 25, 12, 13, 14, 15, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0), 0, 16);
    }
  }
  return done;
}

// HSV's SIMD loops, one per kernel so that V8 keeps each small and specialised (the shared
// fourAtATime's mode and space tests cost HSV about a third of its time). v128 constants are
// loaded from memory where used: V8 rebuilds a v128.const from immediates at every use in a loop
// (only in the SIMD build: the scalar one leaves them out).
const SPREAD: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 1, 2, 255, 3, 4, 5, 255, 6, 7, 8, 255, 9, 10, 11, 255], 16) : 0;
const GATHER: usize = ASC_FEATURE_SIMD ? memory.data<u8>([0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 255, 255, 255, 255], 16) : 0;
const BYTES: usize = ASC_FEATURE_SIMD ? memory.data<i32>([255, 255, 255, 255], 16) : 0;
const ALPHAS: usize = ASC_FEATURE_SIMD ? memory.data<i32>([0xff000000, 0xff000000, 0xff000000, 0xff000000], 16) : 0;
const SWAP_RED_BLUE: usize = ASC_FEATURE_SIMD ? memory.data<u8>([2, 1, 0, 3, 6, 5, 4, 7, 10, 9, 8, 11, 14, 13, 12, 15], 16) : 0;

/** Four pixels at `s` as i32 lanes c0 | c1 << 8 | c2 << 16 (| alpha << 24). */
// @ts-ignore: decorator
@inline function loadFour(s: usize, channels: i32): v128 {
  return channels == 3 ? i8x16.swizzle(v128.load(s), v128.load(SPREAD)) : v128.load(s);
}

/** Stores four pixels (i32 lanes c0 | c1 << 8 | c2 << 16, top byte 0) at `d`, alpha from `loaded`. */
// @ts-ignore: decorator
@inline function storeFour(d: usize, result: v128, loaded: v128, channels: i32): void {
  if (channels == 4) {
    v128.store(d, v128.or(result, v128.and(loaded, v128.load(ALPHAS))));
  } else {
    const packed = i8x16.swizzle(result, v128.load(GATHER));
    v128.store64_lane(d, packed, 0);
    v128.store32_lane(d, packed, 2, 8);
  }
}

/** Channel `shift` / 8 of four loaded pixels, as i32 lanes. */
// @ts-ignore: decorator
@inline function channelFour(loaded: v128, shift: i32): v128 {
  return v128.and(i32x4.shr_u(loaded, shift), v128.load(BYTES));
}

/** H | S << 8 of four loaded RGB pixels whose V is `value` (hue: hueConstants). */
// @ts-ignore: decorator
@inline function hueSaturationFour(loaded: v128, value: v128, hue: usize): v128 {
  return hueSaturation4(channelFour(loaded, 0), channelFour(loaded, 8), channelFour(loaded, 16), value, hue);
}

/** Four pixels at `s` as loadFour, in RGB order: BGR pixels swapped (alpha stays). */
// @ts-ignore: decorator
@inline function loadFourRgb(s: usize, channels: i32, bgr: bool): v128 {
  const loaded = loadFour(s, channels);
  return bgr ? i8x16.swizzle(loaded, v128.load(SWAP_RED_BLUE)) : loaded;
}

/** V = max(R, G, B) of four loaded pixels, as i32 lanes (the same in either channel order). */
// @ts-ignore: decorator
@inline function valueFour(loaded: v128): v128 {
  const m = i8x16.max_u(loaded, i32x4.shr_u(loaded, 8));
  return v128.and(i8x16.max_u(m, i32x4.shr_u(loaded, 16)), v128.load(BYTES));
}

/** V of sixteen pixels from `s` (3 or 4 channels) as sixteen bytes. */
// @ts-ignore: decorator
@inline function valueSixteen(s: usize, channels: i32): v128 {
  const size = <usize>channels << 2;
  const v0 = valueFour(loadFour(s, channels)), v1 = valueFour(loadFour(s + size, channels));
  const v2 = valueFour(loadFour(s + 2 * size, channels)), v3 = valueFour(loadFour(s + 3 * size, channels));
  return i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_u(v0, v1), i16x8.narrow_i32x4_u(v2, v3));
}

/** extractPlane's HSV loop in the SIMD build, sixteen 8-bit pixels per step. Returns how many pixels it did. */
// @ts-ignore: decorator
@inline function hsvPlaneSixteens<T>(src: usize, plane: usize, pixels: i32, channels: i32): usize {
  if (ASC_FEATURE_SIMD) {
    if (sizeof<T>() == 1) return <usize>valuePlane(src, plane, pixels, channels);
  }
  return 0;
}

/** hsvPlaneSixteens' loop: not inlined, one copy. */
function valuePlane(src: usize, plane: usize, pixels: i32, channels: i32): i32 {
  const step = <usize>channels << 4, lastLoad = src + <usize>pixels * channels - (<usize>channels * 12 + 16);
  let done = 0;
  for (let s = src, p = plane; s <= lastLoad; s += step, p += 16, done += 16) v128.store(p, valueSixteen(s, channels));
  return done;
}

/** convertFromRgb's HSV loop, four pixels per step. Returns how many pixels it did. */
function hsvFromRgbFours(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, full: bool): i32 {
  const step = <usize>channels << 2, lastLoad = src + <usize>pixels * channels - 16;
  const hue = hueConstants(full);
  let done = 0;
  for (let s = src, d = dst; s <= lastLoad; s += step, d += step, done += 4) {
    const loaded = loadFourRgb(s, channels, bgr), value = valueFour(loaded);
    storeFour(d, v128.or(hueSaturationFour(loaded, value, hue), i32x4.shl(value, 16)), loaded, channels);
  }
  return done;
}

/** convertToRgb's HSV loop, four pixels per step. */
function rgbFromHsvFours(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, full: bool): i32 {
  const step = <usize>channels << 2, lastLoad = src + <usize>pixels * channels - 16;
  const hueScale = full ? HUE_SCALE_FULL : HUE_SCALE, order = channelOrder(bgr);
  let done = 0;
  for (let s = src, d = dst; s <= lastLoad; s += step, d += step, done += 4) {
    const loaded = loadFour(s, channels);
    const rgb = rgbFromHsv4(channelFour(loaded, 0), channelFour(loaded, 8), channelFour(loaded, 16), hueScale, order, true);
    storeFour(d, rgb, loaded, channels);
  }
  return done;
}

/** hsvMerge's loop, four pixels per step: H and S of each pixel, V from `plane`, back to RGB. */
function hsvMergeFours(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): i32 {
  const step = <usize>channels << 2, lastLoad = src + <usize>pixels * channels - 16;
  const hue = hueConstants(false), order = channelOrder(bgr);
  let done = 0;
  for (let s = src, p = plane, d = dst; s <= lastLoad; s += step, p += 4, d += step, done += 4) {
    const loaded = loadFourRgb(s, channels, bgr), hueSaturation = hueSaturationFour(loaded, valueFour(loaded), hue);
    const rgb = rgbFromHsv4(v128.and(hueSaturation, v128.load(BYTES)), i32x4.shr_u(hueSaturation, 8), equalizedFour(p), HUE_SCALE, order, false);
    storeFour(d, rgb, loaded, channels);
  }
  return done;
}

/** Four bytes of an equalized plane as i32 lanes. */
// @ts-ignore: decorator
@inline function equalizedFour(p: usize): v128 {
  return i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(v128.load32_zero(p)));
}

/** How many pixels the SIMD loop did for a kernel: 8-bit pixels in the SIMD build, else none. */
// @ts-ignore: decorator
@inline function fours<T>(mode: i32, space: i32, src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32 = 255): usize {
  if (ASC_FEATURE_SIMD) {
    if (sizeof<T>() == 1) {
      if (space == HSV || space == HSV_FULL) {
        const full = space == HSV_FULL;
        if (mode == FROM_RGB) return <usize>hsvFromRgbFours(src, dst, pixels, channels, bgr, full);
        if (mode == TO_RGB) return <usize>rgbFromHsvFours(src, dst, pixels, channels, bgr, full);
        return <usize>hsvMergeFours(src, plane, dst, pixels, channels, bgr);
      }
      if (space == LAB) {
        const chroma = chromaOf(plane, pixels), toward = mode == PLANE || mode == MERGE;
        if (mode == FROM_RGB || mode == PLANE) return <usize>labFromRgbBlocks(src, dst, plane, chroma, pixels, channels, bgr, toward);
        return <usize>rgbFromLabBlocks(src, dst, plane, chroma, pixels, channels, bgr, toward);
      }
      return <usize>fourAtATime(mode, src, plane, dst, pixels, channels, bgr);
    }
    if (space == YCRCB) return <usize>yCrCbFours16(mode, src, plane, dst, pixels, channels, bgr, top);
  }
  return 0;
}

/** RGB(A) or BGR(A) to H (0..179), S, V(, A). */
export function rgbToHsv(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb<u8, i32>(HSV, src, dst, pixels, channels, bgr);
}

/** As rgbToHsv with H in 0..255 (COLOR_RGB2HSV_FULL). */
export function rgbToHsvFull(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb<u8, i32>(HSV_FULL, src, dst, pixels, channels, bgr);
}

/** H (0..179), S, V(, A) to RGB(A) or BGR(A). */
export function hsvToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb<u8, i32>(HSV, src, dst, pixels, channels, bgr);
}

/** As hsvToRgb with H in 0..255 (COLOR_HSV2RGB_FULL). */
export function hsvToRgbFull(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb<u8, i32>(HSV_FULL, src, dst, pixels, channels, bgr);
}

/** RGB(A) or BGR(A) to 8-bit L, a, b(, A). */
export function rgbToLab(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb<u8, i32>(LAB, src, dst, pixels, channels, bgr);
}

/** 8-bit L, a, b(, A) to RGB(A) or BGR(A). */
export function labToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb<u8, i32>(LAB, src, dst, pixels, channels, bgr);
}

/** RGB(A) or BGR(A) to Y, Cr, Cb(, A). */
export function rgbToYCrCb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb<u8, i32>(YCRCB, src, dst, pixels, channels, bgr);
}

/** Y, Cr, Cb(, A) to RGB(A) or BGR(A). */
export function yCrCbToRgb(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb<u8, i32>(YCRCB, src, dst, pixels, channels, bgr);
}

/** rgbToYCrCb on 16-bit pixels (Cr and Cb centred on 32768). */
export function rgbToYCrCb16(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertFromRgb<u16, i64>(YCRCB, src, dst, pixels, channels, bgr);
}

/** yCrCbToRgb on 16-bit pixels. */
export function yCrCbToRgb16(src: usize, dst: usize, pixels: i32, channels: i32, bgr: bool): void {
  convertToRgb<u16, i64>(YCRCB, src, dst, pixels, channels, bgr);
}

/** Writes each pixel's HSV V = max(R, G, B) into `plane`. */
export function hsvPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  extractPlane<u8>(HSV, src, plane, pixels, channels, bgr);
}

/** Each pixel's H and S with V from `plane`, back to RGB(A) or BGR(A) at `dst`. `top` is 255. */
export function hsvMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32): void {
  mergePlane<u8, i32>(HSV, src, plane, dst, pixels, channels, bgr, top);
}

/**
 * Writes each pixel's Lab L into `plane` and keeps its a and b (a | b << 8, a u16 per pixel)
 * in the 2·pixels bytes after it, so that labMerge converts only back: the caller reserves
 * 3 bytes per pixel at `plane`.
 */
export function labPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r, step = <usize>channels;
  const chroma = chromaOf(plane, pixels), done = fours<u8>(PLANE, LAB, src, plane, 0, pixels, channels, bgr);
  for (let s = src + done * step, p = plane + done, c = chroma + done * 2; p < chroma; s += step, p++, c += 2) {
    const lab = labFromRgb(channelAt<u8>(s, r), channelAt<u8>(s, 1), channelAt<u8>(s, b));
    store<u8>(p, lab);
    store<u16>(c, lab >> 8);
  }
}

/** Each pixel's L from `plane` with the a and b labPlane kept, back to RGB(A) or BGR(A) at `dst`. `top` is 255. */
export function labMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32): void {
  const r: usize = bgr ? 2 : 0, b: usize = 2 - r, step = <usize>channels;
  const chroma = chromaOf(plane, pixels), done = fours<u8>(MERGE, LAB, src, plane, dst, pixels, channels, bgr);
  for (let s = src + done * step, p = plane + done, c = chroma + done * 2, d = dst + done * step; p < chroma; s += step, p++, c += 2, d += step) {
    storePacked<u8, i32>(d, r, b, rgbFromLab(load<u8>(p), load<u8>(c), load<u8>(c, 1)));
    copyAlpha<u8>(s, d, channels);
  }
}

/** Where labPlane keeps a and b: right after the L plane. */
// @ts-ignore: decorator
@inline function chromaOf(plane: usize, pixels: i32): usize {
  return plane + <usize>pixels;
}

/** Writes each pixel's Y into `plane`. */
export function yCrCbPlane(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  extractPlane<u8>(YCRCB, src, plane, pixels, channels, bgr);
}

/** Each pixel's Cr and Cb with Y from `plane`, back to RGB(A) or BGR(A) at `dst`, capped at `top` (255). */
export function yCrCbMerge(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32): void {
  mergePlane<u8, i32>(YCRCB, src, plane, dst, pixels, channels, bgr, top);
}

/** yCrCbPlane on 16-bit pixels: `plane` gets one u16 per pixel. */
export function yCrCbPlane16(src: usize, plane: usize, pixels: i32, channels: i32, bgr: bool): void {
  extractPlane<u16>(YCRCB, src, plane, pixels, channels, bgr);
}

/** yCrCbMerge on 16-bit pixels, capped at `top` = 2^bitDepth − 1. */
export function yCrCbMerge16(src: usize, plane: usize, dst: usize, pixels: i32, channels: i32, bgr: bool, top: i32): void {
  mergePlane<u16, i64>(YCRCB, src, plane, dst, pixels, channels, bgr, top);
}
