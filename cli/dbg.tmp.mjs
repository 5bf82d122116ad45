// src/io/decode.ts
import { readFile } from "node:fs/promises";
import sharp from "sharp";

// src/io/walk.ts
function reason(error) {
  const code = error?.code;
  const known = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    ELOOP: "too many levels of symbolic links",
    ENOSPC: "no space left on device",
    EROFS: "read-only file system",
    EEXIST: "already exists"
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}

// src/io/decode.ts
var DEFAULT_MAX_PIXELS = 2 ** 28;
async function decodeImage(path, { maxPixels = DEFAULT_MAX_PIXELS, firstPage = false } = {}) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(`cannot read the file: ${reason(error)}`);
  }
  if (bytes.length === 0) throw new Error("empty file (0 bytes)");
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata().catch((error) => {
    throw new Error(sharpReason(error));
  });
  const { width = 0, height = 0, format = "unknown", space = "unknown", depth = "uchar" } = meta;
  const pages = meta.pages ?? 1;
  if (width * height > maxPixels) {
    throw new Error(`${width}\xD7${height} is ${width * height} pixels, above the limit of ${maxPixels} (a decompression bomb?); raise --max-pixels to read it`);
  }
  if (pages > 1 && !firstPage) throw new Error(`${format} with ${pages} frames or pages; only single images are supported`);
  if (depth !== "uchar" && depth !== "ushort") throw new Error(`${describeDepth(depth)} samples are not supported (8- and 16-bit only)`);
  const bitDepth = depth === "ushort" ? 16 : 8;
  const gray = (meta.channels ?? 3) <= 2 && (space === "b-w" || space === "grey16");
  const keepsProfile = space !== "cmyk" && space !== "labs" && space !== "lab";
  let pipeline = sharp(bytes, { limitInputPixels: false, failOn: "warning" }).rotate();
  if (keepsProfile) pipeline = pipeline.keepIccProfile();
  if (bitDepth === 16) pipeline = pipeline.toColourspace(gray ? "grey16" : "rgb16");
  else if (gray && !meta.hasAlpha) pipeline = pipeline.toColourspace("b-w");
  const { data, info } = await pipeline.raw({ depth: bitDepth === 16 ? "ushort" : "uchar" }).toBuffer({ resolveWithObject: true }).catch((error) => {
    throw new Error(sharpReason(error));
  });
  let pixels = bitDepth === 16 ? asUint16(data) : new Uint8Array(data.buffer, data.byteOffset, data.length);
  let channels = info.channels;
  if (gray && bitDepth === 8 && channels === 4) {
    pixels = pickChannels(pixels, 4, [0, 3]);
    channels = 2;
  }
  return {
    data: pixels,
    width: info.width,
    height: info.height,
    channels,
    bitDepth,
    format,
    fileBytes: bytes.length,
    space,
    isPalette: meta.isPalette ?? false,
    ...keepsProfile && meta.icc ? { icc: new Uint8Array(meta.icc) } : {},
    ...meta.exif ? { exif: new Uint8Array(meta.exif) } : {},
    ...meta.density ? { density: meta.density } : {},
    pages
  };
}
function asUint16(data) {
  if (data.byteOffset % 2 === 0) return new Uint16Array(data.buffer, data.byteOffset, data.length / 2);
  return new Uint16Array(new Uint8Array(data).buffer);
}
function pickChannels(data, from, keep) {
  const pixels = data.length / from;
  const out = new Uint8Array(pixels * keep.length);
  for (let p = 0, o = 0; p < pixels; p++) for (const c of keep) out[o++] = data[p * from + c];
  return out;
}
function describeDepth(depth) {
  const names = { float: "32-bit float", double: "64-bit float", int: "32-bit integer", uint: "32-bit integer", short: "signed 16-bit", char: "signed 8-bit", complex: "complex", dpcomplex: "complex" };
  return names[depth] ?? depth;
}
function sharpReason(error) {
  const message = (error instanceof Error ? error.message : String(error)).trim();
  if (/unsupported image format/i.test(message)) return "not an image sharp can decode (unknown or unsupported format)";
  if (/premature end|truncated|unexpected end|not enough data|out of data/i.test(message)) return `truncated or corrupt file (${firstLine(message)})`;
  return `cannot decode: ${firstLine(message)}`;
}
function firstLine(text) {
  return text.split("\n")[0].replace(/^Vips\w*:\s*/, "").trim();
}

// src/io/encode.ts
import sharp2 from "sharp";
async function encodeImage(pixels, format, { quality }) {
  const keeps16 = format === "png" || format === "tiff";
  const source = pixels.bitDepth === 16 && !keeps16 ? to8Bit(pixels.data) : pixels.data;
  const deep = source instanceof Uint16Array;
  const gray = pixels.channels <= 2;
  let pipeline = sharp2(source, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  pipeline = pipeline.toColourspace(gray ? deep ? "grey16" : "b-w" : deep ? "rgb16" : "srgb");
  switch (format) {
    case "png":
      return pipeline.png().toBuffer();
    case "tiff":
      return pipeline.tiff({ compression: "deflate" }).toBuffer();
    case "jpeg":
      return pipeline.jpeg({ quality }).toBuffer();
    case "webp":
      return pipeline.webp({ quality }).toBuffer();
    case "avif":
      return pipeline.avif({ quality }).toBuffer();
    case "gif":
      return pipeline.gif().toBuffer();
  }
}
function to8Bit(data) {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = Math.round(data[i] / 257);
  return out;
}

// ../dist/chunk-5KO3EU43.js
var __toBinary = /* @__PURE__ */ (() => {
  var table = new Uint8Array(128);
  for (var i = 0; i < 64; i++) table[i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i * 4 - 205] = i;
  return (base64) => {
    var n = base64.length, bytes = new Uint8Array((n - (base64[n - 1] == "=") - (base64[n - 2] == "=")) * 3 / 4 | 0);
    for (var i2 = 0, j = 0; i2 < n; ) {
      var c0 = table[base64.charCodeAt(i2++)], c1 = table[base64.charCodeAt(i2++)];
      var c2 = table[base64.charCodeAt(i2++)], c3 = table[base64.charCodeAt(i2++)];
      bytes[j++] = c0 << 2 | c1 >> 4;
      bytes[j++] = c1 << 4 | c2 >> 2;
      bytes[j++] = c2 << 6 | c3;
    }
    return bytes;
  };
})();
function invalid(ErrorClass, fn, name, expected, received) {
  throw new ErrorClass(`${fn}: expected ${expected} for ${name} but received ${describe(received)}`);
}
var Worded = class {
  constructor(text) {
    this.text = text;
  }
};
function describe(value) {
  if (value instanceof Worded) return value.text;
  if (value === null || value === void 0) return String(value);
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      return `the string ${JSON.stringify(truncate(value, 40))}`;
    case "bigint":
      return `the bigint ${value}n`;
    case "boolean":
      return String(value);
    case "function":
      return "a function";
    case "symbol":
      return value.toString();
  }
  if (Array.isArray(value)) return `an Array [${truncate(value.map(describeItem).join(", "), 40)}]`;
  if (ArrayBuffer.isView(value)) {
    const length = "length" in value ? value.length : value.byteLength;
    return `${article(value.constructor.name)} ${value.constructor.name} of length ${length}`;
  }
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return name && name !== "Object" ? `${article(name)} ${name}` : "an object";
}
function describeItem(item) {
  return typeof item === "string" ? JSON.stringify(item) : typeof item === "object" && item !== null ? "\u2026" : String(item);
}
function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function article(word) {
  return /^(?:[AEIO]|U(?!int))/.test(word) ? "an" : "a";
}
function readOptions(fn, value, keys) {
  if (value === void 0) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    invalid(TypeError, fn, "options", "an object or undefined", value);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      invalid(RangeError, fn, "options", `only ${keys.join(", ")}`, new Worded(`an unknown option ${JSON.stringify(key)}`));
    }
  }
  return value;
}
function readInteger(fn, name, value, min, max) {
  const expected = `an integer from ${min} to ${max}`;
  if (typeof value !== "number") invalid(TypeError, fn, name, expected, value);
  if (!Number.isInteger(value) || value < min || value > max) invalid(RangeError, fn, name, expected, value);
  return value;
}
function readFiniteNumber(fn, name, value, expected) {
  if (typeof value !== "number") invalid(TypeError, fn, name, expected, value);
  if (!Number.isFinite(value)) invalid(RangeError, fn, name, expected, value);
  return value;
}
function readChoice(fn, name, value, choices) {
  const quoted = choices.map((choice) => JSON.stringify(choice));
  const expected = `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
  if (typeof value !== "string") invalid(TypeError, fn, name, expected, value);
  if (!choices.includes(value)) invalid(RangeError, fn, name, expected, value);
  return value;
}
var MAX_LUT_BYTES = 2 ** 28;
function planClahe(fn, width, height, clipLimit, gridColumns, gridRows, levels = 256) {
  const padded = width % gridColumns !== 0 || height % gridRows !== 0;
  const tileWidth = Math.floor(width / gridColumns) + (padded ? 1 : 0);
  const tileHeight = Math.floor(height / gridRows) + (padded ? 1 : 0);
  const tilesX = Math.min(gridColumns, Math.floor((width - 1) / tileWidth) + 2);
  const tilesY = Math.min(gridRows, Math.floor((height - 1) / tileHeight) + 2);
  const lutBytes = levels * (levels > 256 ? 2 : 1);
  if (tilesX * tilesY * lutBytes > MAX_LUT_BYTES) {
    const most = Math.floor(MAX_LUT_BYTES / lutBytes);
    invalid(
      RangeError,
      fn,
      "options.tileGridSize",
      `a grid of at most ${most} tiles with pixels in them (${MAX_LUT_BYTES / 2 ** 20} MiB of lookup tables)`,
      new Worded(`[${gridColumns}, ${gridRows}], which puts ${tilesX * tilesY} tiles of ${tileWidth}\xD7${tileHeight} pixels on this ${width}\xD7${height} image`)
    );
  }
  const area = tileWidth * tileHeight;
  return {
    width,
    height,
    tilesX,
    tilesY,
    tileWidth,
    tileHeight,
    clipCount: clipCountFor(clipLimit, area, levels),
    lutScale: Math.fround((levels - 1) / Math.fround(area)),
    levels
  };
}
function clipCountFor(clipLimit, area, levels) {
  if (clipLimit <= 0) return 0;
  return Math.min(Math.max(Math.trunc(clipLimit * area / levels), 1), area);
}
var MAX_SIDE = 2 ** 31 - 1;
var CHANNEL_COUNTS = [1, 3, 4];
function readImage(fn, value, name = "image") {
  if (typeof value !== "object" || value === null) {
    invalid(TypeError, fn, name, "an image object { data, width, height }", value);
  }
  const { data, width, height } = value;
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray || data instanceof Uint16Array)) {
    invalid(TypeError, fn, `${name}.data`, "a Uint8Array, Uint8ClampedArray or Uint16Array", data);
  }
  readInteger(fn, `${name}.width`, width, 0, MAX_SIDE);
  readInteger(fn, `${name}.height`, height, 0, MAX_SIDE);
  const pixels = width * height;
  const channels = pixels === 0 ? data.length === 0 ? 1 : 0 : data.length / pixels;
  if (!CHANNEL_COUNTS.includes(channels)) {
    const expected = pixels === 0 ? "an empty array, as width \xD7 height is 0" : `width \xD7 height \xD7 1, 3 or 4 channels = ${CHANNEL_COUNTS.map((count2) => count2 * pixels).join(", ").replace(/, (?=\d+$)/, " or ")}`;
    invalid(RangeError, fn, `${name}.data.length`, expected, data.length);
  }
  return { image: value, values: asPixels(data), width, height, pixels, channels };
}
function readOutput(fn, value, source) {
  if (value === void 0) {
    const { width, height, pixels, channels } = source;
    const input = source.image.data;
    const data = input instanceof Uint16Array ? new Uint16Array(input.length) : input instanceof Uint8ClampedArray ? new Uint8ClampedArray(input.length) : new Uint8Array(input.length);
    const image = isImageData(source.image) ? new ImageData(data, width, height) : { data, width, height };
    return { image, values: asPixels(data), width, height, pixels, channels };
  }
  const output = readImage(fn, value, "options.output");
  if (output.width !== source.width || output.height !== source.height || output.channels !== source.channels) {
    invalid(RangeError, fn, "options.output", `an image of the input's shape, ${shape(source)}`, new Worded(`an image of shape ${shape(output)}`));
  }
  if (output.values instanceof Uint16Array !== source.values instanceof Uint16Array) {
    invalid(TypeError, fn, "options.output.data", source.values instanceof Uint16Array ? "a Uint16Array, like the input" : "a Uint8Array or Uint8ClampedArray, like the input", output.image.data);
  }
  return output;
}
function shape({ width, height, channels }) {
  return `${width}\xD7${height} \xD7 ${channels} channel${channels === 1 ? "" : "s"}`;
}
function isImageData(image) {
  return typeof ImageData !== "undefined" && image instanceof ImageData;
}
function asPixels(data) {
  return data instanceof Uint8ClampedArray ? new Uint8Array(data.buffer, data.byteOffset, data.length) : data;
}
var MAX_GRID = 2 ** 31 - 1;
var COLOR_SPACES = ["hsv", "lab", "ycrcb"];
var CHANNEL_ORDERS = ["rgb", "bgr"];
function equalizeHistWith(kernels, image, options) {
  const fn = "equalizeHist";
  const source = readImage(fn, image);
  const { colorSpace, channelOrder, output, bitDepth } = readOptions(fn, options, ["colorSpace", "channelOrder", "output", "bitDepth"]);
  const luminance = readLuminance(fn, source, colorSpace, channelOrder);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const target = readOutput(fn, output, source);
  if (source.pixels > 0) kernels.equalizeHist(source.values, target.values, depth, luminance);
  return target.image;
}
function claheWith(kernels, image, options) {
  const fn = "clahe";
  const source = readImage(fn, image);
  const { clipLimit = 2, tileGridSize = [8, 8], colorSpace, channelOrder, output, bitDepth } = readOptions(fn, options, ["clipLimit", "tileGridSize", "colorSpace", "channelOrder", "output", "bitDepth"]);
  const limit = readFiniteNumber(fn, "options.clipLimit", clipLimit, "a finite number (\u2264 0 disables clipping)");
  const [columns, rows] = readGrid(fn, tileGridSize);
  const luminance = readLuminance(fn, source, colorSpace, channelOrder);
  const depth = readDepth(fn, kernels, source, bitDepth);
  const plan = source.pixels > 0 ? planClahe(fn, source.width, source.height, limit, columns, rows, 2 ** depth) : void 0;
  const target = readOutput(fn, output, source);
  if (plan) kernels.clahe(source.values, target.values, plan, luminance);
  return target.image;
}
function readLuminance(fn, source, colorSpace, channelOrder = "rgb") {
  const deep = source.values instanceof Uint16Array;
  const space = readChoice(fn, "options.colorSpace", colorSpace ?? (deep ? "ycrcb" : "hsv"), COLOR_SPACES);
  const bgr = readChoice(fn, "options.channelOrder", channelOrder, CHANNEL_ORDERS) === "bgr";
  if (source.channels === 1) return void 0;
  if (deep && space !== "ycrcb") {
    invalid(RangeError, fn, "options.colorSpace", '"ycrcb" (or nothing) for a 16-bit colour image (OpenCV defines HSV and Lab for 8-bit pixels only)', space);
  }
  return { space, channels: source.channels, bgr };
}
function readDepth(fn, kernels, source, value) {
  const name = "options.bitDepth";
  if (!(source.values instanceof Uint16Array)) {
    if (value !== void 0 && value !== 8) invalid(typeof value === "number" ? RangeError : TypeError, fn, name, "8 (or nothing) for an 8-bit image", value);
    return 8;
  }
  if (value === void 0) return 16;
  if (typeof value !== "number") invalid(TypeError, fn, name, "10, 12, 14 or 16 for a Uint16Array image", value);
  if (![10, 12, 14, 16].includes(value)) invalid(RangeError, fn, name, "10, 12, 14 or 16 for a Uint16Array image", value);
  if (value < 16) {
    const at = kernels.firstAbove(source.values, 2 ** value - 1);
    if (at >= 0) {
      invalid(
        RangeError,
        fn,
        "image.data",
        `values below ${2 ** value} (bitDepth ${value})`,
        new Worded(`${source.values[at]} at index ${at}`)
      );
    }
  }
  return value;
}
function readGrid(fn, value) {
  const name = "options.tileGridSize";
  if (!Array.isArray(value)) invalid(TypeError, fn, name, "an array [columns, rows]", value);
  if (value.length !== 2) invalid(RangeError, fn, name, "an array of two integers [columns, rows]", value);
  return [readInteger(fn, `${name}[0]`, value[0], 1, MAX_GRID), readInteger(fn, `${name}[1]`, value[1], 1, MAX_GRID)];
}

