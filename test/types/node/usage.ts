// Calls as Node code writes them, without the DOM library; each line must type-check (or,
// marked, must not).
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { clahe, equalizeHist, histogram, init, rgbToYCrCb } from 'fastclahe';
import * as js from 'fastclahe/js';

// A Buffer in gives a plain Uint8Array out, as at run time: no Buffer methods on the result.
const fromBuffer = clahe({ data: readFileSync('gray.raw'), width: 640, height: 480 });
const bytes: Uint8Array = fromBuffer.data;
// @ts-expect-error the result is a Uint8Array, not a Buffer
fromBuffer.data.toString('base64');
Buffer.from(fromBuffer.data.buffer).toString('base64');

// pngjs and sharp objects as they come.
const png = PNG.sync.read(readFileSync('photo.png'));
const enhanced = clahe(png, { colorSpace: 'lab', clipLimit: 3 });
png.data = Buffer.from(enhanced.data);
const { data, info } = await sharp('photo.jpg').raw().toBuffer({ resolveWithObject: true });
const raw = { data, width: info.width, height: info.height };
equalizeHist(raw, { output: raw });
histogram(raw, { channel: 0, mask: undefined });
const deep = js.clahe({ data: new Uint16Array(12), width: 2, height: 2 }, { clipLimit: undefined, bitDepth: 16 });
const deepData: Uint16Array = rgbToYCrCb(deep).data;

// init takes any BufferSource, a DataView included.
await init(new DataView(readFileSync('fastclahe.wasm').buffer));

export { bytes, deepData };
