// The oracle: OpenCV.js from @techstark/opencv-js (pinned in package.json), driven with the
// same calls an OpenCV user would make. Every Mat is deleted, so thousands of calls stay flat.
import { createRequire } from 'node:module';
import type { ImageLike } from 'fastclahe';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mat = { data: Uint8Array; data16U: Uint16Array; data32F: Float32Array; delete(): void };
type MatVector = {
  push_back(mat: Mat): void;
  get(index: number): Mat;
  set(index: number, mat: Mat): void;
  delete(): void;
};
export interface OpenCV {
  [code: `COLOR_${string}`]: number;
  Mat: new (...args: any[]) => Mat;
  MatVector: new () => MatVector;
  CLAHE: new (clipLimit: number, size: unknown) => { apply(src: Mat, dst: Mat): void; delete(): void };
  Size: new (width: number, height: number) => unknown;
  CV_8UC1: number;
  CV_8UC3: number;
  CV_8UC4: number;
  CV_16UC1: number;
  CV_16UC3: number;
  CV_16UC4: number;
  equalizeHist(src: Mat, dst: Mat): void;
  calcHist(images: unknown, channels: number[], mask: Mat, hist: Mat, histSize: number[], ranges: number[]): void;
  cvtColor(src: Mat, dst: Mat, code: number): void;
  split(src: Mat, planes: MatVector): void;
  merge(planes: MatVector, dst: Mat): void;
  getBuildInformation(): string;
  onRuntimeInitialized?: () => void;
}

let loading: Promise<{ cv: OpenCV }> | undefined;

/**
 * Loads OpenCV.js once per test file. The module object is wrapped because it is a thenable:
 * resolving a promise with it directly never settles.
 */
export function loadOpenCV(): Promise<{ cv: OpenCV }> {
  loading ??= new Promise((resolve) => {
    const cv = createRequire(import.meta.url)('@techstark/opencv-js') as OpenCV;
    if ('Mat' in cv && typeof cv.Mat === 'function') resolve({ cv });
    else cv.onRuntimeInitialized = () => resolve({ cv });
  });
  return loading;
}

/** The OpenCV version string the build reports, e.g. "4.12.0". */
export function openCVVersion(cv: OpenCV): string {
  return /General configuration for OpenCV (\S+)/.exec(cv.getBuildInformation())?.[1] ?? 'unknown';
}

/** Pixels as OpenCV returns them: 8-bit as Uint8Array, 16-bit as Uint16Array. */
export type CvPixels<I extends ImageLike> = I['data'] extends Uint16Array ? Uint16Array : Uint8Array;

/** A Mat copy of a 1-, 3- or 4-channel image, CV_8U or CV_16U by its array type. */
function imageMat(cv: OpenCV, image: ImageLike): Mat {
  const channels = image.data.length / (image.width * image.height);
  const deep = image.data instanceof Uint16Array;
  const types = deep ? [cv.CV_16UC1, cv.CV_16UC3, cv.CV_16UC4] : [cv.CV_8UC1, cv.CV_8UC3, cv.CV_8UC4];
  const mat = new cv.Mat(image.height, image.width, types[channels === 1 ? 0 : channels - 2]);
  (deep ? mat.data16U : mat.data).set(image.data);
  return mat;
}

/** Runs `apply(src, dst)` on a Mat copy of `image` and returns dst's pixels at the input's depth; frees both Mats. */
function transform<I extends ImageLike>(cv: OpenCV, image: I, apply: (src: Mat, dst: Mat) => void): CvPixels<I> {
  const src = imageMat(cv, image);
  const dst = new cv.Mat();
  try {
    apply(src, dst);
    return (image.data instanceof Uint16Array ? dst.data16U.slice() : dst.data.slice()) as CvPixels<I>;
  } finally {
    dst.delete();
    src.delete();
  }
}

/** Equalizes a gray Mat into another. */
type Equalizer = (src: Mat, dst: Mat) => void;

function withClahe<T>(
  cv: OpenCV,
  clipLimit: number,
  [columns, rows]: [number, number],
  use: (equalize: Equalizer) => T,
): T {
  const clahe = new cv.CLAHE(clipLimit, new cv.Size(columns, rows));
  try {
    return use((src, dst) => clahe.apply(src, dst));
  } finally {
    clahe.delete();
  }
}