// ../dist/index.js
var fastclahe_default = __toBinary("AGFzbQEAAAABfQ5gBX9/f39/AGAHf39/f39/fwBgA39/fwBgBH9/f38AYAAAYAABf2ADf39/AX9gC39/f39/f39/f39/AGABfwF/YAR/f39/AX9gDH9/f39/f39/f31/fwBgC39/f39/f39/f31/AGALf39/f39/f399f38AYAZ/f39/f38AAygnAgMDBAQFBQAGCAACAAAAAAEBAAAAAAAAAAEAAAABBwcGCQoLDA0ABQMBAAEGGgV/AUEAC38BQQALfwFBAAt/AUEAC38BQQALB8wDIQhoZWFwQmFzZQAGBHNpbWQABQloaXN0b2dyYW0AAQtoaXN0b2dyYW0xNgAHDGZpcnN0QWJvdmUxNgAIEGNoYW5uZWxIaXN0b2dyYW0AJhJjaGFubmVsSGlzdG9ncmFtMTYAJQxlcXVhbGl6ZUhpc3QACw5lcXVhbGl6ZUhpc3QxNgAKGmVxdWFsaXplSGlzdDE2U2NyYXRjaEJ5dGVzAAkFY2xhaGUAIxFjbGFoZVNjcmF0Y2hCeXRlcwAgB2NsYWhlMTYAIhNjbGFoZTE2U2NyYXRjaEJ5dGVzACEIcmdiVG9Ic3YAFgxyZ2JUb0hzdkZ1bGwAFQhoc3ZUb1JnYgAbDGhzdlRvUmdiRnVsbAAaCHJnYlRvTGFiABQIbGFiVG9SZ2IAFwpyZ2JUb1lDckNiABMKeUNyQ2JUb1JnYgANDHJnYlRvWUNyQ2IxNgASDHlDckNiVG9SZ2IxNgAMCGhzdlBsYW5lABwIaHN2TWVyZ2UAHQhsYWJQbGFuZQAYCGxhYk1lcmdlABkKeUNyQ2JQbGFuZQAPCnlDckNiTWVyZ2UAEQx5Q3JDYlBsYW5lMTYADgx5Q3JDYk1lcmdlMTYAEAZtZW1vcnkCAAgBAwwBBgreVyfOAQEFfyAAIAFBAnRqIQcgACEEA0AgBCAHSQRAIAQoAgAiBiACSgRAIAQgAjYCACADIAYgAmtqIQMLIARBBGohBAwBCwsgAyADIAFtIgMgAWxrIQIgACABQQJ0aiEGIAAhBANAIAQgBkkEQCAEIAQoAgAgA2o2AgAgBEEEaiEEDAELCyACBEBBASABIAJtIgMgA0EBTBshAwNAIAJBAEogASAFSnEEQCAAIAVBAnRqIgQgBCgCAEEBajYCACADIAVqIQUgAkEBayECDAELCwsLwQEBAn9BgAhBAEGAwAD8CwAgAgRAA0AgASAESgRAIARBB3FBCnRBgAhqIAAgBGotAABBAnRqIgUgBSgCACACIARqLQAAQQBHajYCACAEQQFqIQQMAQsLBUGACEGACCAAIAEQAgtBACEBA0AgAUGACEkEQCABIANqIAFBgAhqIgAoAoA4IAAoAoAwIAAoAoAoIAAoAoAgIAAoAoAYIAAoAoAQIAAoAgAgACgCgAhqampqampqNgIAIAFBBGohAQwBCwsLswIBCX8gACABaiIFIAFqIgYgAWoiByABaiIIIAFqIgkgAWoiCiABaiELA0AgBEEIaiIBIANMBEAgACACIARqIgQtAABBAnRqIgwgDCgCAEEBajYCACAFIAQtAAFBAnRqIgwgDCgCAEEBajYCACAGIAQtAAJBAnRqIgwgDCgCAEEBajYCACAHIAQtAANBAnRqIgwgDCgCAEEBajYCACAIIAQtAARBAnRqIgwgDCgCAEEBajYCACAJIAQtAAVBAnRqIgwgDCgCAEEBajYCACAKIAQtAAZBAnRqIgwgDCgCAEEBajYCACALIAQtAAdBAnRqIgQgBCgCAEEBajYCACABIQQMAQsLA0AgAyAESgRAIAAgAiAEai0AAEECdGoiASABKAIAQQFqNgIAIARBAWohBAwBCwsLgAECAn8BfEEBIQADQCAAQYACSARAIABBAnQiAUGA0gBqRAAAAAAA4C9BIAC3IgKjnvwCNgIAIAFBgNoAakQAAAAAAIAmQSACRAAAAAAAABhAoiICo578AjYCACABQYDiAGpEAAAAAAAAMEEgAqOe/AI2AgAgAEEBaiEADAELCxAEC9ADAQN/QbCKAUEAOwEAQQEhAANAIABBgAJIBEAgAEEBdEGwigFqIAEgAEGv6gBqLQAAaiIBOwEAIABBAWohAAwBCwtBsIoBJABBqCMhAUGwjgFBqCM7AQBBASEAA0AgAEGAGEgEQCAAQQF0QbCOAWogASAAQa7sAGotAABqIgE7AQAgAEEBaiEADAELC0GwjgEkAUEAIQFBsL4BQQA7AQBBASEAA0AgAEGAAkgEQCAAQQF0QbC+AWogASAAQa2EAWotAABqIgE7AQAgAEEBaiEADAELC0EAIQADQCAAQYACSARAIABB/wFIBH8gAEEBdEGyvgFqLwEABUGAIAshAiAAQQF0QbC+AWovAQAhAQNAIAEgAkgEQCABQbDCAWogADoAACABQQFqIQEMAQsLIABBAWohAAwBCwtBsMIBJAJBACEBQbDiAUEAOwEAQQEhAANAIABBgAJIBEAgAEEBdEGw4gFqIAEgAEGshgFqLQAAaiIBOwEAIABBAWohAAwBCwtBsOIBJANB1BEhAUGw5gFB1BE7AQBBASEAA0AgAEGAAkgEQCAAQQF0QbDmAWogASAAQauIAWotAABqIgE7AQAgAEEBaiEADAELC0Gw5gEkBAsEAEEACwYAQbDqAQtXAQJ/IANBACAEQQJ0/AsAA0AgASAFSgRAIAMgACAFQQF0ai8BAEECdGoiBCgCACEGIAQgAgR/IAIgBWotAABBAEcFQQELIAZqNgIAIAVBAWohBQwBCwsLLgEBfwNAIAEgA0oEQCAAIANBAXRqLwEAIAJKBEAgAw8LIANBAWohAwwBCwtBfwsHACAAQQZsC7UCAgZ/AX1BASADdCIDQQJ0IgkgBGohCiAEQQAgCfwLAANAIAIgBkoEQCAEIAAgBkEBdGovAQBBAnRqIgkgCSgCAEEBajYCACAGQQFqIQYMAQsLA0AgBCAFQQJ0aigCAEUEQCAFQQFqIQUMAQsLIAQgBUECdGooAgAiBiACRgR/QQAFIANBAWuyIAIgBmuylSELIAogBUEBdGpBADsBACAFQQFqIQUDQCADIAVKBEAgCiAFQQF0akH//wMgCCAEIAVBAnRqKAIAaiIIsiALlJD8ACIGIAZB//8DShtBACAGQQBOGzsBACAFQQFqIQUMAQsLQQELBEADQCAHIAJBAXRJBEAgASAHaiAKIAAgB2ovAQBBAXRqLwEAOwEAIAdBAmohBwwBCwsFIAEgACACQQF0/AoAAAsLmwMCA38BfSAAIAJBAEGAyAAQAQNAIANBAnRBgMgAaigCAEUEQCADQQFqIQMMAQsLIANBAnRBgMgAaigCACIFIAJGBH9BAAVDAAB/QyACIAVrspUhBiADQYDQAGpBADoAACADQQFqIQMDQCADQYACSARAIANBgNAAakH/ASAEIANBAnRBgMgAaigCAGoiBLIgBpSQ/AAiBSAFQf8BShtBACAFQQBOGzoAACADQQFqIQMMAQsLQQELBEBBACEDA0AgA0EIaiIEIAJMBEAgASADaiAAIANqIgMtAABBgNAAajEAACADLQABQYDQAGoxAABCCIaEIAMtAAJBgNAAajEAAEIQhoQgAy0AA0GA0ABqMQAAQhiGhCADLQAEQYDQAGoxAABCIIaEIAMtAAVBgNAAajEAAEIohoQgAy0ABkGA0ABqMQAAQjCGhCADLQAHQYDQAGoxAABCOIaENwMAIAQhAwwBCwsDQCACIANKBEAgASADaiAAIANqLQAAQYDQAGotAAA6AAAgA0EBaiEDDAELCwUgASAAIAL8CgAACwu6AgIBfgZ/QQJBAkEAIAQbIglrIQQgACADQQF0IgcgAmxqIQIDQCAAIAJJBEAgADMBACAAMwECQhCGhCAAMwEEQiCGhCIFQv//A4OnIgggBUIgiKdBgIACayIGQfxTbCAFQhCIQv//A4OnQYCAAmsiCkHOpH9sakGAQGtBDnVqIQsgASAJQQF0akH//wMgCCAKQcuzAWxBgEBrQQ51aiIKIApB//8DShtBACAKQQBOG6xB//8DIAsgC0H//wNKG0EAIAtBAE4brEIQhoRB//8DIAggBkH54gFsQYBAa0EOdWoiBiAGQf//A0obQQAgBkEAThusQiCGhCIFPQEAIAEgBUIQhz0BAiABIARBAXRqIAVCIIc9AQAgA0EERgRAIAEgAC8BBjsBBgsgACAHaiEAIAEgB2ohAQwBCwsLowIBBX9BAkECQQAgBBsiBWshBiAAIgQgAiADbGohBwNAIAQgB0kEQCAELQAAIAQtAAFBCHRyIAQtAAJBEHRyIgJB/wFxIgAgAkEQdkGAAWsiCEH8U2wgAkEIdkH/AXFBgAFrIglBzqR/bGpBgEBrQQ51aiECIAEgBWpB/wEgACAJQcuzAWxBgEBrQQ51aiIJIAlB/wFKG0EAIAlBAE4brEH/ASACIAJB/wFKG0EAIAJBAE4brEIIhoRB/wEgACAIQfniAWxBgEBrQQ51aiIAIABB/wFKG0EAIABBAE4brEIQhoSnIgA6AAAgASAAQQh1OgABIAEgBmogAEEQdToAACADQQRGBEAgASAELQADOgADCyADIARqIQQgASADaiEBDAELCwt0AQF/QQJBAkEAIAQbIgRrIQUgA0EBdCEDIAEgAkEBdGohAgNAIAEgAkkEQCABIAAgBEEBdGovAQBBoyZsIAAvAQJBkcsAbGogACAFQQF0ai8BAEHMDmxqQYBAa0EOdTsBACAAIANqIQAgAUECaiEBDAELCwtkAQF/QQJBAkEAIAQbIgRrIQUgASACaiECA0AgASACSQRAIAEgACAEai0AAEGjJmwgAC0AAUGRywBsaiAAIAVqLQAAQcwObGpBgEBrQQ52OgAAIAAgA2ohACABQQFqIQEMAQsLC8UDAgF+CH9BAkECQQAgBRsiCWshCiAEIgVBAXQhCCACIQQgASADQQF0aiELA0AgASALSQRAIAEzAQAgCUEBdCIMIABqLwEAIgNBoyZsIAAvAQJBkcsAbGogCkEBdCICIABqLwEAIg1BzA5sakGAQGtBDnUiDqxB//8DIAMgDmtBotsAbEGAwICAAmpBDnUiAyADQf//A0obQQAgA0EAThusQhCGhEH//wMgDSAOa0GZyABsQYDAgIACakEOdSIDIANB//8DShtBACADQQBOG6xCIIaEQoCAfIOEIgdC//8Dg6ciDSAHQiCHp0GAgAJrIg5B/FNsIAdCEIdC//8Dg6dBgIACayIPQc6kf2xqQYBAa0EOdWohAyAEIAxqIAYgDSAPQcuzAWxBgEBrQQ51aiIMIAYgDEgbQQAgDEEAThusIAYgAyADIAZKG0EAIANBAE4brEIQhoQgBiANIA5B+eIBbEGAQGtBDnVqIgMgAyAGShtBACADQQBOG6xCIIaEIgc9AQAgBCAHQhCHPQECIAIgBGogB0Ighz0BACAFQQRGBEAgBCAALwEGOwEGCyAAIAhqIQAgAUECaiEBIAQgCGohBAwBCwsLpQMBBX9BAkECQQAgBRsiB2shCCAEIQUgAiEEIAEgA2ohAwNAIAEgA0kEQCABLQAAIAAgB2otAAAiAkGjJmwgAC0AAUGRywBsaiAAIAhqLQAAIglBzA5sakGAQGtBDnYiCqxB/wEgAiAKa0Gi2wBsQYDAgAFqQQ51IgIgAkH/AUobQQAgAkEAThusQgiGhEH/ASAJIAprQZnIAGxBgMCAAWpBDnUiAiACQf8BShtBACACQQBOG6xCEIaEp0GAfnFyIgJB/wFxIgkgAkEQdUGAAWsiCkH8U2wgAkEIdUH/AXFBgAFrIgtBzqR/bGpBgEBrQQ51aiECIAQgB2ogBiAJIAtBy7MBbEGAQGtBDnVqIgsgBiALSBtBACALQQBOG6wgBiACIAIgBkobQQAgAkEAThusQgiGhCAGIAkgCkH54gFsQYBAa0EOdWoiAiACIAZKG0EAIAJBAE4brEIQhoSnIgI6AAAgBCACQQh1OgABIAQgCGogAkEQdToAACAFQQRGBEAgBCAALQADOgADCyAAIAVqIQAgAUEBaiEBIAQgBWohBAwBCwsLiQICBX8BfkECQQJBACAEGyIGayEHIAMiBEEBdCEFIAEhAyAAIAIgBWxqIQgDQCAAIAhJBEAgAyAAIAZBAXRqLwEAIglBoyZsIAAvAQJBkcsAbGogACAHQQF0ai8BACIBQcwObGpBgEBrQQ51IgKsQf//AyAJIAJrQaLbAGxBgMCAgAJqQQ51IgkgCUH//wNKG0EAIAlBAE4brEIQhoRB//8DIAEgAmtBmcgAbEGAwICAAmpBDnUiASABQf//A0obQQAgAUEAThusQiCGhCIKPQEAIAMgCkIQhz0BAiADIApCIIc9AQQgBEEERgRAIAMgAC8BBjsBBgsgACAFaiEAIAMgBWohAwwBCwsL9wEBBH9BAkECQQAgBBsiBWshBiADIQQgASEDIAAgAiAEbGohBwNAIAAgB0kEQCADIAAgBWotAAAiCEGjJmwgAC0AAUGRywBsaiAAIAZqLQAAIgFBzA5sakGAQGtBDnYiAqxB/wEgCCACa0Gi2wBsQYDAgAFqQQ51IgggCEH/AUobQQAgCEEAThusQgiGhEH/ASABIAJrQZnIAGxBgMCAAWpBDnUiASABQf8BShtBACABQQBOG6xCEIaEpyIBOgAAIAMgAUEIdToAASADIAFBEHU6AAIgBEEERgRAIAMgAC0AAzoAAwsgACAEaiEAIAMgBGohAwwBCwsLhwMBBn9BAkECQQAgBBsiBWshBiADIQQgASEDIAAgAiAEbGohAQNAIAAgAUkEQCADQf8BIwEjACAAIAVqLQAAQQF0ai8BACICQecGbCMAIAAtAAFBAXRqLwEAIgdB8RZsaiMAIAAgBmotAABBAXRqLwEAIghBqAJsakGAEGpBDHZBAXRqLwEAIglBqAJsQebM0ABrQQ91IgogCkH/AUobQQAgCkEAThtB/wFxQf8BIwEgAkHxDWwgB0GFDGxqIAhBigZsakGAEGpBDHZBAXRqLwEAIAlrQfQDbEGAgIECakEPdSIKIApB/wFKG0EAIApBAE4bQf8BcUEIdHJB/wEgCSMBIAJByQBsIAdBwANsaiAIQfcbbGpBgBBqQQx2QQF0ai8BAGtByAFsQYCAgQJqQQ91IgIgAkH/AUobQQAgAkEAThtB/wFxQRB0ciICOgAAIAMgAkEIdjoAASADIAJBEHY6AAIgBEEERgRAIAMgAC0AAzoAAwsgACAEaiEAIAMgBGohAwwBCwsLmgIBBn9BAkECQQAgBBsiBWshBiADIQQgASEDIAAgAiAEbGohCQNAIAAgCUkEQCADIAAgBWotAAAiASAALQABIgIgACAGai0AACIKIAIgCkobIgcgASAHShsiByABIAIgCiACIApIGyIIIAEgCEgbayIIIAdBAnRBgNIAaigCAGxBgBBqQQx1QQh0IAEgB0YEfyACIAprBSAKIAFrIAhBAXRqIAEgAmsgCEECdGogAiAHRhsLIAhBAnRBgOIAaigCAGxBgBBqQQx1IgFBgAJqIAEgAUEASBtyIAdBEHRyIgE6AAAgAyABQQh1OgABIAMgAUEQdToAAiAEQQRGBEAgAyAALQADOgADCyAAIARqIQAgAyAEaiEDDAELCwuaAgEGf0ECQQJBACAEGyIFayEGIAMhBCABIQMgACACIARsaiEJA0AgACAJSQRAIAMgACAFai0AACIBIAAtAAEiAiAAIAZqLQAAIgogAiAKShsiByABIAdKGyIHIAEgAiAKIAIgCkgbIgggASAISBtrIgggB0ECdEGA0gBqKAIAbEGAEGpBDHVBCHQgASAHRgR/IAIgCmsFIAogAWsgCEEBdGogASACayAIQQJ0aiACIAdGGwsgCEECdEGA2gBqKAIAbEGAEGpBDHUiAUG0AWogASABQQBIG3IgB0EQdHIiAToAACADIAFBCHU6AAEgAyABQRB1OgACIARBBEYEQCADIAAtAAM6AAMLIAAgBGohACADIARqIQMMAQsLC94DAQd/QQJBAkEAIAQbIgVrIQYgACIEIAIgA2xqIQkDQCAEIAlJBEAgASAFaiAELQAAIAQtAAFBCHRyIAQtAAJBEHRyIghB/wFxQQF0IgsjA2ovAQAhAiAIQRB2QdfHAmxBEGpBCXZB9NEAayEHIwIhAEH/HyMEIAtqLwEAIgsgCEEIdkH/AXFBk7EQbEGAAWpBDXZB4iBraiIIQb4aTAR/IAhB7ABsQckGbUGiAmsFIAggCGxBgIABbSAIbEGAgAFtCyIIQcNibCACQYQ8bGogCyAHayIHQb4aTAR/IAdB7ABsQckGbUGiAmsFIAcgB2xBgIABbSAHbEGAgAFtCyIHQbkBbGpBgEBrQQ51IgsgC0H/H0obIQsjAkH/HyAIQcfiAGwgAkHoTmxqIAdB0W5sakGAQGtBDnUiCiAKQf8fShsiCkEAIApBAE4bai0AACAAIAtBACALQQBOG2otAABBCHRyIwJB/x8gCEHZAWwgAkG8eWxqIAdB6yRsakGAQGtBDnUiACAAQf8fShsiAEEAIABBAE4bai0AAEEQdHIiADoAACABIABBCHY6AAEgASAGaiAAQRB2OgAAIANBBEYEQCABIAQtAAM6AAMLIAMgBGohBCABIANqIQEMAQsLC6gBAQJ/QQJBAkEAIAQbIgRrIQUgASACaiEGA0AgASAGSQRAIAFB/wEjASMAIAAgBGotAABBAXRqLwEAQecGbCMAIAAtAAFBAXRqLwEAQfEWbGojACAAIAVqLQAAQQF0ai8BAEGoAmxqQYAQakEMdkEBdGovAQBBqAJsQebM0ABrQQ91IgIgAkH/AUobQQAgAkEAThs6AAAgACADaiEAIAFBAWohAQwBCwsL9gUBBn9BAkECQQAgBRsiBmshByAEIQUgAiEEIAEgA2ohAwNAIAEgA0kEQCAEIAZqIAEtAABB/wEjASMAIAAgBmotAABBAXRqLwEAIgJB5wZsIwAgAC0AAUEBdGovAQAiCUHxFmxqIwAgACAHai0AAEEBdGovAQAiCkGoAmxqQYAQakEMdkEBdGovAQAiC0GoAmxB5szQAGtBD3UiDCAMQf8BShtBACAMQQBOG0H/AXFB/wEjASACQfENbCAJQYUMbGogCkGKBmxqQYAQakEMdkEBdGovAQAgC2tB9ANsQYCAgQJqQQ91IgwgDEH/AUobQQAgDEEAThtB/wFxQQh0ckH/ASALIwEgAkHJAGwgCUHAA2xqIApB9xtsakGAEGpBDHZBAXRqLwEAa0HIAWxBgICBAmpBD3UiAiACQf8BShtBACACQQBOG0H/AXFBEHRyQYB+cXIiAkH/AXFBAXQiCSMDai8BACEKIAJBEHZB18cCbEEQakEJdkH00QBrIQsjAiEMQf8fIwQgCWovAQAiCSACQQh2Qf8BcUGTsRBsQYABakENdkHiIGtqIgJBvhpMBH8gAkHsAGxByQZtQaICawUgAiACbEGAgAFtIAJsQYCAAW0LIgJBw2JsIApBhDxsaiAJIAtrIglBvhpMBH8gCUHsAGxByQZtQaICawUgCSAJbEGAgAFtIAlsQYCAAW0LIglBuQFsakGAQGtBDnUiCyALQf8fShshCyMCQf8fIAJBx+IAbCAKQehObGogCUHRbmxqQYBAa0EOdSIIIAhB/x9KGyIIQQAgCEEAThtqLQAAIAwgC0EAIAtBAE4bai0AAEEIdHIjAkH/HyACQdkBbCAKQbx5bGogCUHrJGxqQYBAa0EOdSICIAJB/x9KGyICQQAgAkEAThtqLQAAQRB0ciICOgAAIAQgAkEIdjoAASAEIAdqIAJBEHY6AAAgBUEERgRAIAQgAC0AAzoAAwsgACAFaiEAIAFBAWohASAEIAVqIQQMAQsLC/wDAgN9A39BAkECQQAgBBsiCGshCSAAIgQgAiADbGohAANAIAAgBEsEQCAELQAAIAQtAAFBCHRyIAQtAAJBEHRyIgJB/wFxIQogAkEQdrJDgYCAO5QhBiABIAhqAn8gAkEIdkH/AXGyQ4GAgDuUIgdDAAAAAFsEQEH/ASAGQwAAf0OUkPwAIgIgAkH/AUobQQAgAkEAThtB/wFxQYGCBGwMAQtBoOoAIAY4AgBBpOoAIAZDAACAPyAHk5Q4AgAgCrJDwcDAPJQiBUMAAMBAYARAIAVDAADAwJIhBQtBqOoAIAZDAACAPyAHIAUgBY78ACICspMiBZSTlDgCAEGs6gAgBkMAAIA/IAdDAACAPyAFk5STlDgCAEH/ASACQQNsQYDqAGoiAi0AAkECdEGg6gBqKgIAQwAAf0OUkPwAIgogCkH/AUobQQAgCkEAThtB/wFxQf8BIAItAAFBAnRBoOoAaioCAEMAAH9DlJD8ACIKIApB/wFKG0EAIApBAE4bQf8BcUEIdHJB/wEgAi0AAEECdEGg6gBqKgIAQwAAf0OUkPwAIgIgAkH/AUobQQAgAkEAThtB/wFxQRB0cgsiAjoAACABIAJBCHU6AAEgASAJaiACQRB1OgAAIANBBEYEQCABIAQtAAM6AAMLIAMgBGohBCABIANqIQEMAQsLC/wDAgN9A39BAkECQQAgBBsiCGshCSAAIgQgAiADbGohAANAIAAgBEsEQCAELQAAIAQtAAFBCHRyIAQtAAJBEHRyIgJB/wFxIQogAkEQdrJDgYCAO5QhBiABIAhqAn8gAkEIdkH/AXGyQ4GAgDuUIgdDAAAAAFsEQEH/ASAGQwAAf0OUkPwAIgIgAkH/AUobQQAgAkEAThtB/wFxQYGCBGwMAQtBoOoAIAY4AgBBpOoAIAZDAACAPyAHk5Q4AgAgCrJDiYgIPZQiBUMAAMBAYARAIAVDAADAwJIhBQtBqOoAIAZDAACAPyAHIAUgBY78ACICspMiBZSTlDgCAEGs6gAgBkMAAIA/IAdDAACAPyAFk5STlDgCAEH/ASACQQNsQYDqAGoiAi0AAkECdEGg6gBqKgIAQwAAf0OUkPwAIgogCkH/AUobQQAgCkEAThtB/wFxQf8BIAItAAFBAnRBoOoAaioCAEMAAH9DlJD8ACIKIApB/wFKG0EAIApBAE4bQf8BcUEIdHJB/wEgAi0AAEECdEGg6gBqKgIAQwAAf0OUkPwAIgIgAkH/AUobQQAgAkEAThtB/wFxQRB0cgsiAjoAACABIAJBCHU6AAEgASAJaiACQRB1OgAAIANBBEYEQCABIAQtAAM6AAMLIAMgBGohBCABIANqIQEMAQsLC2IBBH9BAkECQQAgBBsiBGshBiABIAJqIQcDQCABIAdJBEAgASAAIARqLQAAIgIgAC0AASIFIAAgBmotAAAiCCAFIAhKGyIFIAIgBUobOgAAIAAgA2ohACABQQFqIQEMAQsLC6wFAgN9Bn9BAkECQQAgBRsiBmshCiAEIQUgAiEEIAEgA2ohAwNAIAEgA0kEQCAEIAZqIAAgBmotAAAiDCAALQABIg0gACAKai0AACICIAIgDUgbIg4gDCAOShsiDiAMIA0gAiACIA1KGyIPIAwgD0gbayIPIA5BAnRBgNIAaigCAGxBgBBqQQx1QQh0IAwgDkYEfyANIAJrBSACIAxrIA9BAXRqIAwgDWsgD0ECdGogDSAORhsLIA9BAnRBgNoAaigCAGxBgBBqQQx1IgJBtAFqIAIgAkEASBtyIA5BEHRyQf//g3hxIAEtAABBEHRyIgJB/wFxIQwgAkEQdbJDgYCAO5QhCAJ/IAJBCHVB/wFxskOBgIA7lCIJQwAAAABbBEBB/wEgCEMAAH9DlJD8ACICIAJB/wFKG0EAIAJBAE4bQf8BcUGBggRsDAELQaDqACAIOAIAQaTqACAIQwAAgD8gCZOUOAIAIAyyQ4mICD2UIgdDAADAQGAEQCAHQwAAwMCSIQcLQajqACAIQwAAgD8gCSAHIAeO/AAiArKTIgeUk5Q4AgBBrOoAIAhDAACAPyAJQwAAgD8gB5OUk5Q4AgBB/wEgAkEDbEGA6gBqIgItAAJBAnRBoOoAaioCAEMAAH9DlJD8ACILIAtB/wFKG0EAIAtBAE4bQf8BcUH/ASACLQABQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiCyALQf8BShtBACALQQBOG0H/AXFBCHRyQf8BIAItAABBAnRBoOoAaioCAEMAAH9DlJD8ACICIAJB/wFKG0EAIAJBAE4bQf8BcUEQdHILIgI6AAAgBCACQQh1OgABIAQgCmogAkEQdToAACAFQQRGBEAgBCAALQADOgADCyAAIAVqIQAgAUEBaiEBIAQgBWohBAwBCwsLkwQCCn8FfSACQQNqQXxxQQJ0IhAgCmohDiAOIBBqIg8gEGohEEMAAIA/IAaylSEVA0AgAiALSgRAIAtBAnQiBiAKaiALsiAVlEMAAAC/kiIWjvwAIhE2AgAgBiAPaiAWIBGykyIWOAIAIAYgEGpDAACAPyAWkzgCACALQQFqIQsMAQsLA0AgDCACQQJ0SQRAIAogDGoiBigCACELIAYgC0EAIAtBAEobIAlsNgIAIAwgDmogC0EBaiIGIARBAWsiCyAGIAtIGyAJbDYCACAMQQRqIQwMAQsLQwAAgD8gB7KVIRggBCAJbCEJA0AgAyANSgRAIA2yIBiUQwAAAL+SIhWO/AAhBEMAAIA/IBUgBLKTIhaTIRkgCCAEQQAgBEEAShsgCWxqIQsgCCAEQQFqIgQgBUEBayIGIAQgBkgbIAlsaiEMIAIgDWxBAXQiBCAAaiERIAEgBGohEkEAIQQDQCACIARKBEAgESAEQQF0IhNqLwEAQQF0IgYgBEECdCIHIApqKAIAaiEUIBIgE2pB//8DIAsgFGovAQCzIAcgEGoqAgAiF5QgByAOaigCACAGaiIGIAtqLwEAsyAHIA9qKgIAIhWUkiAZlCAMIBRqLwEAsyAXlCAGIAxqLwEAsyAVlJIgFpSSkPwAIgYgBkH//wNKG0EAIAZBAE4bOwEAIARBAWohBAwBCwsgDUEBaiENDAELCwulBQIFfQt/IAJBA2pBfHFBAnQiEiAKaiIRIBJqIRJDAACAPyAGspUhC0EAIQYDQCACIAZKBEAgBkECdCITIApqIAayIAuUQwAAAL+SIgyO/AAiFDYCACARIBNqIAwgFLKTIgw4AgAgEiATakMAAIA/IAyTOAIAIAZBAWohBgwBCwtBACEGA0AgBiACQQJ0SQRAIAYgCmoiEyAJIBMoAgBBAWpBCnRqNgIAIAZBBGohBgwBCwtDAACAPyAHspUhDkGAgICAeCEHA0AgAyAQSgRAIBCyIA6UQwAAAL+SIguO/AAhFEMAAIA/IAsgFLKTIgyTIQ8gByAURwRAIBRBACAUQQBKGyETIBRBAWoiBiAFQQFrIgcgBiAHSBshFUEAIQYDQCAEIAZOBEAgCCAGQQFrIgdBACAHQQBKGyIHIAQgE2wiFmpBCHRqIRcgCCAGIARBAWsiGCAGIBhIGyIYIBZqQQh0aiEWIAggBCAVbCIZIAdqQQh0aiEaIAggGCAZakEIdGohGCAJIAZBCnRqIRlBACEHA0AgB0GAAkkEQCAZIAdBAnRqIAcgF2otAAAgByAWai0AAEEIdHIgByAaai0AAEEQdHIgByAYai0AAEEYdHI2AgAgB0EBaiEHDAELCyAGQQFqIQYMAQsLIBQhBwsgAiAQbCIGIABqIRMgASAGaiEUQQAhBgNAIAIgBkoEQCAGIBRqQf8BIAZBAnQiFSAKaigCACAGIBNqLQAAQQJ0aigCACIWQf8BcbIgEiAVaioCACINlCAWQQh2Qf8BcbIgESAVaioCACILlJIgD5QgFkEQdkH/AXGyIA2UIBZBGHayIAuUkiAMlJKQ/AAiFSAVQf8BShtBACAVQQBOGzoAACAGQQFqIQYMAQsLIBBBAWohEAwBCwsLJQAgASACbEEIdCABQQ10aiABQQFqQQp0aiAAQQNqQXxxQQxsagsfACABIAJsIANsQQF0IANBAnRqIABBA2pBfHFBBHRqC/wDAQ1/IAsiDCAKQQF0IhQgBCAFbGxqIhcgCkECdGohEgNAIAUgFUoEQEEAIRYDQCAEIBZKBEAgF0EAIApBAnT8CwAgBiAWbCIOIAZqIgsgAiACIAtKGyERIAcgFWwiECELA0AgCyAHIBBqSARAIAACfyALIAMgC0oNABpBACADQQFGDQAaIAsgA0EBdEECayINbyIPIA0gD2sgAyAPShsLIAJsQQF0aiETIA4hDQNAIA0gEUgEQCAXIBMgDUEBdGovAQBBAnRqIg8gDygCAEEBajYCACANQQFqIQ0MAQsLIA4gAiACIA5IGyENA0AgDSAGIA5qSARAIBcgEwJ/IA0gAiANSg0AGkEAIAJBAUYNABogDSACQQF0QQJrIg9vIhggDyAYayACIBhKGwtBAXRqLwEAQQJ0aiIPIA8oAgBBAWo2AgAgDUEBaiENDAELCyALQQFqIQsMAQsLIAhBAEoEQCAXIAogCBAACyAMIAQgFWwgFmogFGxqIQ5BACENQQAhCwNAIAogC0oEQCAOIAtBAXRqQf//AyANIBcgC0ECdGooAgBqIg2yIAmUkPwAIg8gD0H//wNKG0EAIA9BAE4bOwEAIAtBAWohCwwBCwsgFkEBaiEWDAELCyAVQQFqIRUMAQsLIAAgASACIAMgBCAFIAYgByAMIBQgEhAeC1IBAn8gCiAEIAVsQQh0aiIMIARBDXRqIQsgACACIAMgBCAFIAYgByAIIAkgDCAKECQgACABIAIgAyAEIAUgBiAHIAogCyALIARBAWpBCnRqEB8LzQQBDX9BCEEBIAUgBmxBgCBOGyIQQQp0IQ8DQCAEIA5KBEAgCUEAIAMgD2z8CwAgBiAObCILIAZqIRQDQCALIBRIBEAgAAJ/IAsgAiALSg0AGkEAIAJBAUYNABogCyACQQF0QQJrIgxvIg0gDCANayACIA1KGwsgAWxqIRFBgAhBACAQQQFHGyEVQQAhDQNAIAMgDUoEQCAJIA0gD2xqIRYgBSANbCIMIAVqIhIgASABIBJKGyETIAwgE0gEQCAWIBUgDCARaiATIAxrEAILIAwgASABIAxIGyEMA0AgDCASSARAIBYCfyAMIAEgDEoNABpBACABQQFGDQAaIAwgAUEBdEECayIXbyITIBcgE2sgASATShsLIBFqLQAAQQJ0aiITIBMoAgBBAWo2AgAgDEEBaiEMDAELCyANQQFqIQ0MAQsLIAtBAWohCwwBCwtBACEMA0AgAyAMSgRAIAkgDCAPbGohESAQQQFHBEBBACELA0AgC0GACEkEQCALIBFqIg0gDSgCgDggDSgCgDAgDSgCgCggDSgCgCAgDSgCgBggDSgCgBAgDSgCACANKAKACGpqampqamo2AgAgC0EEaiELDAELCwsgB0EASgRAIBFBgAIgBxAACyAKIAMgDmwgDGpBCHRqIRJBACENQQAhCwNAIAtBgAJIBEAgCyASakH/ASANIBEgC0ECdGooAgBqIg2yIAiUkPwAIhMgE0H/AUobQQAgE0EAThs6AAAgC0EBaiELDAELCyAMQQFqIQwMAQsLIA5BAWohDgwBCwsLXQEBfyAEQQAgBUECdPwLACACQQF0IQIDQCABIAZKBEAgAwR/IAMgBmotAAAFQQELBEAgBCAALwEAQQJ0aiIFIAUoAgBBAWo2AgALIAZBAWohBiAAIAJqIQAMAQsLC1QBAn8gBEEAQYAI/AsAA0AgASAFSgRAIAMEfyADIAVqLQAABUEBCwRAIAQgAC0AAEECdGoiBiAGKAIAQQFqNgIACyAFQQFqIQUgACACaiEADAELCwsLvCAGAEGA6gALEQEDAAEAAgMAAQACAQABAwIBAEGw6gAL/wEBAAEAAQEAAQEAAQEAAQEBAAEBAQEBAQIBAQECAQECAQICAQICAgECAgICAgMCAgIDAgMCAwIDAwIDAwMDAwMEAwMEAwMEBAMEBAQDBAQFBAQEBAUEBQQFBQUEBQUFBQYFBQYFBQYGBQYGBgYGBgYHBgYHBgcHBgcHBwcHBwgHBwgHCAgHCAgICAgJCAgJCAkJCAkJCQkJCgkJCgkKCgkKCgoKCgsKCgsKCwsLCgsMCwsLDAsMCwwMDAwMDAwMDQwNDQwNDQ0NDQ4NDQ4NDg4ODg4ODg4PDg8ODw8PDw8PEA8PEBAPEBAQEBAREBEQEREQERESEREREhIREhISEhIAQa/sAAv/F319fX19fX19fX59fX19fX19fXt3c3BsaWZjYV9cWlhXVFNRUE5NTEpJSEdFRUNDQkBAPz89PTw7Ojo5OTg3NzY1NTU0MzMzMjExMTAwLy8vLi4tLS0sLCwsKyorKiopKSkpKCgoKCcnJycmJiYmJSUlJSQlJCQjJCMjIyMiIyIiIiEiISEhISEgISAgIB8gHyAfHx8eHx4fHh4eHh0eHR0eHR0cHR0cHB0cHBwbHBwbHBsbGxsbGxobGhsaGhoaGhoaGhkaGRkZGhkZGRgZGRgZGBkYGBgYGBgYGBcYFxgXGBcXFxcXFxcXFhcXFhcWFhcWFhYWFhYWFRYWFRYWFRUWFRUVFhUVFRQVFRUVFBUUFRQVFBQUFRQUFBQUFBQUExQUExQTFBMUExQTExMTFBMTExMSExMTExITExITEhMSExISEhMSEhISEhISEhISEhIREhISERIREhESERIRERIREREREhEREREREREQERERERARERARERAREBEQEBEQEBEQEBAREBAQEBAQEBAQEBAQDxAQEA8QEA8QEA8QDxAPEA8QDw8QDw8PEA8PDw8PDxAPDw8PDg8PDw8PDw4PDw8ODw8ODw8ODw4PDg8ODg8ODw4ODw4ODg8ODg4ODg4PDg4ODg4ODg0ODg4ODg4NDg4ODQ4ODQ4ODQ4NDg4NDg0NDg0ODQ4NDQ4NDQ0ODQ0NDg0NDQ0NDQ0ODQ0NDQ0NDQwNDQ0NDQ0NDA0NDQwNDQ0MDQ0MDQwNDQwNDA0MDQwNDA0MDA0MDQwMDQwMDA0MDAwNDAwMDAwNDAwMDAwMDAwMDAwMDAwMDAwMCwwMDAwMCwwMDAwLDAwLDAwLDAwLDAwLDAsMCwwLDAsMCwwLDAsMCwsMCwsMCwsMCwsMCwsLDAsLCwsMCwsLCwsLDAsLCwsLCwsLCwsLCwsLCwsLCgsLCwsLCwsKCwsLCwoLCwsKCwsLCgsLCgsLCgsKCwsKCwoLCgsLCgsKCwoLCgoLCgsKCwoKCwoLCgoLCgoLCgoKCwoKCgsKCgoLCgoKCgoLCgoKCgoKCgoLCgoKCgoKCgoKCgoKCgoKCgoJCgoKCgoKCgoJCgoKCgoJCgoKCQoKCgkKCgoJCgoJCgoJCgoJCgoJCgkKCgkKCQoJCgoJCgkKCQoJCgkJCgkKCQoJCQoJCgkJCgkKCQkKCQkJCgkJCgkJCQoJCQkKCQkJCgkJCQkJCgkJCQkJCQoJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCAkJCQkJCQkICQkJCQgJCQkJCAkJCQgJCQkICQkJCAkJCAkJCAkJCAkJCAkJCAkICQkICQgJCQgJCAkICQgJCAkICQgJCAkICQgJCAkICQgICQgJCAgJCAkICAkICAkICAkICAkICAkICAkICAgJCAgICQgICAkICAgICQgICAgJCAgICAgJCAgICAgICAkICAgICAgICAgICAgICAgJCAgICAgICAgICAcICAgICAgICAgICAgICAgHCAgICAgICAcICAgICAgHCAgICAcICAgIBwgICAgHCAgIBwgIBwgICAcICAgHCAgHCAgHCAgHCAgHCAgHCAcICAcIBwgIBwgHCAgHCAcIBwgHCAgHCAcIBwgHCAcIBwgHCAcIBwgHBwgHCAcIBwcIBwgHCAcHCAcIBwcIBwcIBwgHBwgHBwgHBwgHBwgHBwcIBwcIBwcHCAcHBwgHBwcIBwcHCAcHBwcIBwcHBwgHBwcHCAcHBwcHCAcHBwcHBwcIBwcHBwcHBwcHCAcHBwcHBwcHBwcHBwcHBwcHBwcHCAcHBwcHBwYHBwcHBwcHBwcHBwcHBwcHBwcHBwYHBwcHBwcHBwcGBwcHBwcHBwYHBwcHBwYHBwcHBwYHBwcHBgcHBwcGBwcHBwYHBwcGBwcHBgcHBwYHBwYHBwcGBwcGBwcHBgcHBgcHBgcHBgcHBgcHBgcHBgcGBwcGBwcGBwYHBwYHBgcHBgcGBwYHBwYHBgcGBwYHBgcHBgcGBwYHBgcGBwYHBgcGBwYHBgcGBwYHBgYHBgcGBwYHBgYHBgcGBwYGBwYHBgYHBgcGBgcGBwYGBwYGBwYGBwYHBgYHBgYHBgYHBgYHBgYGBwYGBwYGBwYGBgcGBgcGBgYHBgYGBwYGBgcGBgYHBgYGBgcGBgYHBgYGBgcGBgYGBgcGBgYGBwYGBgYGBwYGBgYGBgcGBgYGBgYGBwYGBgYGBgYGBgcGBgYGBgYGBgYGBgYHBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgUGBgYGBgYGBgYGBgYFBgYGBgYGBgYGBQYGBgYGBgYFBgYGBgYGBQYGBgYGBgUGBgYGBgUGBgYGBQYGBgYGBQYGBgUGBgYGBQYGBgYFBgYGBQYGBgUGBgYFBgYGBQYGBgUGBgUGBgYFBgYGBQYGBQYGBQYGBQYGBgUGBgUGBgUGBgUGBgUGBgUGBQYGBQYGBQYGBQYFBgYFBgYFBgUGBgUGBQYGBQYFBgYFBgUGBQYGBQYFBgUGBgUGBQYFBgUGBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUFBgUGBQYFBgUGBQUGBQYFBgUFBgUGBQYFBQYFBgUFBgUGBQUGBQYFBQYFBQYFBgUFBgUFBgUGBQUGBQUGBQUGBQUGBQUGBQUGBQUGBQUGBQUGBQUGBQUGBQUFBgUFBgUFBQYFBQYFBQUGBQUGBQUFBgUFBQYFBQUGBQUFBgUFBQYFBQUGBQUFBQYFBQUGBQUFBQYFBQUFBgUFBQUGBQUFBQUGBQUFBQYFBQUFBQYFBQUFBQUGBQUFBQUFBgUFBQUFBQYFBQUFBQUFBgUFBQUFBQUFBgUFBQUFBQUFBQUGBQUFBQUFBQUFBQUFBgUFBQUFBQUFBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBAUFBQUFBQUFBQUFBQUFBQUFBQUEBQUFBQUFBQUFBQUFBAUFBQUFBQUFBQUEBQUFBQUFBQUFBAUFBQUFBQUEBQUFBQUFBQQFBQUFBQUEBQUFBQUFBAUFBQUFBAUFBQUFBAUFBQUFBAUFBQUEBQUFBQQFBQUFBQQFBQUEBQUFBQQFBQUFBAUFBQQFBQUFBAUFBQQFBQUEBQUFBAUFBQQFBQUEBQUFBAUFBQQFBQUEBQUEBQUFBAUFBAUFBQQFBQQFBQUEBQUEBQUEBQUFBAUFBAUFBAUFBAUFBAUFBAUFBAUFBAUFBAUFBAUFBAUFBAUFBAUEBQUEBQUEBQUEBQQFBQQFBQQFBAUFBAUEBQUEBQUEBQQFBQQFBAUFBAUEBQQFBQQFBAUFBAUEBQQFBQQFBAUEBQUEBQQFBAUEBQUEBQQFBAUEBQUEBQQFBAUEBQQFBAUEBQUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBAUEBQQFBAUEBQQFBAUEBAUEBQQFBAUEBQQEBQQFBAUEBQQEBQQFBAUEBAUEBQQFBAQFBAUEBQQEBQQFBAQFBAUEBAUEBQQEBQQFBAQFBAUEBAUEBQQEBQQEBQQFBAQFBAQFBAUEBAUEBAUEBAUEBAUEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBQQEBAUEBAUEBAUEBAUEBAQFBAQFBAQEBQQEBQQEBQQEBAUEBAQFBAQFBAQEBQQEBAUEBAUEBAQFBAQEBQQEBAUEBAQFBAQEBQQEBAUEBAQEBQQEBAUEBAQFBAQEBAUEBAQFBAQEBAUEBAQEBQQEBAUEBAQEBQQEBAQFBAQEBAQFBAQEBAUEBAQEBAUEBAQEBQQEBAQEBQQEBAQEBQQEBAQEBQQEBAQEBAUEBAQEBAQFBAQEBAQEBQQEBAQEBAUEBAQEBAQEBQQEBAQEBAQFBAQEBAQEBAQFBAQEBAQEBAQFBAQEBAQEBAQEBAUEBAQEBAQEBAQEBAUEBAQEAEGuhAEL/wEBAQIBAQECAQEBAgEBAgECAgECAgICAgMCAwIDAgMDAwMDBAMEAwQDBAQEBQQEBQQFBQUFBQUFBgUGBgYGBgYGBwYHBwcHBwcIBwgIBwkICAgJCAkJCQkKCQkKCgoKCgoLCgsLCwsLDAsMDAwMDAwNDQwNDQ0ODQ4ODg4ODg8ODw8PDxAPEBAQEBAREBERERESERISERMSEhMTExMTExQTFBQVFBQVFRUVFRYVFhYWFxYXFhcYFxcYGBgYGBkYGRkZGRoaGRobGhsaGxsbHBscHBwcHR0cHR4dHR4eHh4fHh8fHyAfICAgICAhISEhISIiISMiIiMjIyMjJCQkJCQAQa2GAQv/AQcHBwcIBwcHBwcHBwcIBwcHBwcHBwgHCAgJCAkJCgkKCgsLCwsMDAwMDQ4NDg4ODw8QEBAQERIREhMSExQUFBUVFRYWFxcYGBgZGRoaGhscHBwdHR4fHiAfISAiISMiJCMlJSUmJicoKCkpKiorKywtLS4uLzAwMTEyMzM0NTU2Njc4ODk6Ojs8PD49Pz9AQEFCQ0NERUZGR0dJSUpLS0xNTk5QUFFRU1NUVVVXV1hZWVtbXF1eX19hYWJjZGVlZ2doampra21ubnBwcnJzdHV2d3h5ent8fH5/gICCg4OFhYeIiYmLjI2Nj5CRkpOVlZaXmZmbnJyen6Cho6OkpgBBrIgBC/8BNzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3Nzg3ODc3ODc4Nzc4Nzc4Nzg3");
var fastclahe_simd_default = __toBinary("AGFzbQEAAAABlAEQYAV/f39/fwBgB39/f39/f38AYAN/f38AYAR/f39/AGAAAGAAAX9gA39/fwF/YAt/f39/f39/f39/fwBgCH9/f39/f39/AX9gAX8Bf2AEf39/fwF/YAx/f39/f39/f399f38AYAt/f39/f39/f399fwBgC39/f39/f39/fX9/AGAIf39/f39/fX0AYAZ/f39/f38AAyopCAIDAwQEBQUABgkAAgAAAAABAQAAAAAAAAABAAAAAQcHBgoLDA0ODwAFAwEAAQYaBX8BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHzAMhCGhlYXBCYXNlAAcEc2ltZAAGCWhpc3RvZ3JhbQACC2hpc3RvZ3JhbTE2AAgMZmlyc3RBYm92ZTE2AAkQY2hhbm5lbEhpc3RvZ3JhbQAoEmNoYW5uZWxIaXN0b2dyYW0xNgAnDGVxdWFsaXplSGlzdAAMDmVxdWFsaXplSGlzdDE2AAsaZXF1YWxpemVIaXN0MTZTY3JhdGNoQnl0ZXMACgVjbGFoZQAkEWNsYWhlU2NyYXRjaEJ5dGVzACEHY2xhaGUxNgAjE2NsYWhlMTZTY3JhdGNoQnl0ZXMAIghyZ2JUb0hzdgAXDHJnYlRvSHN2RnVsbAAWCGhzdlRvUmdiABwMaHN2VG9SZ2JGdWxsABsIcmdiVG9MYWIAFQhsYWJUb1JnYgAYCnJnYlRvWUNyQ2IAFAp5Q3JDYlRvUmdiAA4McmdiVG9ZQ3JDYjE2ABMMeUNyQ2JUb1JnYjE2AA0IaHN2UGxhbmUAHQhoc3ZNZXJnZQAeCGxhYlBsYW5lABkIbGFiTWVyZ2UAGgp5Q3JDYlBsYW5lABAKeUNyQ2JNZXJnZQASDHlDckNiUGxhbmUxNgAPDHlDckNiTWVyZ2UxNgARBm1lbW9yeQIACAEEDAEGCqGTASn8HAMHewZ/AX1BgAJBtAEgARshEEPBwMA8Q4mICD0gARshFSAGQQJ0IREgAiAFIAZsakEQayESQRBBEEEAIAcbIhNrIRRBACEFA0AgAiASTQRAIAZBA0YEeyAC/QAEAP0MAAEC/wMEBf8GBwj/CQoL//0OBSAC/QAEAAshCCAAQQFGBHsgCP0M/wAAAP8AAAD/AAAA/wAAAP1OIQkgCEEI/a0B/Qz/AAAA/wAAAP8AAAD/AAAA/U4hCiAIQRD9rQH9DP8AAAD/AAAA/wAAAP8AAAD9TiELIAFBA0YEeyAJIAr9DIAAAACAAAAAgAAAAIAAAAD9sQEiCv0My1kAAMtZAADLWQAAy1kAAP21Af0MACAAAAAgAAAAIAAAACAAAP2uAUEO/awB/a4B/QwAAAAAAAAAAAAAAAAAAAAA/bgB/Qz/AAAA/wAAAP8AAAD/AAAA/bYBIAkgC/0MgAAAAIAAAACAAAAAgAAAAP2xASIL/Qz86f///On///zp///86f///bUBIAr9DE7S//9O0v//TtL//07S///9tQH9rgH9DAAgAAAAIAAAACAAAAAgAAD9rgFBDv2sAf2uAf0MAAAAAAAAAAAAAAAAAAAAAP24Af0M/wAAAP8AAAD/AAAA/wAAAP22AUEI/asBIAkgC/0MeXEAAHlxAAB5cQAAeXEAAP21Af0MACAAAAAgAAAAIAAAACAAAP2uAUEO/awB/a4B/QwAAAAAAAAAAAAAAAAAAAAA/bgB/Qz/AAAA/wAAAP8AAAD/AAAA/bYBQRD9qwH9UP1QBSAJ/foBIBX9E/3mASIJ/QwAAMBAAADAQAAAwEAAAMBA/eUBIAkgCf0MAADAQAAAwEAAAMBAAADAQP1G/VIiCf1oIQwgC/36Af0MgYCAO4GAgDuBgIA7gYCAO/3mASIL/QwAAIA/AACAPwAAgD8AAIA/IAr9+gH9DIGAgDuBgIA7gYCAO4GAgDv95gEiCv3lAf3mASENIAsgDSAL/QwAAIA/AACAPwAAgD8AAIA/IAogCSAM/eUBIgn95gH95QH95gEiDiAL/QwAAIA/AACAPwAAgD8AAIA/IAr9DAAAgD8AAIA/AACAPwAAgD8gCf3lAf3mAf3lAf3mASIJ/QwAAgEBAwAAAAAAAAAAAAAAIAz9+AEiCv0O/Qz/AAAA/wAAAP8AAAD/AAAA/U4iDP0MAgAAAAIAAAACAAAAAgAAAP03/VIgDP0MAQAAAAEAAAABAAAAAQAAAP03/VIgDP0MAAAAAAAAAAAAAAAAAAAAAP03/VL9DAAAf0MAAH9DAAB/QwAAf0P95gH9av34Af0MAAAAAAAAAAAAAAAAAAAAAP24Af0M/wAAAP8AAAD/AAAA/wAAAP22ASALIA0gDiAJ/QwDAAACAQEAAAAAAAAAAAAAIAr9Dv0M/wAAAP8AAAD/AAAA/wAAAP1OIgz9DAIAAAACAAAAAgAAAAIAAAD9N/1SIAz9DAEAAAABAAAAAQAAAAEAAAD9N/1SIAz9DAAAAAAAAAAAAAAAAAAAAAD9N/1S/QwAAH9DAAB/QwAAf0MAAH9D/eYB/Wr9+AH9DAAAAAAAAAAAAAAAAAAAAAD9uAH9DP8AAAD/AAAA/wAAAP8AAAD9tgFBCP2rASALIA0gDiAJ/QwBAQMAAAIAAAAAAAAAAAAAIAr9Dv0M/wAAAP8AAAD/AAAA/wAAAP1OIgn9DAIAAAACAAAAAgAAAAIAAAD9N/1SIAn9DAEAAAABAAAAAQAAAAEAAAD9N/1SIAn9DAAAAAAAAAAAAAAAAAAAAAD9N/1S/QwAAH9DAAB/QwAAf0MAAH9D/eYB/Wr9+AH9DAAAAAAAAAAAAAAAAAAAAAD9uAH9DP8AAAD/AAAA/wAAAP8AAAD9tgFBEP2rAf1Q/VALIgn9DAIBAAMGBQQHCgkICw4NDA/9DiAJIAcbBSAIIBP9rQH9DP8AAAD/AAAA/wAAAP8AAAD9TiEJIAhBCP2tAf0M/wAAAP8AAAD/AAAA/wAAAP1OIQogCCAU/a0B/Qz/AAAA/wAAAP8AAAD/AAAA/U4hCyABQQNGBHsgCSAJ/QwjEwAAIxMAACMTAAAjEwAA/bUBIAr9DJElAACRJQAAkSUAAJElAAD9tQH9rgEgC/0MTAcAAEwHAABMBwAATAcAAP21Af2uAf0MACAAAAAgAAAAIAAAACAAAP2uAUEO/awBIgn9sQH9DKItAACiLQAAoi0AAKItAAD9tQH9DAAAIAAAACAAAAAgAAAAIAD9rgH9DAAgAAAAIAAAACAAAAAgAAD9rgFBDv2sAf0MAAAAAAAAAAAAAAAAAAAAAP24Af0M/wAAAP8AAAD/AAAA/wAAAP22ASALIAn9sQH9DBkkAAAZJAAAGSQAABkkAAD9tQH9DAAAIAAAACAAAAAgAAAAIAD9rgH9DAAgAAAAIAAAACAAAAAgAAD9rgFBDv2sAf0MAAAAAAAAAAAAAAAAAAAAAP24Af0M/wAAAP8AAAD/AAAA/wAAAP22AUEI/asB/VAhCiAABHsgA/1cAgD9iQH9qQEiCSAK/Qz/AAAA/wAAAP8AAAD/AAAA/U79DIAAAACAAAAAgAAAAIAAAAD9sQEiC/0My1kAAMtZAADLWQAAy1kAAP21Af0MACAAAAAgAAAAIAAAACAAAP2uAUEO/awB/a4B/QwAAAAAAAAAAAAAAAAAAAAA/bgB/Qz/AAAA/wAAAP8AAAD/AAAA/bYBIAkgCkEI/a0B/QyAAAAAgAAAAIAAAACAAAAA/bEBIgr9DPzp///86f///On///zp///9tQEgC/0MTtL//07S//9O0v//TtL///21Af2uAf0MACAAAAAgAAAAIAAAACAAAP2uAUEO/awB/a4B/QwAAAAAAAAAAAAAAAAAAAAA/bgB/Qz/AAAA/wAAAP8AAAD/AAAA/bYBQQj9qwEgCSAK/Qx5cQAAeXEAAHlxAAB5cQAA/bUB/QwAIAAAACAAAAAgAAAAIAAA/a4BQQ79rAH9rgH9DAAAAAAAAAAAAAAAAAAAAAD9uAH9DP8AAAD/AAAA/wAAAP8AAAD9tgFBEP2rAf1Q/VAFIAkgCkEI/asB/VALBSAKIAv9sQEgCyAJ/bEBIAkgCiAL/bgB/bgBIgwgCSAKIAv9tgH9tgH9sQEiCyAL/a4BIg39rgEgCSAK/bEBIA0gDf2uAf2uASAMIAr9N/1SIAwgCf03/VJBgNoAQYDiACAQQbQBRhsiDyAL/RsAQQJ0aigCAP0RIA8gC/0bAUECdGooAgD9HAEgDyAL/RsCQQJ0aigCAP0cAiAPIAv9GwNBAnRqKAIA/RwD/bUB/QwACAAAAAgAAAAIAAAACAAA/a4BQQz9rAEiCSAJ/QwAAAAAAAAAAAAAAAAAAAAA/TkgEP0R/U79rgEgCyAM/RsAQQJ0QYDSAGooAgD9ESAM/RsBQQJ0QYDSAGooAgD9HAEgDP0bAkECdEGA0gBqKAIA/RwCIAz9GwNBAnRBgNIAaigCAP0cA/21Af0MAAgAAAAIAAAACAAAAAgAAP2uAUEM/awBQQj9qwH9UCEJIAAEeyAJ/Qz/AAAA/wAAAP8AAAD/AAAA/U79+gEgFf0T/eYBIgr9DAAAwEAAAMBAAADAQAAAwED95QEgCiAK/QwAAMBAAADAQAAAwEAAAMBA/Ub9UiIK/WghCyAD/VwCAP2JAf2pAf36Af0MgYCAO4GAgDuBgIA7gYCAO/3mASIM/QwAAIA/AACAPwAAgD8AAIA/IAlBCP2tAf36Af0MgYCAO4GAgDuBgIA7gYCAO/3mASIJ/eUB/eYBIQ0gDCANIAz9DAAAgD8AAIA/AACAPwAAgD8gCSAKIAv95QEiCv3mAf3lAf3mASIOIAz9DAAAgD8AAIA/AACAPwAAgD8gCf0MAACAPwAAgD8AAIA/AACAPyAK/eUB/eYB/eUB/eYBIgn9DAACAQEDAAAAAAAAAAAAAAAgC/34ASIK/Q79DP8AAAD/AAAA/wAAAP8AAAD9TiIL/QwCAAAAAgAAAAIAAAACAAAA/Tf9UiAL/QwBAAAAAQAAAAEAAAABAAAA/Tf9UiAL/QwAAAAAAAAAAAAAAAAAAAAA/Tf9Uv0MAAB/QwAAf0MAAH9DAAB/Q/3mAf1q/fgB/QwAAAAAAAAAAAAAAAAAAAAA/bgB/Qz/AAAA/wAAAP8AAAD/AAAA/bYBIAwgDSAOIAn9DAMAAAIBAQAAAAAAAAAAAAAgCv0O/Qz/AAAA/wAAAP8AAAD/AAAA/U4iC/0MAgAAAAIAAAACAAAAAgAAAP03/VIgC/0MAQAAAAEAAAABAAAAAQAAAP03/VIgC/0MAAAAAAAAAAAAAAAAAAAAAP03/VL9DAAAf0MAAH9DAAB/QwAAf0P95gH9av34Af0MAAAAAAAAAAAAAAAAAAAAAP24Af0M/wAAAP8AAAD/AAAA/wAAAP22AUEI/asBIAwgDSAOIAn9DAEBAwAAAgAAAAAAAAAAAAAgCv0O/Qz/AAAA/wAAAP8AAAD/AAAA/U4iCf0MAgAAAAIAAAACAAAAAgAAAP03/VIgCf0MAQAAAAEAAAABAAAAAQAAAP03/VIgCf0MAAAAAAAAAAAAAAAAAAAAAP03/VL9DAAAf0MAAH9DAAB/QwAAf0P95gH9av34Af0MAAAAAAAAAAAAAAAAAAAAAP24Af0M/wAAAP8AAAD/AAAA/wAAAP22AUEQ/asB/VD9UAUgCSAMQRD9qwH9UAsLIgn9DAIBAAMGBQQHCgkICw4NDA/9DiAJIAdBACAAQQJGGxsLIQkgBkEERgRAIAQgCSAI/QwAAAD/AAAA/wAAAP8AAAD//U79UP0LBAAFIAQgCf0MAAECBAUGCAkKDA0O//////0OIgj9WwMAACAEIAj9WgIIAgsgAiARaiECIANBBGohAyAEIBFqIQQgBUEEaiEFDAELCyAFC5ECAgN/A3sgACABQQJ0aiEDIAL9ESEIIAAhAgNAIAIgA0kEQCAHIAL9AAQAIgYgCP2xAf0MAAAAAAAAAAAAAAAAAAAAAP24Af2uASEHIAIgBiAI/bYB/QsEACACQRBqIQIMAQsLIAf9GwAgB/0bAWogB/0bAmogB/0bA2oiAyABbSECIAMgASACbGshBCAAIAFBAnRqIQMgAv0RIQYgACECA0AgAiADSQRAIAIgAv0ABAAgBv2uAf0LBAAgAkEQaiECDAELCyAEBEBBASABIARtIgIgAkEBTBshAwNAIARBAEogASAFSnEEQCAAIAVBAnRqIgIgAigCAEEBajYCACADIAVqIQUgBEEBayEEDAELCwsLwQEBAn9BgAhBAEGAwAD8CwAgAgRAA0AgASAESgRAIARBB3FBCnRBgAhqIAAgBGotAABBAnRqIgUgBSgCACACIARqLQAAQQBHajYCACAEQQFqIQQMAQsLBUGACEGACCAAIAEQAwtBACEBA0AgAUGACEkEQCABIANqIAFBgAhqIgAoAoA4IAAoAoAwIAAoAoAoIAAoAoAgIAAoAoAYIAAoAoAQIAAoAgAgACgCgAhqampqampqNgIAIAFBBGohAQwBCwsLswIBCX8gACABaiIFIAFqIgYgAWoiByABaiIIIAFqIgkgAWoiCiABaiELA0AgBEEIaiIBIANMBEAgACACIARqIgQtAABBAnRqIgwgDCgCAEEBajYCACAFIAQtAAFBAnRqIgwgDCgCAEEBajYCACAGIAQtAAJBAnRqIgwgDCgCAEEBajYCACAHIAQtAANBAnRqIgwgDCgCAEEBajYCACAIIAQtAARBAnRqIgwgDCgCAEEBajYCACAJIAQtAAVBAnRqIgwgDCgCAEEBajYCACAKIAQtAAZBAnRqIgwgDCgCAEEBajYCACALIAQtAAdBAnRqIgQgBCgCAEEBajYCACABIQQMAQsLA0AgAyAESgRAIAAgAiAEai0AAEECdGoiASABKAIAQQFqNgIAIARBAWohBAwBCwsLgAECAn8BfEEBIQADQCAAQYACSARAIABBAnQiAUGA0gBqRAAAAAAA4C9BIAC3IgKjnvwCNgIAIAFBgNoAakQAAAAAAIAmQSACRAAAAAAAABhAoiICo578AjYCACABQYDiAGpEAAAAAAAAMEEgAqOe/AI2AgAgAEEBaiEADAELCxAFC9ADAQN/QbCKAUEAOwEAQQEhAANAIABBgAJIBEAgAEEBdEGwigFqIAEgAEGv6gBqLQAAaiIBOwEAIABBAWohAAwBCwtBsIoBJABBqCMhAUGwjgFBqCM7AQBBASEAA0AgAEGAGEgEQCAAQQF0QbCOAWogASAAQa7sAGotAABqIgE7AQAgAEEBaiEADAELC0GwjgEkAUEAIQFBsL4BQQA7AQBBASEAA0AgAEGAAkgEQCAAQQF0QbC+AWogASAAQa2EAWotAABqIgE7AQAgAEEBaiEADAELC0EAIQADQCAAQYACSARAIABB/wFIBH8gAEEBdEGyvgFqLwEABUGAIAshAiAAQQF0QbC+AWovAQAhAQNAIAEgAkgEQCABQbDCAWogADoAACABQQFqIQEMAQsLIABBAWohAAwBCwtBsMIBJAJBACEBQbDiAUEAOwEAQQEhAANAIABBgAJIBEAgAEEBdEGw4gFqIAEgAEGshgFqLQAAaiIBOwEAIABBAWohAAwBCwtBsOIBJANB1BEhAUGw5gFB1BE7AQBBASEAA0AgAEGAAkgEQCAAQQF0QbDmAWogASAAQauIAWotAABqIgE7AQAgAEEBaiEADAELC0Gw5gEkBAsEAEEBCwYAQbDqAQtXAQJ/IANBACAEQQJ0/AsAA0AgASAFSgRAIAMgACAFQQF0ai8BAEECdGoiBCgCACEGIAQgAgR/IAIgBWotAABBAEcFQQELIAZqNgIAIAVBAWohBQwBCwsLYgICfwF7IAL9ECEFA0AgA0EIaiIEIAFMBEAgACADQQF0av0ABAAgBf0y/VNFBEAgBCEDDAILCwsDQCABIANKBEAgACADQQF0ai8BACACSgRAIAMPCyADQQFqIQMMAQsLQX8LBwAgAEEGbAu1AgIGfwF9QQEgA3QiA0ECdCIJIARqIQogBEEAIAn8CwADQCACIAZKBEAgBCAAIAZBAXRqLwEAQQJ0aiIJIAkoAgBBAWo2AgAgBkEBaiEGDAELCwNAIAQgBUECdGooAgBFBEAgBUEBaiEFDAELCyAEIAVBAnRqKAIAIgYgAkYEf0EABSADQQFrsiACIAZrspUhCyAKIAVBAXRqQQA7AQAgBUEBaiEFA0AgAyAFSgRAIAogBUEBdGpB//8DIAggBCAFQQJ0aigCAGoiCLIgC5SQ/AAiBiAGQf//A0obQQAgBkEAThs7AQAgBUEBaiEFDAELC0EBCwRAA0AgByACQQF0SQRAIAEgB2ogCiAAIAdqLwEAQQF0ai8BADsBACAHQQJqIQcMAQsLBSABIAAgAkEBdPwKAAALC5sDAgN/AX0gACACQQBBgMgAEAIDQCADQQJ0QYDIAGooAgBFBEAgA0EBaiEDDAELCyADQQJ0QYDIAGooAgAiBSACRgR/QQAFQwAAf0MgAiAFa7KVIQYgA0GA0ABqQQA6AAAgA0EBaiEDA0AgA0GAAkgEQCADQYDQAGpB/wEgBCADQQJ0QYDIAGooAgBqIgSyIAaUkPwAIgUgBUH/AUobQQAgBUEAThs6AAAgA0EBaiEDDAELC0EBCwRAQQAhAwNAIANBCGoiBCACTARAIAEgA2ogACADaiIDLQAAQYDQAGoxAAAgAy0AAUGA0ABqMQAAQgiGhCADLQACQYDQAGoxAABCEIaEIAMtAANBgNAAajEAAEIYhoQgAy0ABEGA0ABqMQAAQiCGhCADLQAFQYDQAGoxAABCKIaEIAMtAAZBgNAAajEAAEIwhoQgAy0AB0GA0ABqMQAAQjiGhDcDACAEIQMMAQsLA0AgAiADSgRAIAEgA2ogACADai0AAEGA0ABqLQAAOgAAIANBAWohAwwBCwsFIAEgACAC/AoAAAsLugICAX4Gf0ECQQJBACAEGyIJayEEIAAgA0EBdCIHIAJsaiECA0AgACACSQRAIAAzAQAgADMBAkIQhoQgADMBBEIghoQiBUL//wODpyIIIAVCIIinQYCAAmsiBkH8U2wgBUIQiEL//wODp0GAgAJrIgpBzqR/bGpBgEBrQQ51aiELIAEgCUEBdGpB//8DIAggCkHLswFsQYBAa0EOdWoiCiAKQf//A0obQQAgCkEAThusQf//AyALIAtB//8DShtBACALQQBOG6xCEIaEQf//AyAIIAZB+eIBbEGAQGtBDnVqIgYgBkH//wNKG0EAIAZBAE4brEIghoQiBT0BACABIAVCEIc9AQIgASAEQQF0aiAFQiCHPQEAIANBBEYEQCABIAAvAQY7AQYLIAAgB2ohACABIAdqIQEMAQsLC8QCAQV/QQJBAkEAIAQbIgZrIQdBAUEDIABBACABIAIgAyAEEAAgA2wiBCAAaiEFIAEgBGohBCAAIAIgA2xqIQIDQCACIAVLBEAgBS0AACAFLQABQQh0ciAFLQACQRB0ciIBQf8BcSIAIAFBEHZBgAFrIghB/FNsIAFBCHZB/wFxQYABayIJQc6kf2xqQYBAa0EOdWohASAEIAZqQf8BIAAgCUHLswFsQYBAa0EOdWoiCSAJQf8BShtBACAJQQBOG6xB/wEgASABQf8BShtBACABQQBOG6xCCIaEQf8BIAAgCEH54gFsQYBAa0EOdWoiACAAQf8BShtBACAAQQBOG6xCEIaEpyIAOgAAIAQgAEEIdToAASAEIAdqIABBEHU6AAAgA0EERgRAIAQgBS0AAzoAAwsgAyAFaiEFIAMgBGohBAwBCwsLdAEBf0ECQQJBACAEGyIEayEFIANBAXQhAyABIAJBAXRqIQIDQCABIAJJBEAgASAAIARBAXRqLwEAQaMmbCAALwECQZHLAGxqIAAgBUEBdGovAQBBzA5sakGAQGtBDnU7AQAgACADaiEAIAFBAmohAQwBCwsLZAEBf0ECQQJBACAEGyIEayEFIAEgAmohAgNAIAEgAkkEQCABIAAgBGotAABBoyZsIAAtAAFBkcsAbGogACAFai0AAEHMDmxqQYBAa0EOdjoAACAAIANqIQAgAUEBaiEBDAELCwvFAwIBfgh/QQJBAkEAIAUbIglrIQogBCIFQQF0IQggAiEEIAEgA0EBdGohCwNAIAEgC0kEQCABMwEAIAlBAXQiDCAAai8BACIDQaMmbCAALwECQZHLAGxqIApBAXQiAiAAai8BACINQcwObGpBgEBrQQ51Ig6sQf//AyADIA5rQaLbAGxBgMCAgAJqQQ51IgMgA0H//wNKG0EAIANBAE4brEIQhoRB//8DIA0gDmtBmcgAbEGAwICAAmpBDnUiAyADQf//A0obQQAgA0EAThusQiCGhEKAgHyDhCIHQv//A4OnIg0gB0Igh6dBgIACayIOQfxTbCAHQhCHQv//A4OnQYCAAmsiD0HOpH9sakGAQGtBDnVqIQMgBCAMaiAGIA0gD0HLswFsQYBAa0EOdWoiDCAGIAxIG0EAIAxBAE4brCAGIAMgAyAGShtBACADQQBOG6xCEIaEIAYgDSAOQfniAWxBgEBrQQ51aiIDIAMgBkobQQAgA0EAThusQiCGhCIHPQEAIAQgB0IQhz0BAiACIARqIAdCIIc9AQAgBUEERgRAIAQgAC8BBjsBBgsgACAIaiEAIAFBAmohASAEIAhqIQQMAQsLC8sDAQV/QQJBAkEAIAUbIghrIQlBAkEDIAAgASACIAMiByAEIAUQACIDIARsIgogAGohBSABIANqIQAgAiAKaiEDIAEgB2ohAgNAIAAgAkkEQCAALQAAIAUgCGotAAAiAUGjJmwgBS0AAUGRywBsaiAFIAlqLQAAIgdBzA5sakGAQGtBDnYiCqxB/wEgASAKa0Gi2wBsQYDAgAFqQQ51IgEgAUH/AUobQQAgAUEAThusQgiGhEH/ASAHIAprQZnIAGxBgMCAAWpBDnUiASABQf8BShtBACABQQBOG6xCEIaEp0GAfnFyIgFB/wFxIgcgAUEQdUGAAWsiCkH8U2wgAUEIdUH/AXFBgAFrIgtBzqR/bGpBgEBrQQ51aiEBIAMgCGogBiAHIAtBy7MBbEGAQGtBDnVqIgsgBiALSBtBACALQQBOG6wgBiABIAEgBkobQQAgAUEAThusQgiGhCAGIAcgCkH54gFsQYBAa0EOdWoiASABIAZKG0EAIAFBAE4brEIQhoSnIgE6AAAgAyABQQh1OgABIAMgCWogAUEQdToAACAEQQRGBEAgAyAFLQADOgADCyAEIAVqIQUgAEEBaiEAIAMgBGohAwwBCwsLiQICBX8BfkECQQJBACAEGyIGayEHIAMiBEEBdCEFIAEhAyAAIAIgBWxqIQgDQCAAIAhJBEAgAyAAIAZBAXRqLwEAIglBoyZsIAAvAQJBkcsAbGogACAHQQF0ai8BACIBQcwObGpBgEBrQQ51IgKsQf//AyAJIAJrQaLbAGxBgMCAgAJqQQ51IgkgCUH//wNKG0EAIAlBAE4brEIQhoRB//8DIAEgAmtBmcgAbEGAwICAAmpBDnUiASABQf//A0obQQAgAUEAThusQiCGhCIKPQEAIAMgCkIQhz0BAiADIApCIIc9AQQgBEEERgRAIAMgAC8BBjsBBgsgACAFaiEAIAMgBWohAwwBCwsLkgIBBH9BAkECQQAgBBsiBmshB0EAQQMgAEEAIAEgAiADIAQQACADbCIEIABqIQUgASAEaiEEIAAgAiADbGohAQNAIAEgBUsEQCAEIAUgBmotAAAiAkGjJmwgBS0AAUGRywBsaiAFIAdqLQAAIghBzA5sakGAQGtBDnYiAKxB/wEgAiAAa0Gi2wBsQYDAgAFqQQ51IgIgAkH/AUobQQAgAkEAThusQgiGhEH/ASAIIABrQZnIAGxBgMCAAWpBDnUiACAAQf8BShtBACAAQQBOG6xCEIaEpyIAOgAAIAQgAEEIdToAASAEIABBEHU6AAIgA0EERgRAIAQgBS0AAzoAAwsgAyAFaiEFIAMgBGohBAwBCwsLgwMBBn9BAkECQQAgBBsiBWshBiABIQQgACACIANsaiEBA0AgACABSQRAIARB/wEjASMAIAAgBWotAABBAXRqLwEAIgJB5wZsIwAgAC0AAUEBdGovAQAiB0HxFmxqIwAgACAGai0AAEEBdGovAQAiCEGoAmxqQYAQakEMdkEBdGovAQAiCUGoAmxB5szQAGtBD3UiCiAKQf8BShtBACAKQQBOG0H/AXFB/wEjASACQfENbCAHQYUMbGogCEGKBmxqQYAQakEMdkEBdGovAQAgCWtB9ANsQYCAgQJqQQ91IgogCkH/AUobQQAgCkEAThtB/wFxQQh0ckH/ASAJIwEgAkHJAGwgB0HAA2xqIAhB9xtsakGAEGpBDHZBAXRqLwEAa0HIAWxBgICBAmpBD3UiAiACQf8BShtBACACQQBOG0H/AXFBEHRyIgI6AAAgBCACQQh2OgABIAQgAkEQdjoAAiADQQRGBEAgBCAALQADOgADCyAAIANqIQAgAyAEaiEEDAELCwu1AgEGf0ECQQJBACAEGyIGayEHQQBBASAAQQAgASACIAMgBBAAIANsIgQgAGohBSABIARqIQQgACACIANsaiEJA0AgBSAJSQRAIAQgBSAGai0AACIKIAUtAAEiACAFIAdqLQAAIgEgACABShsiAiACIApIGyICQQJ0QYDSAGooAgAgAiAKIAAgASAAIAFIGyIIIAggCkobayIIbEGAEGpBDHVBCHQgAiAKRgR/IAAgAWsFIAEgCmsgCEEBdGogCiAAayAIQQJ0aiAAIAJGGwsgCEECdEGA4gBqKAIAbEGAEGpBDHUiAEGAAmogACAAQQBIG3IgAkEQdHIiADoAACAEIABBCHU6AAEgBCAAQRB1OgACIANBBEYEQCAEIAUtAAM6AAMLIAMgBWohBSADIARqIQQMAQsLC7UCAQZ/QQJBAkEAIAQbIgZrIQdBAEEAIABBACABIAIgAyAEEAAgA2wiBCAAaiEFIAEgBGohBCAAIAIgA2xqIQkDQCAFIAlJBEAgBCAFIAZqLQAAIgogBS0AASIAIAUgB2otAAAiASAAIAFKGyICIAIgCkgbIgJBAnRBgNIAaigCACACIAogACABIAAgAUgbIgggCCAKShtrIghsQYAQakEMdUEIdCACIApGBH8gACABawUgASAKayAIQQF0aiAKIABrIAhBAnRqIAAgAkYbCyAIQQJ0QYDaAGooAgBsQYAQakEMdSIAQbQBaiAAIABBAEgbciACQRB0ciIAOgAAIAQgAEEIdToAASAEIABBEHU6AAIgA0EERgRAIAQgBS0AAzoAAwsgAyAFaiEFIAMgBGohBAwBCwsL4AMBB39BAkECQQAgBBsiBWshBiABIQQgACACIANsaiEJA0AgACAJSQRAIAQgBWogAC0AACAALQABQQh0ciAALQACQRB0ciIIQf8BcUEBdCILIwNqLwEAIQIgCEEQdkHXxwJsQRBqQQl2QfTRAGshByMCIQFB/x8jBCALai8BACILIAhBCHZB/wFxQZOxEGxBgAFqQQ12QeIga2oiCEG+GkwEfyAIQewAbEHJBm1BogJrBSAIIAhsQYCAAW0gCGxBgIABbQsiCEHDYmwgAkGEPGxqIAsgB2siB0G+GkwEfyAHQewAbEHJBm1BogJrBSAHIAdsQYCAAW0gB2xBgIABbQsiB0G5AWxqQYBAa0EOdSILIAtB/x9KGyELIwJB/x8gCEHH4gBsIAJB6E5saiAHQdFubGpBgEBrQQ51IgogCkH/H0obIgpBACAKQQBOG2otAAAgASALQQAgC0EAThtqLQAAQQh0ciMCQf8fIAhB2QFsIAJBvHlsaiAHQeskbGpBgEBrQQ51IgEgAUH/H0obIgFBACABQQBOG2otAABBEHRyIgE6AAAgBCABQQh2OgABIAQgBmogAUEQdjoAACADQQRGBEAgBCAALQADOgADCyAAIANqIQAgAyAEaiEEDAELCwuoAQECf0ECQQJBACAEGyIEayEFIAEgAmohBgNAIAEgBkkEQCABQf8BIwEjACAAIARqLQAAQQF0ai8BAEHnBmwjACAALQABQQF0ai8BAEHxFmxqIwAgACAFai0AAEEBdGovAQBBqAJsakGAEGpBDHZBAXRqLwEAQagCbEHmzNAAa0EPdSICIAJB/wFKG0EAIAJBAE4bOgAAIAAgA2ohACABQQFqIQEMAQsLC/oFAQZ/QQJBAkEAIAUbIgdrIQggAyEGIAAhBSACIQMgASAGaiECA0AgASACSQRAIAMgB2ogAS0AAEH/ASMBIwAgBSAHai0AAEEBdGovAQAiAEHnBmwjACAFLQABQQF0ai8BACIJQfEWbGojACAFIAhqLQAAQQF0ai8BACIKQagCbGpBgBBqQQx2QQF0ai8BACILQagCbEHmzNAAa0EPdSIMIAxB/wFKG0EAIAxBAE4bQf8BcUH/ASMBIABB8Q1sIAlBhQxsaiAKQYoGbGpBgBBqQQx2QQF0ai8BACALa0H0A2xBgICBAmpBD3UiDCAMQf8BShtBACAMQQBOG0H/AXFBCHRyQf8BIAsjASAAQckAbCAJQcADbGogCkH3G2xqQYAQakEMdkEBdGovAQBrQcgBbEGAgIECakEPdSIAIABB/wFKG0EAIABBAE4bQf8BcUEQdHJBgH5xciIAQf8BcUEBdCIJIwNqLwEAIQogAEEQdkHXxwJsQRBqQQl2QfTRAGshCyMCIQxB/x8jBCAJai8BACIJIABBCHZB/wFxQZOxEGxBgAFqQQ12QeIga2oiAEG+GkwEfyAAQewAbEHJBm1BogJrBSAAIABsQYCAAW0gAGxBgIABbQsiAEHDYmwgCkGEPGxqIAkgC2siCUG+GkwEfyAJQewAbEHJBm1BogJrBSAJIAlsQYCAAW0gCWxBgIABbQsiCUG5AWxqQYBAa0EOdSILIAtB/x9KGyELIwJB/x8gAEHH4gBsIApB6E5saiAJQdFubGpBgEBrQQ51IgYgBkH/H0obIgZBACAGQQBOG2otAAAgDCALQQAgC0EAThtqLQAAQQh0ciMCQf8fIABB2QFsIApBvHlsaiAJQeskbGpBgEBrQQ51IgAgAEH/H0obIgBBACAAQQBOG2otAABBEHRyIgA6AAAgAyAAQQh2OgABIAMgCGogAEEQdjoAACAEQQRGBEAgAyAFLQADOgADCyAEIAVqIQUgAUEBaiEBIAMgBGohAwwBCwsLnQQCA30Df0ECQQJBACAEGyIJayEKQQFBASAAQQAgASACIAMgBBAAIANsIgQgAGohCCABIARqIQQgACACIANsaiEAA0AgACAISwRAIAgtAAAgCC0AAUEIdHIgCC0AAkEQdHIiAUH/AXEhAiABQRB2skOBgIA7lCEGIAQgCWoCfyABQQh2Qf8BcbJDgYCAO5QiB0MAAAAAWwRAQf8BIAZDAAB/Q5SQ/AAiASABQf8BShtBACABQQBOG0H/AXFBgYIEbAwBC0Gg6gAgBjgCAEGk6gAgBkMAAIA/IAeTlDgCACACskPBwMA8lCIFQwAAwEBgBEAgBUMAAMDAkiEFC0Go6gAgBkMAAIA/IAcgBSAFjvwAIgGykyIFlJOUOAIAQazqACAGQwAAgD8gB0MAAIA/IAWTlJOUOAIAQf8BIAFBA2xBgOoAaiIBLQACQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiAiACQf8BShtBACACQQBOG0H/AXFB/wEgAS0AAUECdEGg6gBqKgIAQwAAf0OUkPwAIgIgAkH/AUobQQAgAkEAThtB/wFxQQh0ckH/ASABLQAAQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiASABQf8BShtBACABQQBOG0H/AXFBEHRyCyIBOgAAIAQgAUEIdToAASAEIApqIAFBEHU6AAAgA0EERgRAIAQgCC0AAzoAAwsgAyAIaiEIIAMgBGohBAwBCwsLnQQCA30Df0ECQQJBACAEGyIJayEKQQFBACAAQQAgASACIAMgBBAAIANsIgQgAGohCCABIARqIQQgACACIANsaiEAA0AgACAISwRAIAgtAAAgCC0AAUEIdHIgCC0AAkEQdHIiAUH/AXEhAiABQRB2skOBgIA7lCEGIAQgCWoCfyABQQh2Qf8BcbJDgYCAO5QiB0MAAAAAWwRAQf8BIAZDAAB/Q5SQ/AAiASABQf8BShtBACABQQBOG0H/AXFBgYIEbAwBC0Gg6gAgBjgCAEGk6gAgBkMAAIA/IAeTlDgCACACskOJiAg9lCIFQwAAwEBgBEAgBUMAAMDAkiEFC0Go6gAgBkMAAIA/IAcgBSAFjvwAIgGykyIFlJOUOAIAQazqACAGQwAAgD8gB0MAAIA/IAWTlJOUOAIAQf8BIAFBA2xBgOoAaiIBLQACQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiAiACQf8BShtBACACQQBOG0H/AXFB/wEgAS0AAUECdEGg6gBqKgIAQwAAf0OUkPwAIgIgAkH/AUobQQAgAkEAThtB/wFxQQh0ckH/ASABLQAAQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiASABQf8BShtBACABQQBOG0H/AXFBEHRyCyIBOgAAIAQgAUEIdToAASAEIApqIAFBEHU6AAAgA0EERgRAIAQgCC0AAzoAAwsgAyAIaiEIIAMgBGohBAwBCwsLYgEEf0ECQQJBACAEGyIEayEGIAEgAmohBwNAIAEgB0kEQCABIAAgBGotAAAiAiAALQABIgUgACAGai0AACIIIAUgCEobIgUgAiAFShs6AAAgACADaiEAIAFBAWohAQwBCwsL0gUCA30Gf0ECQQJBACAFGyIKayELQQJBACAAIAEgAiADIgYgBCAFEAAiAyAEbCIMIABqIQUgASADaiEAIAIgDGohAyABIAZqIQIDQCAAIAJJBEAgAyAKaiAFIApqLQAAIgYgBS0AASIMIAUgC2otAAAiDSAMIA1KGyIOIAYgDkobIg5BAnRBgNIAaigCACAOIAYgDCANIAwgDUgbIg8gBiAPSBtrIg9sQYAQakEMdUEIdCAGIA5GBH8gDCANawUgDSAGayAPQQF0aiAGIAxrIA9BAnRqIAwgDkYbCyAPQQJ0QYDaAGooAgBsQYAQakEMdSIGQbQBaiAGIAZBAEgbciAOQRB0ckH//4N4cSAALQAAQRB0ciIGQf8BcSEMIAZBEHWyQ4GAgDuUIQgCfyAGQQh1Qf8BcbJDgYCAO5QiCUMAAAAAWwRAQf8BIAhDAAB/Q5SQ/AAiASABQf8BShtBACABQQBOG0H/AXFBgYIEbAwBC0Gg6gAgCDgCAEGk6gAgCEMAAIA/IAmTlDgCACAMskOJiAg9lCIHQwAAwEBgBEAgB0MAAMDAkiEHC0Go6gAgCEMAAIA/IAkgByAHjvwAIgGykyIHlJOUOAIAQazqACAIQwAAgD8gCUMAAIA/IAeTlJOUOAIAQf8BIAFBA2xBgOoAaiIBLQACQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiBiAGQf8BShtBACAGQQBOG0H/AXFB/wEgAS0AAUECdEGg6gBqKgIAQwAAf0OUkPwAIgYgBkH/AUobQQAgBkEAThtB/wFxQQh0ckH/ASABLQAAQQJ0QaDqAGoqAgBDAAB/Q5SQ/AAiASABQf8BShtBACABQQBOG0H/AXFBEHRyCyIBOgAAIAMgAUEIdToAASADIAtqIAFBEHU6AAAgBEEERgRAIAMgBS0AAzoAAwsgBCAFaiEFIABBAWohACADIARqIQMMAQsLC5YLAxB/B3sFfSACIgtBA2pBfHFBAnQiAiAKaiIOIAJqIg8gAmohEEMAAIA/IAaylSEiA0AgCyAMSgRAIAxBAnQiAiAKaiAMsiAilEMAAAC/kiIjjvwAIgY2AgAgAiAPaiAjIAaykyIjOAIAIAIgEGpDAACAPyAjkzgCACAMQQFqIQwMAQsLA0AgDSALQQJ0SQRAIAogDWoiAigCACEGIAIgBkEAIAZBAEobIAlsNgIAIA0gDmogBkEBaiICIARBAWsiBiACIAZIGyAJbDYCACANQQRqIQ0MAQsLQwAAgD8gB7KVISUgBCAJbCEGA0AgAyARSgRAIBGyICWUQwAAAL+SIiKO/AAhAkMAAIA/ICIgArKTIiOTISQgCCACQQAgAkEAShsgBmxqIQcgCCACQQFqIgIgBUEBayIEIAIgBEgbIAZsaiEJIAsgEWxBAXQiAiAAaiEMIAEgAmohDUEAIQIgI/0TIRsgJP0TIRwDQCACQQhqIgQgC0wEQCACQQJ0IhIgCmr9AAQAIAJBAXQiEyAMav1dAwD9qQFBAf2rASIe/a4BIR8gAkEEaiICQQJ0IhQgCmr9AAQAIAwgAkEBdGr9XQMA/akBQQH9qwEiIP2uASEdIA0gE2ogDiASav0ABAAgHv2uASIe/RsDIhMgB2ogHv0bAiIVIAdqIB79GwEiFiAHaiAe/RsAIhcgB2ogH/0bAyIYIAdqIB/9GwIiGSAHaiAf/RsBIgIgB2ogH/0bACIaIAdq/QwAAAAAAAAAAAAAAAAAAAAA/VUBAAD9VQEAAf1VAQAC/VUBAAP9VQEABP1VAQAF/VUBAAb9VQEAByIe/akB/foBIBAgEmr9AAQAIh/95gEgHv2qAf36ASAPIBJq/QAEACIe/eYB/eQBIBz95gEgCSATaiAJIBVqIAkgFmogCSAXaiAJIBhqIAkgGWogAiAJaiAJIBpq/QwAAAAAAAAAAAAAAAAAAAAA/VUBAAD9VQEAAf1VAQAC/VUBAAP9VQEABP1VAQAF/VUBAAb9VQEAByIh/akB/foBIB/95gEgIf2qAf36ASAe/eYB/eQBIBv95gH95AH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQEgDiAUav0ABAAgIP2uASIe/RsDIgIgB2ogHv0bAiISIAdqIB79GwEiEyAHaiAe/RsAIhUgB2ogHf0bAyIWIAdqIB39GwIiFyAHaiAd/RsBIhggB2ogHf0bACIZIAdq/QwAAAAAAAAAAAAAAAAAAAAA/VUBAAD9VQEAAf1VAQAC/VUBAAP9VQEABP1VAQAF/VUBAAb9VQEAById/akB/foBIBAgFGr9AAQAIh795gEgHf2qAf36ASAPIBRq/QAEACId/eYB/eQBIBz95gEgAiAJaiAJIBJqIAkgE2ogCSAVaiAJIBZqIAkgF2ogCSAYaiAJIBlq/QwAAAAAAAAAAAAAAAAAAAAA/VUBAAD9VQEAAf1VAQAC/VUBAAP9VQEABP1VAQAF/VUBAAb9VQEAByIf/akB/foBIB795gEgH/2qAf36ASAd/eYB/eQBIBv95gH95AH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQH9hgH9CwQAIAQhAgwBCwsDQCACIAtIBEAgAkEBdCIEIAxqLwEAQQF0IhIgAkECdCITIApqKAIAaiEUIAQgDWpB//8DIAcgFGovAQCzIBAgE2oqAgAiJpQgDiATaigCACASaiIEIAdqLwEAsyAPIBNqKgIAIiKUkiAklCAJIBRqLwEAsyAmlCAEIAlqLwEAsyAilJIgI5SSkPwAIgQgBEH//wNKG0EAIARBAE4bOwEAIAJBAWohAgwBCwsgEUEBaiERDAELCwuhBgMDfQx/BnsgAkEDakF8cUECdCIQIApqIg8gEGohEEMAAIA/IAaylSELQQAhBgNAIAIgBkoEQCAGQQJ0IhEgCmogBrIgC5RDAAAAv5IiDI78ACISNgIAIA8gEWogDCASspMiDDgCACAQIBFqQwAAgD8gDJM4AgAgBkEBaiEGDAELC0EAIQYDQCAGIAJBAnRJBEAgBiAKaiIRIAkgESgCAEEBakEKdGo2AgAgBkEEaiEGDAELC0MAAIA/IAeylSEMQYCAgIB4IQcDQCADIA5KBEAgDrIgDJRDAAAAv5IiC478ACEUQwAAgD8gCyAUspMiC5MhDSAHIBRHBEAgFEEAIBRBAEobIREgFEEBaiIGIAVBAWsiByAGIAdIGyESQQAhBgNAIAQgBk4EQCAIIAZBAWsiB0EAIAdBAEobIgcgBCARbCITakEIdGohFSAIIAYgBEEBayIWIAYgFkgbIhYgE2pBCHRqIRcgCCAEIBJsIhMgB2pBCHRqIRggCCATIBZqQQh0aiEWIAkgBkEKdGohGUEAIQcDQCAHQYACSQRAIBkgB0ECdGoiEyAHIBVq/QAEACIcIAcgF2r9AAQAIh39DQAQARECEgMTBBQFFQYWBxciHiAHIBhq/QAEACIfIAcgFmr9AAQAIhr9DQAQARECEgMTBBQFFQYWBxciG/0NAAEQEQIDEhMEBRQVBgcWF/0LBAAgEyAeIBv9DQgJGBkKCxobDA0cHQ4PHh/9CwQQIBMgHCAd/Q0IGAkZChoLGwwcDR0OHg8fIhsgHyAa/Q0IGAkZChoLGwwcDR0OHg8fIhr9DQABEBECAxITBAUUFQYHFhf9CwQgIBMgGyAa/Q0ICRgZCgsaGwwNHB0ODx4f/QsEMCAHQRBqIQcMAQsLA0AgB0GAAkkEQCAZIAdBAnRqIAcgFWotAAAgByAXai0AAEEIdHIgByAYai0AAEEQdHIgByAWai0AAEEYdHI2AgAgB0EBaiEHDAELCyAGQQFqIQYMAQsLIBQhBwsgAiAObCIGIABqIAEgBmogAiAKIA8gECALIA0QJiAOQQFqIQ4MAQsLCyUAIAEgAmxBCHQgAUENdGogAUEBakEKdGogAEEDakF8cUEMbGoLHwAgASACbCADbEEBdCADQQJ0aiAAQQNqQXxxQQR0aguoCQINfwZ7IAsiDCAKQQF0IhQgBCAFbGxqIhcgCkECdGohEgNAIAUgFUoEQEEAIRYDQCAEIBZKBEAgF0EAIApBAnT8CwAgBiAWbCIOIAZqIgsgAiACIAtKGyERIAcgFWwiECELA0AgCyAHIBBqSARAIAACfyALIAMgC0oNABpBACADQQFGDQAaIAsgA0EBdEECayINbyIPIA0gD2sgAyAPShsLIAJsQQF0aiETIA4hDQNAIA0gEUgEQCAXIBMgDUEBdGovAQBBAnRqIg8gDygCAEEBajYCACANQQFqIQ0MAQsLIA4gAiACIA5IGyENA0AgDSAGIA5qSARAIBcgEwJ/IA0gAiANSg0AGkEAIAJBAUYNABogDSACQQF0QQJrIg9vIhggDyAYayACIBhKGwtBAXRqLwEAQQJ0aiIPIA8oAgBBAWo2AgAgDUEBaiENDAELCyALQQFqIQsMAQsLIAhBAEoEQCAXIAogCBABCyAMIAQgFWwgFmogFGxqIQ1BACELIAn9EyEd/QwAAAAAAAAAAAAAAAAAAAAAIRwDQCAKIAtKBEAgFyALQQJ0aiIO/QAEACIZ/QwAAAAAAAAAAAAAAAAAAAAAIBn9DQABAgMQERITFBUWFxgZGhv9rgEiGf0MAAAAAAAAAAAAAAAAAAAAACAZ/Q0AAQIDAAECAxAREhMUFRYX/a4BIBz9rgEhGyAO/QAEMCIZ/QwAAAAAAAAAAAAAAAAAAAAAIBn9DQABAgMQERITFBUWFxgZGhv9rgEiGf0MAAAAAAAAAAAAAAAAAAAAACAZ/Q0AAQIDAAECAxAREhMUFRYX/a4BIA79AAQgIhn9DAAAAAAAAAAAAAAAAAAAAAAgGf0NAAECAxAREhMUFRYXGBkaG/2uASIZ/QwAAAAAAAAAAAAAAAAAAAAAIBn9DQABAgMAAQIDEBESExQVFhf9rgEgDv0ABBAiGf0MAAAAAAAAAAAAAAAAAAAAACAZ/Q0AAQIDEBESExQVFhcYGRob/a4BIhn9DAAAAAAAAAAAAAAAAAAAAAAgGf0NAAECAwABAgMQERITFBUWF/2uASAbIBv9DQwNDg8MDQ4PDA0ODwwNDg/9rgEiGiAa/Q0MDQ4PDA0ODwwNDg8MDQ4P/a4BIhkgGf0NDA0ODwwNDg8MDQ4PDA0OD/2uASIeIB79DQwNDg8MDQ4PDA0ODwwNDg8hHCANIAtBAXRqIg4gG/36ASAd/eYB/QwAAEBLAABASwAAQEsAAEBL/eQB/QwAAEBLAABASwAAQEsAAEBL/bEBIBr9+gEgHf3mAf0MAABASwAAQEsAAEBLAABAS/3kAf0MAABASwAAQEsAAEBLAABAS/2xAf2GAf0LBAAgDiAZ/foBIB395gH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQEgHv36ASAd/eYB/QwAAEBLAABASwAAQEsAAEBL/eQB/QwAAEBLAABASwAAQEsAAEBL/bEB/YYB/QsEECALQRBqIQsMAQsLIBZBAWohFgwBCwsgFUEBaiEVDAELCyAAIAEgAiADIAQgBSAGIAcgDCAUIBIQHwtSAQJ/IAogBCAFbEEIdGoiDCAEQQ10aiELIAAgAiADIAQgBSAGIAcgCCAJIAwgChAlIAAgASACIAMgBCAFIAYgByAKIAsgCyAEQQFqQQp0ahAgC/UJAg1/BntBCEEBIAUgBmxBgCBOGyIQQQp0IQ8DQCAEIA5KBEAgCUEAIAMgD2z8CwAgBiAObCILIAZqIRIDQCALIBJIBEAgAAJ/IAsgAiALSg0AGkEAIAJBAUYNABogCyACQQF0QQJrIgxvIg0gDCANayACIA1KGwsgAWxqIRVBgAhBACAQQQFHGyETQQAhDQNAIAMgDUoEQCAJIA0gD2xqIRYgBSANbCIMIAVqIhEgASABIBFKGyEUIAwgFEgEQCAWIBMgDCAVaiAUIAxrEAMLIAwgASABIAxIGyEMA0AgDCARSARAIBYCfyAMIAEgDEoNABpBACABQQFGDQAaIAwgAUEBdEECayIUbyIXIBQgF2sgASAXShsLIBVqLQAAQQJ0aiIUIBQoAgBBAWo2AgAgDEEBaiEMDAELCyANQQFqIQ0MAQsLIAtBAWohCwwBCwtBACENA0AgAyANSgRAIAkgDSAPbGohCyAQQQFHBEBBACEMA0AgDEGACEkEQCALIAxqIhEgESgCgDggESgCgDAgESgCgCggESgCgCAgESgCgBggESgCgBAgESgCACARKAKACGpqampqamo2AgAgDEEEaiEMDAELCwsgB0EASgRAIAtBgAIgBxABCyAKIAMgDmwgDWpBCHRqIRH9DAAAAAAAAAAAAAAAAAAAAAAhGEEAIQwgCP0TIRkDQCAMQYACSARAIAsgDEECdGoiEv0ABAAiGv0MAAAAAAAAAAAAAAAAAAAAACAa/Q0AAQIDEBESExQVFhcYGRob/a4BIhr9DAAAAAAAAAAAAAAAAAAAAAAgGv0NAAECAwABAgMQERITFBUWF/2uASAY/a4BIR0gEv0ABDAiGP0MAAAAAAAAAAAAAAAAAAAAACAY/Q0AAQIDEBESExQVFhcYGRob/a4BIhj9DAAAAAAAAAAAAAAAAAAAAAAgGP0NAAECAwABAgMQERITFBUWF/2uASAS/QAEICIY/QwAAAAAAAAAAAAAAAAAAAAAIBj9DQABAgMQERITFBUWFxgZGhv9rgEiGP0MAAAAAAAAAAAAAAAAAAAAACAY/Q0AAQIDAAECAxAREhMUFRYX/a4BIBL9AAQQIhj9DAAAAAAAAAAAAAAAAAAAAAAgGP0NAAECAxAREhMUFRYXGBkaG/2uASIY/QwAAAAAAAAAAAAAAAAAAAAAIBj9DQABAgMAAQIDEBESExQVFhf9rgEgHSAd/Q0MDQ4PDA0ODwwNDg8MDQ4P/a4BIhogGv0NDA0ODwwNDg8MDQ4PDA0OD/2uASIbIBv9DQwNDg8MDQ4PDA0ODwwNDg/9rgEiHCAc/Q0MDQ4PDA0ODwwNDg8MDQ4PIRggDCARaiAd/foBIBn95gH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQEgGv36ASAZ/eYB/QwAAEBLAABASwAAQEsAAEBL/eQB/QwAAEBLAABASwAAQEsAAEBL/bEB/YYBIBv9+gEgGf3mAf0MAABASwAAQEsAAEBLAABAS/3kAf0MAABASwAAQEsAAEBLAABAS/2xASAc/foBIBn95gH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQH9hgH9Zv0LBAAgDEEQaiEMDAELCyANQQFqIQ0MAQsLIA5BAWohDgwBCwsL9wgDA38IewJ9IAb9EyESIAf9EyERA0AgCUEQaiIIIAJMBEAgASAJaiAJQQJ0IgogA2r9AAQAIAAgCWr9AAQAIg/9iQEiDv2pAUEC/asB/a4BIgv9GwMgC/0bAiAL/RsBIAv9GwD9XAIA/VYCAAH9VgIAAv1WAgADIgsgC/0NAAQIDAEFCQ0CBgoOAwcLDyIN/YkBIgv9qQH9+gEgBSAKav0ABAAiEP3mASAL/aoB/foBIAQgCmr9AAQAIgz95gH95AEgEf3mASAN/YoBIgv9qQH9+gEgEP3mASAL/aoB/foBIAz95gH95AEgEv3mAf3kAf0MAABASwAAQEsAAEBLAABAS/3kAf0MAABASwAAQEsAAEBLAABAS/2xASAKQRBqIgkgA2r9AAQAIA79qgFBAv2rAf2uASIL/RsDIAv9GwIgC/0bASAL/RsA/VwCAP1WAgAB/VYCAAL9VgIAAyILIAv9DQAECAwBBQkNAgYKDgMHCw8iDv2JASIL/akB/foBIAUgCWr9AAQAIg395gEgC/2qAf36ASAEIAlq/QAEACIM/eYB/eQBIBH95gEgDv2KASIL/akB/foBIA395gEgC/2qAf36ASAM/eYB/eQBIBL95gH95AH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQH9hgEgCkEgaiIJIANq/QAEACAP/YoBIg/9qQFBAv2rAf2uASIL/RsDIAv9GwIgC/0bASAL/RsA/VwCAP1WAgAB/VYCAAL9VgIAAyILIAv9DQAECAwBBQkNAgYKDgMHCw8iDv2JASIL/akB/foBIAUgCWr9AAQAIg395gEgC/2qAf36ASAEIAlq/QAEACIM/eYB/eQBIBH95gEgDv2KASIL/akB/foBIA395gEgC/2qAf36ASAM/eYB/eQBIBL95gH95AH9DAAAQEsAAEBLAABASwAAQEv95AH9DAAAQEsAAEBLAABASwAAQEv9sQEgCkEwaiIJIANq/QAEACAP/aoBQQL9qwH9rgEiC/0bAyAL/RsCIAv9GwEgC/0bAP1cAgD9VgIAAf1WAgAC/VYCAAMiCyAL/Q0ABAgMAQUJDQIGCg4DBwsPIg79iQEiC/2pAf36ASAFIAlq/QAEACIN/eYBIAv9qgH9+gEgBCAJav0ABAAiDP3mAf3kASAR/eYBIA79igEiC/2pAf36ASAN/eYBIAv9qgH9+gEgDP3mAf3kASAS/eYB/eQB/QwAAEBLAABASwAAQEsAAEBL/eQB/QwAAEBLAABASwAAQEsAAEBL/bEB/YYB/Wb9CwQAIAghCQwBCwsDQCACIAlKBEAgASAJakH/ASAJQQJ0IgogA2ooAgAgACAJai0AAEECdGooAgAiCEH/AXGyIAUgCmoqAgAiFJQgCEEIdkH/AXGyIAQgCmoqAgAiE5SSIAeUIAhBEHZB/wFxsiAUlCAIQRh2siATlJIgBpSSkPwAIgggCEH/AUobQQAgCEEAThs6AAAgCUEBaiEJDAELCwtdAQF/IARBACAFQQJ0/AsAIAJBAXQhAgNAIAEgBkoEQCADBH8gAyAGai0AAAVBAQsEQCAEIAAvAQBBAnRqIgUgBSgCAEEBajYCAAsgBkEBaiEGIAAgAmohAAwBCwsLVAECfyAEQQBBgAj8CwADQCABIAVKBEAgAwR/IAMgBWotAAAFQQELBEAgBCAALQAAQQJ0aiIGIAYoAgBBAWo2AgALIAVBAWohBSAAIAJqIQAMAQsLCwu8IAYAQYDqAAsRAQMAAQACAwABAAIBAAEDAgEAQbDqAAv/AQEAAQABAQABAQABAQABAQEAAQEBAQEBAgEBAQIBAQIBAgIBAgICAQICAgICAwICAgMCAwIDAgMDAgMDAwMDAwQDAwQDAwQEAwQEBAMEBAUEBAQEBQQFBAUFBQQFBQUFBgUFBgUFBgYFBgYGBgYGBgcGBgcGBwcGBwcHBwcHCAcHCAcICAcICAgICAkICAkICQkICQkJCQkKCQkKCQoKCQoKCgoKCwoKCwoLCwsKCwwLCwsMCwwLDAwMDAwMDAwNDA0NDA0NDQ0NDg0NDg0ODg4ODg4ODg8ODw4PDw8PDw8QDw8QEA8QEBAQEBEQERARERARERIRERESEhESEhISEgBBr+wAC/8XfX19fX19fX19fn19fX19fX19e3dzcGxpZmNhX1xaWFdUU1FQTk1MSklIR0VFQ0NCQEA/Pz09PDs6Ojk5ODc3NjU1NTQzMzMyMTExMDAvLy8uLi0tLSwsLCwrKisqKikpKSkoKCgoJycnJyYmJiYlJSUlJCUkJCMkIyMjIyIjIiIiISIhISEhISAhICAgHyAfIB8fHx4fHh8eHh4eHR4dHR4dHRwdHRwcHRwcHBscHBscGxsbGxsbGhsaGxoaGhoaGhoaGRoZGRkaGRkZGBkZGBkYGRgYGBgYGBgYFxgXGBcYFxcXFxcXFxcWFxcWFxYWFxYWFhYWFhYVFhYVFhYVFRYVFRUWFRUVFBUVFRUUFRQVFBUUFBQVFBQUFBQUFBQTFBQTFBMUExQTFBMTExMUExMTExITExMTEhMTEhMSExITEhISExISEhISEhISEhISEhESEhIREhESERIREhEREhERERESERERERERERAREREREBEREBEREBEQERAQERAQERAQEBEQEBAQEBAQEBAQEBAPEBAQDxAQDxAQDxAPEA8QDxAPDxAPDw8QDw8PDw8PEA8PDw8ODw8PDw8PDg8PDw4PDw4PDw4PDg8ODw4ODw4PDg4PDg4ODw4ODg4ODg8ODg4ODg4ODQ4ODg4ODg0ODg4NDg4NDg4NDg0ODg0ODQ0ODQ4NDg0NDg0NDQ4NDQ0ODQ0NDQ0NDQ4NDQ0NDQ0NDA0NDQ0NDQ0MDQ0NDA0NDQwNDQwNDA0NDA0MDQwNDA0MDQwMDQwNDAwNDAwMDQwMDA0MDAwMDA0MDAwMDAwMDAwMDAwMDAwMDAwLDAwMDAwLDAwMDAsMDAsMDAsMDAsMDAsMCwwLDAsMCwwLDAsMCwwLCwwLCwwLCwwLCwwLCwsMCwsLCwwLCwsLCwsMCwsLCwsLCwsLCwsLCwsLCwsKCwsLCwsLCwoLCwsLCgsLCwoLCwsKCwsKCwsKCwoLCwoLCgsKCwsKCwoLCgsKCgsKCwoLCgoLCgsKCgsKCgsKCgoLCgoKCwoKCgsKCgoKCgsKCgoKCgoKCgsKCgoKCgoKCgoKCgoKCgoKCgkKCgoKCgoKCgkKCgoKCgkKCgoJCgoKCQoKCgkKCgkKCgkKCgkKCgkKCQoKCQoJCgkKCgkKCQoJCgkKCQkKCQoJCgkJCgkKCQkKCQoJCQoJCQkKCQkKCQkJCgkJCQoJCQkKCQkJCQkKCQkJCQkJCgkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkICQkJCQkJCQgJCQkJCAkJCQkICQkJCAkJCQgJCQkICQkICQkICQkICQkICQkICQgJCQgJCAkJCAkICQgJCAkICQgJCAkICQgJCAkICQgJCAgJCAkICAkICQgICQgICQgICQgICQgICQgICQgICAkICAgJCAgICQgICAgJCAgICAkICAgICAkICAgICAgICQgICAgICAgICAgICAgICAkICAgICAgICAgIBwgICAgICAgICAgICAgICAcICAgICAgIBwgICAgICAcICAgIBwgICAgHCAgICAcICAgHCAgHCAgIBwgICAcICAcICAcICAcICAcICAcIBwgIBwgHCAgHCAcICAcIBwgHCAcICAcIBwgHCAcIBwgHCAcIBwgHCAcHCAcIBwgHBwgHCAcIBwcIBwgHBwgHBwgHCAcHCAcHCAcHCAcHCAcHBwgHBwgHBwcIBwcHCAcHBwgHBwcIBwcHBwgHBwcHCAcHBwcIBwcHBwcIBwcHBwcHBwgHBwcHBwcHBwcIBwcHBwcHBwcHBwcHBwcHBwcHBwcIBwcHBwcHBgcHBwcHBwcHBwcHBwcHBwcHBwcHBgcHBwcHBwcHBwYHBwcHBwcHBgcHBwcHBgcHBwcHBgcHBwcGBwcHBwYHBwcHBgcHBwYHBwcGBwcHBgcHBgcHBwYHBwYHBwcGBwcGBwcGBwcGBwcGBwcGBwcGBwYHBwYHBwYHBgcHBgcGBwcGBwYHBgcHBgcGBwYHBgcGBwcGBwYHBgcGBwYHBgcGBwYHBgcGBwYHBgcGBgcGBwYHBgcGBgcGBwYHBgYHBgcGBgcGBwYGBwYHBgYHBgYHBgYHBgcGBgcGBgcGBgcGBgcGBgYHBgYHBgYHBgYGBwYGBwYGBgcGBgYHBgYGBwYGBgcGBgYGBwYGBgcGBgYGBwYGBgYGBwYGBgYHBgYGBgYHBgYGBgYGBwYGBgYGBgYHBgYGBgYGBgYGBwYGBgYGBgYGBgYGBgcGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBQYGBgYGBgYGBgYGBgUGBgYGBgYGBgYFBgYGBgYGBgUGBgYGBgYFBgYGBgYGBQYGBgYGBQYGBgYFBgYGBgYFBgYGBQYGBgYFBgYGBgUGBgYFBgYGBQYGBgUGBgYFBgYGBQYGBQYGBgUGBgYFBgYFBgYFBgYFBgYGBQYGBQYGBQYGBQYGBQYGBQYFBgYFBgYFBgYFBgUGBgUGBgUGBQYGBQYFBgYFBgUGBgUGBQYFBgYFBgUGBQYGBQYFBgUGBQYGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQYFBgUGBQUGBQYFBgUGBQYFBQYFBgUGBQUGBQYFBgUFBgUGBQUGBQYFBQYFBgUFBgUFBgUGBQUGBQUGBQYFBQYFBQYFBQYFBQYFBQYFBQYFBQYFBQYFBQYFBQYFBQYFBQUGBQUGBQUFBgUFBgUFBQYFBQYFBQUGBQUFBgUFBQYFBQUGBQUFBgUFBQYFBQUFBgUFBQYFBQUFBgUFBQUGBQUFBQYFBQUFBQYFBQUFBgUFBQUFBgUFBQUFBQYFBQUFBQUGBQUFBQUFBgUFBQUFBQUGBQUFBQUFBQUGBQUFBQUFBQUFBQYFBQUFBQUFBQUFBQUGBQUFBQUFBQUFBQUFBQUFBQUFBgUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUEBQUFBQUFBQUFBQUFBQUFBQUFBQQFBQUFBQUFBQUFBQUEBQUFBQUFBQUFBQQFBQUFBQUFBQUEBQUFBQUFBQQFBQUFBQUFBAUFBQUFBQQFBQUFBQUEBQUFBQUEBQUFBQUEBQUFBQUEBQUFBQQFBQUFBAUFBQUFBAUFBQQFBQUFBAUFBQUEBQUFBAUFBQUEBQUFBAUFBQQFBQUEBQUFBAUFBQQFBQUEBQUFBAUFBQQFBQQFBQUEBQUEBQUFBAUFBAUFBQQFBQQFBQQFBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQUEBQQFBQQFBQQFBQQFBAUFBAUFBAUEBQUEBQQFBQQFBQQFBAUFBAUEBQUEBQQFBAUFBAUEBQUEBQQFBAUFBAUEBQQFBQQFBAUEBQQFBQQFBAUEBQQFBQQFBAUEBQQFBAUEBQQFBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQFBAUEBQQEBQQFBAUEBQQFBAUEBQQEBQQFBAUEBQQFBAQFBAUEBQQFBAQFBAUEBQQEBQQFBAUEBAUEBQQFBAQFBAUEBAUEBQQEBQQFBAQFBAUEBAUEBQQEBQQFBAQFBAQFBAUEBAUEBAUEBQQEBQQEBQQEBQQEBQQFBAQFBAQFBAQFBAQFBAQFBAQFBAQFBAQFBAQFBAQFBAQFBAQFBAQEBQQEBQQEBQQEBQQEBAUEBAUEBAQFBAQFBAQFBAQEBQQEBAUEBAUEBAQFBAQEBQQEBQQEBAUEBAQFBAQEBQQEBAUEBAQFBAQEBQQEBAQFBAQEBQQEBAUEBAQEBQQEBAUEBAQEBQQEBAQFBAQEBQQEBAQFBAQEBAUEBAQEBAUEBAQEBQQEBAQEBQQEBAQFBAQEBAQFBAQEBAQFBAQEBAQFBAQEBAQEBQQEBAQEBAUEBAQEBAQFBAQEBAQEBQQEBAQEBAQFBAQEBAQEBAUEBAQEBAQEBAUEBAQEBAQEBAUEBAQEBAQEBAQEBQQEBAQEBAQEBAQEBQQEBAQAQa6EAQv/AQEBAgEBAQIBAQECAQECAQICAQICAgICAwIDAgMCAwMDAwMEAwQDBAMEBAQFBAQFBAUFBQUFBQUGBQYGBgYGBgYHBgcHBwcHBwgHCAgHCQgICAkICQkJCQoJCQoKCgoKCgsKCwsLCwsMCwwMDAwMDA0NDA0NDQ4NDg4ODg4ODw4PDw8PEA8QEBAQEBEQERERERIREhIRExISExMTExMTFBMUFBUUFBUVFRUVFhUWFhYXFhcWFxgXFxgYGBgYGRgZGRkZGhoZGhsaGxobGxscGxwcHBwdHRwdHh0dHh4eHh8eHx8fIB8gICAgICEhISEhIiIhIyIiIyMjIyMkJCQkJABBrYYBC/8BBwcHBwgHBwcHBwcHBwgHBwcHBwcHCAcICAkICQkKCQoKCwsLCwwMDAwNDg0ODg4PDxAQEBAREhESExITFBQUFRUVFhYXFxgYGBkZGhoaGxwcHB0dHh8eIB8hICIhIyIkIyUlJSYmJygoKSkqKisrLC0tLi4vMDAxMTIzMzQ1NTY2Nzg4OTo6Ozw8Pj0/P0BAQUJDQ0RFRkZHR0lJSktLTE1OTlBQUVFTU1RVVVdXWFlZW1tcXV5fX2FhYmNkZWVnZ2hqamtrbW5ucHBycnN0dXZ3eHl6e3x8fn+AgIKDg4WFh4iJiYuMjY2PkJGSk5WVlpeZmZucnJ6foKGjo6SmAEGsiAEL/wE3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc3ODc4Nzc4Nzg3Nzg3Nzg3ODc=");
var LUMINANCE_KERNELS = {
  hsv: ["hsvPlane", "hsvMerge"],
  lab: ["labPlane", "labMerge"],
  ycrcb: ["yCrCbPlane", "yCrCbMerge"]
};
var LUMINANCE_KERNELS_16 = { ycrcb: ["yCrCbPlane16", "yCrCbMerge16"] };
var instance;
function defaultBytes() {
  return WebAssembly.validate(fastclahe_simd_default) ? fastclahe_simd_default : fastclahe_default;
}
function wasm() {
  return instance ?? (instance = instantiate(compileInlined()));
}
function compileInlined() {
  try {
    return new WebAssembly.Module(defaultBytes());
  } catch (error) {
    throw refusal(error);
  }
}
function refusal(error) {
  const reason2 = error instanceof Error ? error.message : String(error);
  return new Error(
    `fastclahe could not compile its WebAssembly module: ${reason2} If a Content-Security-Policy forbids compiling WebAssembly, allow 'wasm-unsafe-eval' in script-src, or pass a WebAssembly.Module compiled where that is allowed (a worker with its own policy) to init(module), or import the same functions from 'fastclahe/js'.`,
    { cause: error }
  );
}
function instantiate(module) {
  return new WebAssembly.Instance(module, {}).exports;
}
var PAGE_BYTES = 65536;
var wasmKernels = {
  histogram(src, mask, bins) {
    count(src, mask, bins, (module, srcAt, maskAt, binsAt) => src instanceof Uint16Array ? module.histogram16(srcAt, src.length, maskAt, binsAt, bins.length) : module.histogram(srcAt, src.length, maskAt, binsAt));
  },
  channelHistograms(src, channels, selected, mask, bins) {
    const pixels = src.length / channels;
    const levels = bins.length / selected.length;
    count(
      src,
      mask,
      bins,
      (module, srcAt, maskAt, binsAt) => selected.forEach((channel, i) => {
        const channelAt = srcAt + channel * src.BYTES_PER_ELEMENT;
        const channelBins = binsAt + i * levels * Uint32Array.BYTES_PER_ELEMENT;
        if (src instanceof Uint16Array) module.channelHistogram16(channelAt, pixels, channels, maskAt, channelBins, levels);
        else module.channelHistogram(channelAt, pixels, channels, maskAt, channelBins);
      })
    );
  },
  equalizeHist(src, dst, bitDepth, luminance) {
    if (src instanceof Uint16Array) {
      const scratchBytes = wasm().equalizeHist16ScratchBytes(2 ** bitDepth) >>> 0;
      equalizePlane(src, dst, 2 ** bitDepth, scratchBytes, luminance, (module, plane, pixels, scratch) => module.equalizeHist16(plane, plane, pixels, bitDepth, scratch));
    } else {
      equalizePlane(src, dst, 256, 0, luminance, (module, plane, pixels) => module.equalizeHist(plane, plane, pixels));
    }
  },
  clahe(src, dst, plan, luminance) {
    const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels } = plan;
    if (src instanceof Uint16Array) {
      const scratchBytes = wasm().clahe16ScratchBytes(width, tilesX, tilesY, levels) >>> 0;
      equalizePlane(src, dst, levels, scratchBytes, luminance, (module, plane, _pixels, scratch) => module.clahe16(plane, plane, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels, scratch));
    } else {
      const scratchBytes = wasm().claheScratchBytes(width, tilesX, tilesY) >>> 0;
      equalizePlane(src, dst, levels, scratchBytes, luminance, (module, plane, _pixels, scratch) => module.clahe(plane, plane, width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch));
    }
  },
  convert(conversion, src, dst, { channels, bgr }) {
    const module = wasm();
    const [at] = reserve(module, src.byteLength);
    viewAt(module, src, at).set(src);
    const kernel = src instanceof Uint16Array ? `${conversion}16` : conversion;
    module[kernel](at, at, src.length / channels, channels, bgr);
    dst.set(viewAt(module, src, at));
  },
  firstAbove(src, limit) {
    const module = wasm();
    const [at] = reserve(module, src.byteLength);
    viewAt(module, src, at).set(src);
    return module.firstAbove16(at, src.length, limit);
  }
};
function count(src, mask, bins, run) {
  const module = wasm();
  const [srcAt, maskAt, binsAt] = reserve(module, src.byteLength, mask?.length ?? 0, bins.byteLength);
  viewAt(module, src, srcAt).set(src);
  if (mask) viewAt(module, mask, maskAt).set(mask);
  run(module, srcAt, mask ? maskAt : 0, binsAt);
  bins.set(new Uint32Array(module.memory.buffer, binsAt, bins.length));
}
function equalizePlane(src, dst, levels, scratchBytes, luminance, run) {
  const module = wasm();
  const pixels = luminance ? src.length / luminance.channels : src.length;
  const [at, planeAt, scratch] = reserve(module, src.byteLength, luminance ? pixels * src.BYTES_PER_ELEMENT : 0, scratchBytes);
  viewAt(module, src, at).set(src);
  if (luminance) {
    const { space, channels, bgr } = luminance;
    const [extract, merge] = src instanceof Uint16Array ? LUMINANCE_KERNELS_16.ycrcb : LUMINANCE_KERNELS[space];
    module[extract](at, planeAt, pixels, channels, bgr);
    run(module, planeAt, pixels, scratch);
    module[merge](at, planeAt, at, pixels, channels, bgr, levels - 1);
  } else {
    run(module, at, pixels, scratch);
  }
  dst.set(viewAt(module, src, at));
}
function reserve(module, ...sizes) {
  let end = module.heapBase();
  const starts = sizes.map((size) => {
    const start = end;
    end = Math.ceil((start + size) / 16) * 16;
    return start;
  });
  const missing = end - module.memory.buffer.byteLength;
  if (missing > 0) {
    try {
      module.memory.grow(Math.ceil(missing / PAGE_BYTES));
    } catch {
      invalid(
        RangeError,
        "fastclahe",
        "image",
        "an image whose working set fits in WebAssembly memory (4 GiB at most)",
        new Worded(`one that needs ${(end / 2 ** 20).toFixed(0)} MiB`)
      );
    }
  }
  return starts;
}
function viewAt(module, like, start) {
  return like instanceof Uint16Array ? new Uint16Array(module.memory.buffer, start, like.length) : new Uint8Array(module.memory.buffer, start, like.length);
}
function equalizeHist(image, options) {
  return equalizeHistWith(wasmKernels, image, options);
}
function clahe(image, options) {
  return claheWith(wasmKernels, image, options);
}

