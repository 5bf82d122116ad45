// The colour-space choices for 8-bit pictures (modes16.ts has 16-bit ones). A mode turns the picture into the channel that is equalized and
// charted, runs the chosen method on it, and says what to paint: the picture as gray, or in
// colour with only one colour space's luminance channel equalized.
import { clahe, equalizeHist, rgbToHsv, rgbToLab, rgbToYCrCb, type ColorSpace, type ImageLike } from 'fastclahe';
import type { Encodable } from './pngEncode';
import { grayToRgba, luma, type Gray } from './pixels';

export interface Settings {
  method: 'clahe' | 'equalizeHist';
  clipLimit: number;
  tileGridSize: [number, number];
}

/** How 16-bit pictures are shown and passed to the library; 8-bit modes ignore it. */
export interface Display {
  bitDepth: 10 | 12 | 14 | 16;
  /** 8-bit screen level of each 16-bit level (see window.ts). */
  table: Uint8Array;
}

/** What a panel shows: the pixels to paint and the channel whose histogram is drawn. */
export interface View {
  pixels: ImageData;
  channel: ImageLike;
  /** For 16-bit channels: charted as 256 bins over 0..2^bitDepth − 1. */
  bitDepth?: Display['bitDepth'];
}

/** The "after" view, with the result as the library returned it, to download. */
export interface Result extends View {
  result: Encodable;
}

/** One choice of the Colour menu, for 8-bit pictures (ImageData) or 16-bit ones (Deep). */
export interface Mode<P = ImageData> {
  label: string;
  before(picture: P, display: Display): View;
  after(picture: P, settings: Settings, display: Display): Result;
  /** The library call that `after` makes, as a user would write it. */
  call(settings: Settings, display: Display): string;
}

/** Buffers kept per picture, so moving a slider allocates nothing. */
interface GrayBuffers {
  gray: Gray;
  grayPixels: ImageData;
  enhanced: Gray;
  enhancedPixels: ImageData;
}

function grayMode(): Mode {
  const buffers = new WeakMap<ImageData, GrayBuffers>();
  const buffersOf = (picture: ImageData): GrayBuffers => {
    let kept = buffers.get(picture);
    if (!kept) {
      const gray = luma(picture);
      const grayPixels = new ImageData(picture.width, picture.height);
      grayToRgba(gray, grayPixels);
      const enhanced = { data: new Uint8Array(gray.data.length), width: gray.width, height: gray.height };
      kept = { gray, grayPixels, enhanced, enhancedPixels: new ImageData(picture.width, picture.height) };
      buffers.set(picture, kept);
    }
    return kept;
  };
  return {
    label: 'Gray (luma)',
    before(picture) {
      const { gray, grayPixels } = buffersOf(picture);
      return { pixels: grayPixels, channel: gray };
    },
    after(picture, { method, clipLimit, tileGridSize }) {
      const { gray, enhanced, enhancedPixels } = buffersOf(picture);
      if (method === 'clahe') clahe(gray, { clipLimit, tileGridSize, output: enhanced });
      else equalizeHist(gray, { output: enhanced });
      grayToRgba(enhanced, enhancedPixels);
      return { pixels: enhancedPixels, channel: enhanced, result: { ...enhanced, channels: 1 } };
    },
    call({ method, clipLimit, tileGridSize: [columns, rows] }) {
      return method === 'clahe'
        ? `clahe(gray, { clipLimit: ${clipLimit}, tileGridSize: [${columns}, ${rows}] })`
        : 'equalizeHist(gray)';
    },
  };
}

/** Each colour space's conversion and the index of the channel it equalizes. */
const LUMINANCE: Record<ColorSpace, [typeof rgbToHsv, number, string]> = {
  hsv: [rgbToHsv, 2, 'HSV V'],
  lab: [rgbToLab, 0, 'Lab L'],
  ycrcb: [rgbToYCrCb, 0, 'YCrCb Y'],
};

/** Buffers kept per picture, so moving a slider allocates nothing. */
interface ColourBuffers {
  converted: ImageData;
  before: Gray;
  enhanced: ImageData;
  after: Gray;
}

function colourMode(space: ColorSpace): Mode {
  const [convert, channelIndex, name] = LUMINANCE[space];
  const buffers = new WeakMap<ImageData, ColourBuffers>();
  /** The luminance channel this mode equalizes, as OpenCV's cvtColor gives it. */
  const luminanceOf = (pixels: ImageData, { converted }: ColourBuffers, gray: Gray): Gray => {
    convert(pixels, { output: converted });
    for (let i = 0; i < gray.data.length; i++) gray.data[i] = converted.data[4 * i + channelIndex]!;
    return gray;
  };
  const buffersOf = (picture: ImageData): ColourBuffers => {
    let kept = buffers.get(picture);
    if (!kept) {
      const { width, height } = picture;
      const plane = () => ({ data: new Uint8Array(width * height), width, height });
      kept = {
        converted: new ImageData(width, height),
        before: plane(),
        enhanced: new ImageData(width, height),
        after: plane(),
      };
      luminanceOf(picture, kept, kept.before);
      buffers.set(picture, kept);
    }
    return kept;
  };
  return {
    label: `Colour, ${name} only`,
    before(picture) {
      return { pixels: picture, channel: buffersOf(picture).before };
    },
    after(picture, { method, clipLimit, tileGridSize }) {
      const kept = buffersOf(picture);
      if (method === 'clahe') clahe(picture, { colorSpace: space, clipLimit, tileGridSize, output: kept.enhanced });
      else equalizeHist(picture, { colorSpace: space, output: kept.enhanced });
      const { data, width, height } = kept.enhanced;
      const result = { data, width, height, channels: 4 } as const;
      return { pixels: kept.enhanced, channel: luminanceOf(kept.enhanced, kept, kept.after), result };
    },
    call({ method, clipLimit, tileGridSize: [columns, rows] }) {
      return method === 'clahe'
        ? `clahe(imageData, { colorSpace: '${space}', clipLimit: ${clipLimit}, tileGridSize: [${columns}, ${rows}] })`
        : `equalizeHist(imageData, { colorSpace: '${space}' })`;
    },
  };
}

export const MODES: Mode[] = [grayMode(), colourMode('hsv'), colourMode('lab'), colourMode('ycrcb')];
