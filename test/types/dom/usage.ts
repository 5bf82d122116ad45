// Calls as browser code writes them; each line must type-check (or, marked, must not).
import {
  clahe,
  equalizeHist,
  hsvToRgb,
  labToRgb,
  rgbToHsv,
  rgbToLab,
  rgbToYCrCb,
  yCrCbToRgb,
  type ClaheOptions,
} from 'fastclahe';
import * as js from 'fastclahe/js';

declare const context: CanvasRenderingContext2D;
const photo = context.getImageData(0, 0, 640, 480);

// ImageData in, ImageData out: straight back to the canvas (README's own lines).
context.putImageData(clahe(photo), 0, 0);
context.putImageData(clahe(photo, { colorSpace: 'lab' }), 0, 0);
context.putImageData(equalizeHist(photo, { colorSpace: 'lab' }), 0, 0);
context.putImageData(labToRgb(rgbToLab(photo)), 0, 0);
context.putImageData(hsvToRgb(rgbToHsv(photo, { fullRange: true }), { fullRange: true }), 0, 0);
context.putImageData(yCrCbToRgb(rgbToYCrCb(photo)), 0, 0);
context.putImageData(js.clahe(photo), 0, 0);
const equalized: ImageData = equalizeHist(photo);
clahe(photo, { output: equalized });
// With a plain output the result is that output, typed as what it is, not as an ImageData.
const intoPlain = clahe(photo, { output: { data: new Uint8ClampedArray(640 * 480 * 4), width: 640, height: 480 } });
// @ts-expect-error a plain object is not an ImageData
const notImageData: ImageData = intoPlain;

// Plain objects keep their array family.
const clamped = clahe({ data: new Uint8ClampedArray(16), width: 2, height: 2 });
const clampedData: Uint8ClampedArray = clamped.data;
const deep = clahe({ data: new Uint16Array(4), width: 2, height: 2 }, { bitDepth: 12 });
const deepData: Uint16Array = deep.data;
// @ts-expect-error 16-bit results are not 8-bit
const wrong: Uint8Array = deep.data;
new ImageData(new Uint8ClampedArray(clampedData), 2, 2);

// Options built at run time, undefined where the user gave nothing (exactOptionalPropertyTypes).
declare const form: { clip?: number; tiles?: [number, number]; space?: 'hsv' | 'lab' | 'ycrcb' };
const options: ClaheOptions = { clipLimit: form.clip, tileGridSize: form.tiles, colorSpace: form.space };
clahe(photo, { clipLimit: form.clip, tileGridSize: form.tiles });
clahe({ data: new Uint8Array(4), width: 2, height: 2 }, options);
equalizeHist(photo, { colorSpace: undefined, channelOrder: undefined, output: undefined });

export { deepData, notImageData, wrong };
