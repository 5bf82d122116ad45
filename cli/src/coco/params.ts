// COCOeval's Params (cocoeval.py Params): thresholds, maxDets and area ranges for each iouType.

export type IouType = 'bbox' | 'segm' | 'keypoints';

/** Evaluation parameters; `defaultParams` gives pycocotools' values. */
export interface Params {
  iouType: IouType;
  /** IoU thresholds, np.linspace(.5, .95, 10): the 9th is 0.8999999999999999. */
  iouThrs: number[];
  /** Recall thresholds, np.linspace(0, 1, 101). */
  recThrs: number[];
  /** Detections kept per image, ascending: [1, 10, 100] (keypoints [20]). */
  maxDets: number[];
  /** Inclusive [lo, hi] ranges of the annotation's `area`; [[0, 1e10], [0, 1024], [1024, 9216], [9216, 1e10]]. */
  areaRng: [number, number][];
  areaRngLbl: string[];
  /** false = pycocotools' useCats=0: categories pooled, K = 1. */
  useCats: boolean;
  /** OKS sigmas (the 17 COCO person keypoints, /10). */
  kptOksSigmas: number[];
}

/** np.linspace(start, stop, num) bit for bit: i*step + start, with the last value set to stop. */
export function linspace(start: number, stop: number, num: number): number[] {
  const step = (stop - start) / (num - 1);
  const out = Array.from({ length: num }, (_, i) => i * step + start);
  out[num - 1] = stop;
  return out;
}

const COCO_SIGMAS = [
  0.26, 0.25, 0.25, 0.35, 0.35, 0.79, 0.79, 0.72, 0.72, 0.62, 0.62, 1.07, 1.07, 0.87, 0.87, 0.89, 0.89,
];

/** pycocotools' default Params for `iouType` (setDetParams / setKpParams). */
export function defaultParams(iouType: IouType): Params {
  const common = {
    iouType,
    iouThrs: linspace(0.5, 0.95, Math.round((0.95 - 0.5) / 0.05) + 1),
    recThrs: linspace(0, 1, Math.round(1 / 0.01) + 1),
    useCats: true,
    kptOksSigmas: COCO_SIGMAS.map((s) => s / 10),
  };
  if (iouType === 'keypoints') {
    return {
      ...common,
      maxDets: [20],
      areaRng: [
        [0, 1e10],
        [1024, 9216],
        [9216, 1e10],
      ],
      areaRngLbl: ['all', 'medium', 'large'],
    };
  }
  return {
    ...common,
    maxDets: [1, 10, 100],
    areaRng: [
      [0, 1e10],
      [0, 1024],
      [1024, 9216],
      [9216, 1e10],
    ],
    areaRngLbl: ['all', 'small', 'medium', 'large'],
  };
}
