// explore's --coco, --anchor-sizes and --anchor-ratios: read from the command line, and the
// annotation file read (as JSON) before the images are, so a wrong path fails in a second.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringOption, UsageError, type ParsedValues } from '../usage.js';
import { RETINANET_ANCHORS, type AnchorSet } from './cocoAnchors.js';

export interface CocoInput {
  file: string;
  anchors: AnchorSet;
  /** The parsed file, once read. */
  dataset?: unknown;
  /** --predictions: a COCO results file, evaluated against `dataset` by box or (--iou-type segm) mask IoU. */
  predictions?: { file: string; iouType: PredictionIouType; results?: unknown };
}

/** Keypoint results have no box or mask to draw; `fastclahe coco eval --iou-type keypoints` evaluates them. */
export type PredictionIouType = 'bbox' | 'segm';

export function cocoConfig(values: ParsedValues, sharded: boolean): { coco?: CocoInput } {
  const file = stringOption(values, 'coco');
  const sizes = numberList(values, 'anchor-sizes');
  const ratios = numberList(values, 'anchor-ratios');
  const predictions = stringOption(values, 'predictions');
  const iouType = stringOption(values, 'iou-type') ?? 'bbox';
  if (iouType !== 'bbox' && iouType !== 'segm')
    throw new UsageError(`--iou-type must be bbox or segm (got '${iouType}')`);
  if (values['iou-type'] !== undefined && predictions === undefined)
    throw new UsageError('--iou-type needs --predictions <results.json>');
  if (file === undefined) {
    if (sizes || ratios || predictions)
      throw new UsageError('--anchor-sizes, --anchor-ratios and --predictions need --coco <annotations.json>');
    return {};
  }
  // The statistics need every image's decoded size; a shard has only its own, merge has them all.
  if (sharded)
    throw new UsageError(
      '--coco goes with `explore merge` when sharding: run the shards without it, then `fastclahe explore merge <partials…> --coco <file> --out <dir>`',
    );
  return {
    coco: {
      file: resolve(file),
      anchors: { sizes: sizes ?? RETINANET_ANCHORS.sizes, ratios: ratios ?? RETINANET_ANCHORS.ratios },
      ...(predictions === undefined ? {} : { predictions: { file: resolve(predictions), iouType } }),
    },
  };
}

function numberList(values: ParsedValues, name: string): number[] | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const numbers = text.split(',').map((t) => Number(t.trim()));
  if (!numbers.length || !numbers.every((n) => Number.isFinite(n) && n > 0))
    throw new UsageError(`--${name} must be positive numbers separated by commas, like 32,64,128 (got '${text}')`);
  return numbers;
}

/** The input with its files parsed; a file that cannot be read or is not JSON is a usage error. */
export async function readCocoInput(input: CocoInput): Promise<CocoInput> {
  const dataset = await readJson(input.file, '--coco');
  if (!input.predictions) return { ...input, dataset };
  return {
    ...input,
    dataset,
    predictions: { ...input.predictions, results: await readJson(input.predictions.file, '--predictions') },
  };
}

async function readJson(file: string, option: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new UsageError(`cannot read ${option} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${option} ${file} is not JSON: ${(error as Error).message}`);
  }
}
