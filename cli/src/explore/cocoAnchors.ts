// Anchor fit: how well a detector's anchor shapes cover the annotated box shapes. Only shapes are
// compared (box and anchor centred on each other), as anchor-matching analyses do, so the number
// says which boxes no anchor resembles, whatever their position.

export interface AnchorSet {
  /** Anchor sizes: the square root of each anchor's area, in pixels. */
  sizes: number[];
  /** Height / width of the anchors (detectron2's aspect_ratios). */
  ratios: number[];
}

/** detectron2's RetinaNet default: 32·2^(k/3) for each of 32…512 and k = 0, 1, 2; ratios 0.5, 1, 2. */
export const RETINANET_ANCHORS: AnchorSet = {
  sizes: [32, 64, 128, 256, 512].flatMap((base) => [0, 1, 2].map((k) => base * 2 ** (k / 3))),
  ratios: [0.5, 1, 2],
};

/** Each anchor as [width, height], the way detectron2's DefaultAnchorGenerator derives them. */
export function anchorShapes(set: AnchorSet): [number, number][] {
  return set.sizes.flatMap((size) =>
    set.ratios.map((ratio): [number, number] => {
      const w = Math.sqrt((size * size) / ratio);
      return [w, ratio * w];
    }),
  );
}

/** IoU of two boxes of the given widths and heights sharing a centre. */
export function shapeIou(w: number, h: number, aw: number, ah: number): number {
  const inter = Math.min(w, aw) * Math.min(h, ah);
  return inter / (w * h + aw * ah - inter);
}

/** The best shape-only IoU of a w×h box with any of the anchors. */
export function bestAnchorIou(w: number, h: number, anchors: [number, number][]): number {
  let best = 0;
  for (const [aw, ah] of anchors) best = Math.max(best, shapeIou(w, h, aw, ah));
  return best;
}
