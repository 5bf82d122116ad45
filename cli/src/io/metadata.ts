// Puts the input's ICC profile and EXIF back into an encoded PNG or JPEG. sharp can only attach a
// profile by converting the pixels into it (withIccProfile) or by keeping the input's metadata,
// and our input to sharp is raw pixels; so the bytes are spliced into the file here. EXIF
// orientation is reset to 1 ("as stored") because the pixels were already turned upright.
import { crc32, deflateSync } from 'node:zlib';

export interface Metadata {
  icc?: Uint8Array;
  /** The EXIF block as sharp reports it: a TIFF header and IFDs, after "Exif\0\0" from JPEG (not from PNG). */
  exif?: Uint8Array;
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** `encoded` with the metadata added, for PNG and JPEG; other formats are returned as they are. */
export function embedMetadata(encoded: Uint8Array, format: string, metadata: Metadata): Uint8Array {
  const exif = metadata.exif ? uprightExif(withExifHeader(metadata.exif)) : undefined;
  if (!metadata.icc && !exif) return encoded;
  if (format === 'png') return embedInPng(encoded, metadata.icc, exif);
  if (format === 'jpeg') return embedInJpeg(encoded, metadata.icc, exif);
  return encoded;
}

function embedInPng(png: Uint8Array, icc: Uint8Array | undefined, exif: Uint8Array | undefined): Uint8Array {
  // Signature (8) + IHDR (4 length + 4 type + 13 data + 4 CRC): new chunks go right after IHDR.
  const afterHeader = 33;
  const chunks: Uint8Array[] = [];
  if (icc)
    chunks.push(
      pngChunk('iCCP', concat([new TextEncoder().encode('ICC profile'), Uint8Array.of(0, 0), deflateSync(icc)])),
    );
  if (exif) chunks.push(pngChunk('eXIf', exif.subarray(EXIF_HEADER.length)));
  return concat([png.subarray(0, afterHeader), ...chunks, png.subarray(afterHeader)]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(new TextEncoder().encode(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function embedInJpeg(jpeg: Uint8Array, icc: Uint8Array | undefined, exif: Uint8Array | undefined): Uint8Array {
  // After SOI and a JFIF APP0 if there is one, where readers look for APP1 and APP2.
  let at = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) at = 4 + ((jpeg[4]! << 8) | jpeg[5]!);
  const segments: Uint8Array[] = [];
  if (exif && exif.length <= 65533) segments.push(jpegSegment(0xe1, exif));
  if (icc) {
    // ICC profiles are split in APP2 segments of at most 65519 bytes, numbered from 1.
    const size = 65519;
    const count = Math.ceil(icc.length / size);
    if (count <= 255) {
      for (let i = 0; i < count; i++) {
        const header = concat([new TextEncoder().encode('ICC_PROFILE'), Uint8Array.of(0, i + 1, count)]);
        segments.push(jpegSegment(0xe2, concat([header, icc.subarray(i * size, (i + 1) * size)])));
      }
    }
  }
  return concat([jpeg.subarray(0, at), ...segments, jpeg.subarray(at)]);
}

function jpegSegment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2;
  return concat([Uint8Array.of(0xff, marker, length >> 8, length & 0xff), payload]);
}

/** A copy of the EXIF block with IFD0's Orientation (tag 0x0112) set to 1. */
export function uprightExif(exif: Uint8Array): Uint8Array | undefined {
  if (exif.length === 0) return undefined;
  const copy = exif.slice();
  const tiff = new DataView(copy.buffer, copy.byteOffset + EXIF_HEADER.length);
  if (tiff.byteLength < 8) return copy;
  const little = tiff.getUint16(0) === 0x4949;
  const ifd = tiff.getUint32(4, little);
  if (ifd + 2 > tiff.byteLength) return copy;
  const entries = tiff.getUint16(ifd, little);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + 12 * i;
    if (entry + 12 > tiff.byteLength) break;
    if (tiff.getUint16(entry, little) === 0x0112) tiff.setUint16(entry + 8, 1, little);
  }
  return copy;
}

/** The block with its "Exif\0\0" header, if it is EXIF at all (a TIFF byte-order mark follows). */
function withExifHeader(exif: Uint8Array): Uint8Array {
  const tiff = startsWith(exif, EXIF_HEADER) ? exif.subarray(EXIF_HEADER.length) : exif;
  const mark = (tiff[0]! << 8) | tiff[1]!;
  return mark === 0x4949 || mark === 0x4d4d ? concat([Uint8Array.from(EXIF_HEADER), tiff]) : new Uint8Array();
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
