// One file of `explore`, run in a worker: decode, measure everything the report needs, write the
// thumbnail (and a CLAHE preview for dark, washed-out or flat images) to disk, and return a
// small record. An image that cannot be decoded is a record with `error`, never a thrown job.
import { stat } from 'node:fs/promises';
import { histogram } from 'fastclahe';
import { decodeImage, type DecodedImage } from '../io/decode.js';
import { blurriness } from './blurriness.js';
import type { BrightnessStats } from './brightness.js';
import { pillowEntropy } from './entropy.js';
import { imageIssues, scores, type IssueType } from './issues.js';
import { phash } from './phash.js';
import { pixelHash } from './pixelHash.js';
import { pixelMeasures } from './pixelPass.js';
import { eightBit, isGrayscale } from './pixels8.js';
import { exifOrientation } from './exifOrientation.js';
import { originalIsThumbnail, type ThumbsMode, writeThumbnails } from './thumbnail.js';

export interface AnalyseJob {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the explored folder, `/` separators. */
  path: string;
  /** The file's position in the whole (unsharded) listing; names its thumbnails. */
  index: number;
  /** Absolute folder for thumbnails. */
  thumbsDir: string;
  thumbSize: number;
  /** `auto` lets an original that a browser shows and that is about thumbnail-sized be its own thumbnail. */
  thumbs: ThumbsMode;
  maxPixels: number;
}

export interface ImageRecord {
  path: string;
  index: number;
  width?: number;
  height?: number;
  format?: string;
  issues: IssueType[];
  error?: string;
  fileBytes?: number;
  channels?: number;
  bitDepth?: number;
  space?: string;
  isPalette?: boolean;
  hasAlpha?: boolean;
  brightness?: BrightnessStats;
  /**
   * 256-bin histogram of the gray (Pillow 'L') image, by the library's histogram(). A typed array
   * while in memory (a quarter of a number[]'s size), a JSON array in the files.
   */
  histogram?: Uint32Array | number[];
  entropy?: number;
  blurriness?: number;
  grayscaleStd?: number;
  /** cleanvision scores (lower is worse). */
  scores?: Record<string, number>;
  /** Brightness p95 − p5 below LOW_CONTRAST_SPREAD (not a cleanvision issue; drives the preview). */
  lowContrast?: boolean;
  exactHash?: string;
  phash?: string;
  /** Relative to the report folder. */
  thumb?: string;
  /** No thumbnail file: the original (the report's root + path) is shown as it is (`--thumbs auto`). */
  thumbIsOriginal?: boolean;
  preview?: string;
}

/** Brightness spread (p95 − p5) under which an image counts as low-contrast for the CLAHE preview. */
export const LOW_CONTRAST_SPREAD = 0.2;

/**
 * The worker's 'explore' job: one file, or a few (one record each, in order; LANES of them in
 * progress at a time). Batches save round trips: between two jobs a worker waits for the main
 * thread to take the record and hand it the next job, which on busy cores cost as much as
 * measuring an image.
 */
export function analyseImage(job: AnalyseJob): Promise<ImageRecord>;
export function analyseImage(jobs: AnalyseJob[]): Promise<ImageRecord[]>;
export async function analyseImage(jobs: AnalyseJob | AnalyseJob[]): Promise<ImageRecord | ImageRecord[]> {
  if (!Array.isArray(jobs)) return analyseOne(jobs);
  const records: ImageRecord[] = new Array(jobs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (next < jobs.length && !failure) {
      const i = next++;
      records[i] = await analyseOne(jobs[i]!).catch((error: unknown) => {
        failure ??= { error };
        return records[i]!;
      });
    }
  };
  // The job fails only once no image of it is in progress, so that its files' second run
  // (analyseBatch, one by one) never overlaps the first.
  await Promise.all(Array.from({ length: Math.min(LANES, jobs.length) }, lane));
  if (failure) throw failure.error;
  return records;
}

/**
 * Images of a batch in progress at once in a worker: while one is measured on the worker's
 * JavaScript thread, libvips decodes the other on the libuv pool, so each worker keeps up to two
 * cores busy rather than one at a time. With --jobs 2 on 2 cores, one lane left a third of the
 * cores idle. 2,000 320×240 JPEGs, --jobs 2, 3 alternated rounds on a loaded machine: 7.5–8.8 s
 * with one lane, 6.2–6.6 s with two (1.71–2.41× and 1.33–1.99× the decode-only run of the round).
 */
const LANES = 2;

async function analyseOne(job: AnalyseJob): Promise<ImageRecord> {
  let image: DecodedImage;
  try {
    // explore reads neither the ICC profile nor the density, which a JPEG read by markers lacks.
    image = await decodeImage(job.file, { maxPixels: job.maxPixels, markerHeader: true });
  } catch (error) {
    const fileBytes = await stat(job.file).then(
      (s) => s.size,
      () => undefined,
    );
    return {
      path: job.path,
      index: job.index,
      issues: ['unreadable'],
      error: error instanceof Error ? error.message : String(error),
      ...(fileBytes === undefined ? {} : { fileBytes }),
    };
  }
  const record = measure(job, image);
  const original =
    job.thumbs === 'auto' && originalIsThumbnail({ ...image, orientation: exifOrientation(image.exif) }, job.thumbSize);
  const preview = record.issues.includes('dark') || record.issues.includes('light') || record.lowContrast === true;
  const thumbs =
    original && !preview
      ? {}
      : await writeThumbnails(eightBit(image), {
          dir: job.thumbsDir,
          name: String(job.index).padStart(6, '0'),
          size: job.thumbSize,
          thumb: !original,
          preview,
        });
  return {
    ...record,
    ...(thumbs.thumb ? { thumb: `thumbs/${thumbs.thumb}` } : {}),
    ...(original ? { thumbIsOriginal: true } : {}),
    ...(thumbs.preview ? { preview: `thumbs/${thumbs.preview}` } : {}),
  };
}

/** Everything but the thumbnails: pure, on the decoded pixels. */
export function measure(job: Pick<AnalyseJob, 'path' | 'index'>, image: DecodedImage): ImageRecord {
  const plane = eightBit(image);
  const { gray, channelHistograms, brightness, grayscale } = pixelMeasures(plane);
  const blur = blurriness(plane);
  const entropy = pillowEntropy(channelHistograms);
  const properties = {
    brightnessP5: brightness.percentiles['5']!,
    brightnessP99: brightness.percentiles['99']!,
    entropy,
    blurriness: blur.blurriness,
    grayscaleStd: blur.grayscaleStd,
    width: image.width,
    height: image.height,
    // Compared at full depth: a 16-bit image's high bytes may agree where its samples do not.
    grayscale: image.bitDepth === 8 ? grayscale : isGrayscale(image),
  };
  return {
    path: job.path,
    index: job.index,
    width: image.width,
    height: image.height,
    format: image.format,
    issues: imageIssues(properties),
    fileBytes: image.fileBytes,
    channels: image.channels,
    bitDepth: image.bitDepth,
    space: image.space,
    isPalette: image.isPalette,
    hasAlpha: image.channels === 2 || image.channels === 4,
    brightness,
    histogram: histogram(gray),
    entropy,
    blurriness: blur.blurriness,
    grayscaleStd: blur.grayscaleStd,
    scores: scores(properties),
    lowContrast: brightness.percentiles['95']! - brightness.percentiles['5']! < LOW_CONTRAST_SPREAD,
    exactHash: pixelHash(image),
    phash: phash(gray),
  };
}
