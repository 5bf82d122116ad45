// The oracle: OpenCV.js from @techstark/opencv-js (pinned in package.json), driven with the
// same calls an OpenCV user would make. Every Mat is deleted, so thousands of calls stay flat.
import { createRequire } from 'node:module';
import type { ImageLike } from '../../dist/index.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mat = { data: Uint8Array; data16U: Uint16Array; data32F: Float32Array; delete(): void };
export interface OpenCV {
  Mat: new (...args: any[]) => Mat;
  MatVector: new () => { push_back(mat: Mat): void; delete(): void };
  CLAHE: new (clipLimit: number, size: unknown) => { apply(src: Mat, dst: Mat): void; delete(): void };
  Size: new (width: number, height: number) => unknown;
  CV_8UC1: number;
  CV_16UC1: number;
  equalizeHist(src: Mat, dst: Mat): void;
  calcHist(images: unknown, channels: number[], mask: Mat, hist: Mat, histSize: number[], ranges: number[]): void;
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

function grayMat(cv: OpenCV, image: ImageLike): Mat {
  const mat = new cv.Mat(image.height, image.width, cv.CV_8UC1);
  mat.data.set(image.data);
  return mat;
}

/** Runs `apply(src, dst)` on a Mat copy of `image` and returns dst's bytes; frees both Mats. */
function transformGray(cv: OpenCV, image: ImageLike, apply: (src: Mat, dst: Mat) => void): Uint8Array {
  const src = grayMat(cv, image);
  const dst = new cv.Mat();
  try {
    apply(src, dst);
    return dst.data.slice();
  } finally {
    dst.delete();
    src.delete();
  }
}

export function cvClahe(cv: OpenCV, image: ImageLike, clipLimit: number, [columns, rows]: [number, number]): Uint8Array {
  const clahe = new cv.CLAHE(clipLimit, new cv.Size(columns, rows));
  try {
    return transformGray(cv, image, (src, dst) => clahe.apply(src, dst));
  } finally {
    clahe.delete();
  }
}

export function cvEqualizeHist(cv: OpenCV, image: ImageLike): Uint8Array {
  return transformGray(cv, image, (src, dst) => cv.equalizeHist(src, dst));
}

export function cvHistogram(cv: OpenCV, image: ImageLike, mask?: Uint8Array): Uint32Array {
  const masked = mask ? { data: mask, width: image.width, height: image.height } : undefined;
  const maskMat = masked ? grayMat(cv, masked) : new cv.Mat();
  const images = new cv.MatVector();
  const hist = new cv.Mat();
  try {
    transformGray(cv, image, (src) => {
      images.push_back(src);
      cv.calcHist(images, [0], maskMat, hist, [256], [0, 256]);
    });
    return Uint32Array.from(hist.data32F);
  } finally {
    hist.delete();
    images.delete();
    maskMat.delete();
  }
}

/** OpenCV's CV_16U CLAHE (65536 bins). */
export function cvClahe16(cv: OpenCV, image: ImageLike<Uint16Array>, clipLimit: number, [columns, rows]: [number, number]): Uint16Array {
  const src = new cv.Mat(image.height, image.width, cv.CV_16UC1);
  src.data16U.set(image.data);
  const dst = new cv.Mat();
  const clahe = new cv.CLAHE(clipLimit, new cv.Size(columns, rows));
  try {
    clahe.apply(src, dst);
    return dst.data16U.slice();
  } finally {
    clahe.delete();
    dst.delete();
    src.delete();
  }
}
