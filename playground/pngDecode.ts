// Reads 16-bit PNGs, which browsers only decode to 8 bits (createImageBitmap, <img>): the CT
// and X-ray files the library's 16-bit CLAHE is for. Inflating uses the browser's own
// DecompressionStream; only the PNG structure and row filters are done here.

/** A 16-bit image as the library takes it: gray (1 channel), RGB (3) or RGBA (4). */
export interface Deep {
  data: Uint16Array;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** Samples per pixel of each PNG colour type that can have 16 bits (palette images cannot). */
const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Whether `bytes` is a PNG whose samples are 16 bits (IHDR is always the first chunk). */
export function isPng16(bytes: Uint8Array): boolean {
  return bytes.length > 24 && SIGNATURE.every((byte, i) => bytes[i] === byte) && bytes[24] === 16;
}

/** Decodes a 16-bit PNG; gray + alpha loses its alpha (the library equalizes gray alone). */
export async function decodePng16(bytes: Uint8Array): Promise<Deep> {
  const { header, data } = readChunks(bytes);
  if (header.length !== 13) throw new Error('the PNG header (IHDR) is malformed');
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const colourType = header[9]!;
  const samples = SAMPLES[colourType];
  if (samples === undefined) throw new Error(`PNG colour type ${colourType} cannot have 16 bits`);
  if (header[12] !== 0)
    throw new Error('interlaced (Adam7) 16-bit PNGs are not supported; save it without interlacing');
  const rowBytes = width * samples * 2;
  const raw = await inflate(data);
  if (raw.length < (rowBytes + 1) * height) throw new Error('the PNG image data is truncated');
  const bytesOut = unfilter(raw, rowBytes, height, samples * 2);
  return toSamples(bytesOut, width, height, samples);
}

/** IHDR's 13 bytes and the IDAT chunks' contents joined, checked for the bare minimum. */
function readChunks(bytes: Uint8Array): { header: Uint8Array; data: Uint8Array } {
  if (!isPng16(bytes)) throw new Error('not a 16-bit PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: Uint8Array | undefined;
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (body.length < length) throw new Error(`the PNG is truncated (in its ${type} chunk)`);
    if (type === 'IHDR') header = body;
    else if (type === 'IDAT') parts.push(body);
    else if (type === 'IEND') break;
    at += 12 + length; // length, type, body, CRC
  }
  if (!header || parts.length === 0) throw new Error('the PNG has no image data');
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  return { header, data };
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new Error('the PNG image data is corrupt (it does not inflate)');
  }
}

/** Undoes PNG's per-row filters (none, sub, up, average, Paeth); `step` is bytes per pixel. */
function unfilter(raw: Uint8Array, rowBytes: number, height: number, step: number): Uint8Array {
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)]!;
    if (filter > 4) throw new Error(`the PNG has an unknown row filter (${filter})`);
    const source = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    const above = row - rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= step ? out[row + x - step]! : 0;
      const up = y > 0 ? out[above + x]! : 0;
      const upLeft = y > 0 && x >= step ? out[above + x - step]! : 0;
      out[row + x] = raw[source + x]! + predict(filter, left, up, upLeft);
    }
  }
  return out;
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      return 0;
  }
}

/** Big-endian sample pairs to a Uint16Array; gray + alpha keeps only the gray. */
function toSamples(bytes: Uint8Array, width: number, height: number, samples: number): Deep {
  const channels = samples === 2 ? 1 : (samples as 1 | 3 | 4);
  const data = new Uint16Array(width * height * channels);
  for (let i = 0, j = 0; i < data.length; i++, j += 2 * (samples === 2 ? 2 : 1))
    data[i] = (bytes[j]! << 8) | bytes[j + 1]!;
  return { data, width, height, channels };
}
