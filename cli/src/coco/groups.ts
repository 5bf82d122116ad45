// Per-(category, image) groups of annotation indices, in the order COCOeval._prepare builds its
// _gts/_dts lists: file order within a group. With useCats=0 a group is an image and its list is
// category-major (cocoeval.py computeIoU concatenates per category id).

/** `start[g]..start[g+1]` indexes `order`; groups are (k*I + i) with useCats, else i. */
export interface Groups {
  order: Int32Array;
  start: Int32Array;
}

/** Stable counting sort of annotations by group. */
export function groupBy(n: number, img: Int32Array, cat: Int32Array, I: number, K: number, useCats: boolean): Groups {
  const keys = K * I;
  const count = new Int32Array(keys + 1);
  const key = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    key[j] = useCats ? cat[j]! * I + img[j]! : img[j]! * K + cat[j]!;
    count[key[j]! + 1]!++;
  }
  for (let g = 0; g < keys; g++) count[g + 1]! += count[g]!;
  const order = new Int32Array(n);
  const next = count.slice(0, keys);
  for (let j = 0; j < n; j++) order[next[key[j]!]!++] = j;
  if (useCats) return { order, start: count };
  const start = new Int32Array(I + 1);
  for (let i = 0; i <= I; i++) start[i] = count[i * K]!;
  return { order, start };
}
