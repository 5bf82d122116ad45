// The EXIF orientation tag (0x0112 in IFD0) of a file's EXIF block, read directly: decodeImage
// applies it to the pixels, but a browser showing the original file applies it too only when
// the block is well-formed, so explore uses an original as its own thumbnail only when it can
// read the tag and the tag says "upright" (1), or there is no EXIF at all.

/** 1–8 as the file says, 1 without EXIF, undefined when the block cannot be read. */
export function exifOrientation(exif: Uint8Array | undefined): number | undefined {
  if (!exif) return 1;
  // sharp gives "Exif\0\0" followed by the TIFF header; accept a bare TIFF header too.
  const start = exif.length >= 6 && exif[0] === 0x45 && exif[1] === 0x78 && exif[4] === 0 && exif[5] === 0 ? 6 : 0;
  const view = new DataView(exif.buffer, exif.byteOffset, exif.byteLength);
  if (start + 8 > exif.length) return undefined;
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const little = order === 0x4949;
  const ifd = start + view.getUint32(start + 4, little);
  if (ifd + 2 > exif.length) return undefined;
  const entries = view.getUint16(ifd, little);
  for (let e = 0; e < entries; e++) {
    const at = ifd + 2 + e * 12;
    if (at + 12 > exif.length) return undefined;
    if (view.getUint16(at, little) !== 0x0112) continue;
    const value = view.getUint16(at + 8, little);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return 1;
}
