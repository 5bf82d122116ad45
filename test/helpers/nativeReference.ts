// The native OpenCV reference (test/reference/native-opencv.json, written by
// scripts/make-native-reference.py), shared by native-reference.test.ts and
// native-reference.exhaustive.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Reference {
  opencv: string;
  photos: Record<string, { histogram: string; equalizeHist: string; clahe: Record<string, string> }>;
  synthetic: Array<{
    width: number;
    height: number;
    clipLimit: number;
    tileGridSize: [number, number];
    clahe: string;
    equalizeHist: string;
  }>;
  colour: {
    /** Digests of each conversion of the 2^24 byte triples, keyed "<function>[ fullRange]". */
    conversions: Record<string, string>;
    /** Per photograph and colour space: equalizeHist and clahe keyed "clipLimit,columns,rows". */
    photos: Record<string, Record<'lab' | 'ycrcb', { equalizeHist: string; clahe: Record<string, string> }>>;
  };
  deepColour: {
    /** Side of the square 16-bit RGB image of LCG values (seed 16161616) the conversions ran on. */
    side: number;
    conversions: Record<'rgbToYCrCb' | 'yCrCbToRgb', string>;
    /** Per photograph widened to 16 bits: YCrCb clahe keyed "clipLimit,columns,rows". */
    photos: Record<string, Record<string, string>>;
  };
}

export const reference = JSON.parse(
  readFileSync(new URL('../reference/native-opencv.json', import.meta.url), 'utf8'),
) as Reference;

export function sha256(bytes: ArrayBufferView): string {
  return createHash('sha256')
    .update(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    .digest('hex');
}
