// The colour-space choices. A mode turns the picture into the channel that is equalized and
// charted, runs the chosen method on it, and says what to paint. Only gray exists until
// fastclahe handles colour; each colour space will be one more entry in MODES.
import { clahe, equalizeHist } from 'fastclahe';
import { grayToRgba, luma, type Gray } from './pixels';

export interface Settings {
  method: 'clahe' | 'equalizeHist';
  clipLimit: number;
  tileGridSize: [number, number];
}

/** What a panel shows: the pixels to paint and the channel whose histogram is drawn. */
export interface View {
  pixels: ImageData;
  channel: Gray;
}

export interface Mode {
  label: string;
  before(picture: ImageData): View;
  after(picture: ImageData, settings: Settings): View;
  /** The library call that `after` makes, as a user would write it. */
  call(settings: Settings): string;
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
      return { pixels: enhancedPixels, channel: enhanced };
    },
    call({ method, clipLimit, tileGridSize: [columns, rows] }) {
      return method === 'clahe' ? `clahe(gray, { clipLimit: ${clipLimit}, tileGridSize: [${columns}, ${rows}] })` : 'equalizeHist(gray)';
    },
  };
}

export const MODES: Mode[] = [grayMode()];