// src/enhance/settings.ts
function enhancePixels(pixels, settings) {
  if (pixels.channels === 2) return enhanceGrayAlpha(pixels, settings);
  const image = { data: pixels.data, width: pixels.width, height: pixels.height };
  const options = {
    ...pixels.channels >= 3 && settings.colorSpace ? { colorSpace: settings.colorSpace } : {},
    ...pixels.bitDepth === 16 && settings.bitDepth ? { bitDepth: settings.bitDepth } : {}
  };
  const result = settings.method === "clahe" ? clahe(image, { ...options, clipLimit: settings.clipLimit, tileGridSize: settings.tiles }) : equalizeHist(image, options);
  return { ...pixels, data: result.data };
}
function enhanceGrayAlpha(pixels, settings) {
  const count2 = pixels.width * pixels.height;
  const gray = pixels.data instanceof Uint16Array ? new Uint16Array(count2) : new Uint8Array(count2);
  for (let i = 0; i < count2; i++) gray[i] = pixels.data[2 * i];
  const enhanced = enhancePixels({ ...pixels, data: gray, channels: 1 }, settings).data;
  const data = pixels.data.slice();
  for (let i = 0; i < count2; i++) data[2 * i] = enhanced[i];
  return { ...pixels, data };
}
export {
  decodeImage,
  encodeImage,
  enhancePixels
};
