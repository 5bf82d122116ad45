// Writes the result as a PNG with its own depth: 16-bit results stay 16-bit (a canvas's
// toBlob would write 8), gray stays one channel. Compressing uses the browser's own
// CompressionStream; the PNG structure is written here.

export interface Encodable {
  data: Uint8Array | Uint8ClampedArray | Uint16Array;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

/** PNG colour type of each channel count: gray, RGB, RGBA. */
const COLOUR_TYPE = { 1: 0, 3: 2, 4: 6 } as const;

export async function encodePng({ data, width, height, channels }: Encodable): Promise<Blob> {
  const depth = data instanceof Uint16Array ? 16 : 8;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([depth, COLOUR_TYPE[channels], 0, 0, 0], 8); // deflate, adaptive filtering, no interlace
  const idat = await deflate(rows(data, width * channels, height, depth));
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Blob([signature, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array())], {
    type: 'image/png',
  });
}

/** Each row behind filter byte 0 (none), samples big-endian. */
function rows(data: Encodable['data'], samplesPerRow: number, height: number, depth: 8 | 16): Uint8Array<ArrayBuffer> {
  const rowBytes = samplesPerRow * (depth / 8);
  const out = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    let at = y * (rowBytes + 1) + 1;
    for (let i = y * samplesPerRow; i < (y + 1) * samplesPerRow; i++) {
      if (depth === 16) out[at++] = data[i]! >> 8;
      out[at++] = data[i]! & 0xff;
    }
  }
  return out;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Length, type, body and the CRC-32 of type and body. */
function chunk(type: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
