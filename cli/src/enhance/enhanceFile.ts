// One file of `enhance`, run in a worker: decode → enhance → encode → write. The result is
// written to a temporary name in the output folder and moved into place only when complete,
// so an interrupted or failed run never leaves a half-written file under the real name.
import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeImage } from '../io/decode.js';
import { encodeImage } from '../io/encode.js';
import type { OutputFormat } from '../io/formats.js';
import { embedMetadata } from '../io/metadata.js';
import { reason } from '../io/walk.js';
import { enhancePixels, type EnhanceSettings } from './settings.js';

export interface EnhanceJob {
  input: string;
  output: string;
  /** Temporary file in the output's folder. */
  temp: string;
  format: OutputFormat;
  settings: EnhanceSettings;
  quality: number;
  compression: number;
  maxPixels: number;
  overwrite: boolean;
}

export interface EnhanceOutcome {
  width: number;
  height: number;
  channels: number;
  bitDepth: number;
  inputFormat: string;
}

export async function enhanceFile(job: EnhanceJob): Promise<EnhanceOutcome> {
  const image = await decodeImage(job.input, { maxPixels: job.maxPixels });
  const enhanced = enhancePixels(image, job.settings);
  const bytes = await encodeImage(enhanced, job.format, { quality: job.quality, compression: job.compression }).catch(
    (error: unknown) => {
      throw new Error(`cannot encode ${job.format}: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  await writeAtomically(job, embedMetadata(bytes, job.format, image));
  return {
    width: image.width,
    height: image.height,
    channels: image.channels,
    bitDepth: image.bitDepth,
    inputFormat: image.format,
  };
}

async function writeAtomically(job: EnhanceJob, bytes: Uint8Array): Promise<void> {
  const folder = dirname(job.output);
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    // mkdir says EEXIST when a file stands where a folder of the path should be.
    const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file is in the way' : reason(error);
    throw new Error(`cannot create the output folder ${folder}: ${why}`);
  });
  try {
    await writeFile(job.temp, bytes, { flag: 'wx' });
    if (job.overwrite) {
      await rename(job.temp, job.output);
    } else {
      // link() refuses an existing name, so a file that appeared since the run was planned is kept.
      await link(job.temp, job.output);
      await unlink(job.temp);
    }
  } catch (error) {
    await unlink(job.temp).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'EEXIST'
        ? 'the output already exists (use --overwrite to replace it)'
        : `cannot write the output: ${reason(error)}`,
    );
  }
}