/** CLAHE of a gray image: OpenCV's 8-bit CLAHE, or its CV_16U one (65536 bins) for a Uint16Array. */
export function cvClahe<I extends ImageLike>(
  cv: OpenCV,
  image: I,
  clipLimit: number,
  grid: [number, number],
): CvPixels<I> {
  return withClahe(cv, clipLimit, grid, (equalize) => transform(cv, image, equalize));
}

export function cvEqualizeHist(cv: OpenCV, image: ImageLike): Uint8Array {
  return transform(cv, image, (src, dst) => cv.equalizeHist(src, dst));
}

/** OpenCV's names for the colour spaces and channel orders. */
export type CvSpace = 'HSV' | 'Lab' | 'YCrCb';
export type CvOrder = 'RGB' | 'BGR';

/** cvtColor with code COLOR_<code>, e.g. 'RGB2HSV_FULL'; 3- or 4-channel input, 3-channel output. */
export function cvConvert<I extends ImageLike>(cv: OpenCV, image: I, code: string): CvPixels<I> {
  return transform(cv, image, (src, dst) => cv.cvtColor(src, dst, cv[`COLOR_${code}`]));
}

/** The channel OpenCV users equalize: V is last in HSV, L and Y are first. */
const LUMINANCE_CHANNEL: Record<CvSpace, number> = { HSV: 2, Lab: 0, YCrCb: 0 };

/**
 * What OpenCV users write by hand to enhance a colour photo: cvtColor to `space`, split,
 * equalize V, L or Y, merge, cvtColor back. Returns 3 channels for 3- or 4-channel input.
 */
function cvEqualizeColour<I extends ImageLike>(
  cv: OpenCV,
  image: I,
  space: CvSpace,
  order: CvOrder,
  equalize: Equalizer,
): CvPixels<I> {
  return transform(cv, image, (src, dst) => {
    const converted = new cv.Mat();
    const planes = new cv.MatVector();
    const equalized = new cv.Mat();
    try {
      cv.cvtColor(src, converted, cv[`COLOR_${order}2${space}`]);
      cv.split(converted, planes);
      const channel = LUMINANCE_CHANNEL[space];
      const plane = planes.get(channel);
      equalize(plane, equalized);
      plane.delete();
      planes.set(channel, equalized);
      cv.merge(planes, converted);
      cv.cvtColor(converted, dst, cv[`COLOR_${space}2${order}`]);
    } finally {
      equalized.delete();
      planes.delete();
      converted.delete();
    }
  });
}

/** cvEqualizeColour with CLAHE; a Uint16Array image goes through CV_16U (YCrCb is the one space OpenCV allows). */
export function cvClaheColour<I extends ImageLike>(
  cv: OpenCV,
  image: I,
  space: CvSpace,
  order: CvOrder,
  clipLimit: number,
  grid: [number, number],
): CvPixels<I> {
  return withClahe(cv, clipLimit, grid, (equalize) => cvEqualizeColour(cv, image, space, order, equalize));
}

export function cvEqualizeHistColour(cv: OpenCV, image: ImageLike, space: CvSpace, order: CvOrder): Uint8Array {
  return cvEqualizeColour(cv, image, space, order, (src, dst) => cv.equalizeHist(src, dst));
}

/** calcHist of channel `channel` of a 1-, 3- or 4-channel image, 256 bins over [0, 256). */
export function cvHistogram(cv: OpenCV, image: ImageLike, mask?: Uint8Array, channel = 0): Uint32Array {
  const masked = mask ? { data: mask, width: image.width, height: image.height } : undefined;
  const maskMat = masked ? imageMat(cv, masked) : new cv.Mat();
  const images = new cv.MatVector();
  const hist = new cv.Mat();
  try {
    transform(cv, image, (src) => {
      images.push_back(src);
      cv.calcHist(images, [channel], maskMat, hist, [256], [0, 256]);
    });
    return Uint32Array.from(hist.data32F);
  } finally {
    hist.delete();
    images.delete();
    maskMat.delete();
  }
}
