// The choices for 16-bit pictures: gray with the library's 16-bit CLAHE, and colour equalized on
// YCrCb's Y, the one colour space the library (as OpenCV) has for 16 bits. Both are painted
// through the display window; the result keeps its 16 bits for download.
import { clahe, equalizeHist, rgbToYCrCb, type ImageLike } from 'fastclahe';
import type { Display, Mode, Settings } from './modes';
import type { Deep } from './pngDecode';
import { paintDeep } from './window';

type Plane = ImageLike<Uint16Array>;

/** Buffers kept per picture, so moving a slider allocates nothing. */
interface Buffers {
  beforePixels: ImageData;
  enhanced: Deep;
  afterPixels: ImageData;
  /** Colour only: YCrCb of the picture or result, and Y alone, for the charts. */
  converted: Uint16Array;
  beforeY: Plane;
  afterY: Plane;
}

function buffersFor(picture: Deep): Buffers {
  const { width, height, channels } = picture;
  const plane = () => ({ data: new Uint16Array(width * height), width, height });
  return {
    beforePixels: new ImageData(width, height),
    enhanced: { data: new Uint16Array(picture.data.length), width, height, channels },
    afterPixels: new ImageData(width, height),
    converted: new Uint16Array(channels === 1 ? 0 : picture.data.length),
    beforeY: plane(),
    afterY: plane(),
  };
}

/** Y of a 16-bit colour image, as rgbToYCrCb gives it: what the library equalizes. */
function lumaOf(image: Deep, converted: Uint16Array, target: Plane): Plane {
  rgbToYCrCb(image, { output: { data: converted, width: image.width, height: image.height } });
  for (let i = 0; i < target.data.length; i++) target.data[i] = converted[i * image.channels]!;
  return target;
}

function deepMode(label: string, colour: boolean): Mode<Deep> {
  const buffers = new WeakMap<Deep, Buffers>();
  const buffersOf = (picture: Deep) => {
    let kept = buffers.get(picture);
    if (!kept) buffers.set(picture, (kept = buffersFor(picture)));
    return kept;
  };
  const chartOf = (image: Deep, kept: Buffers, target: Plane): Plane =>
    colour ? lumaOf(image, kept.converted, target) : image;
  return {
    label,
    before(picture, { bitDepth, table }) {
      const kept = buffersOf(picture);
      paintDeep(picture, table, kept.beforePixels, bitDepth);
      return { pixels: kept.beforePixels, channel: chartOf(picture, kept, kept.beforeY), bitDepth };
    },
    after(picture, { method, clipLimit, tileGridSize }, { bitDepth, table }) {
      const kept = buffersOf(picture);
      const { enhanced } = kept;
      const colorSpace = colour ? ({ colorSpace: 'ycrcb' } as const) : {};
      if (method === 'clahe') clahe(picture, { ...colorSpace, bitDepth, clipLimit, tileGridSize, output: enhanced });
      else equalizeHist(picture, { ...colorSpace, bitDepth, output: enhanced });
      paintDeep(enhanced, table, kept.afterPixels, bitDepth);
      return { pixels: kept.afterPixels, channel: chartOf(enhanced, kept, kept.afterY), bitDepth, result: enhanced };
    },
    call({ method, clipLimit, tileGridSize: [columns, rows] }: Settings, { bitDepth }: Display) {
      const [image, space] = colour ? ['rgb16', "colorSpace: 'ycrcb', "] : ['gray16', ''];
      return method === 'clahe'
        ? `clahe(${image}, { ${space}bitDepth: ${bitDepth}, clipLimit: ${clipLimit}, tileGridSize: [${columns}, ${rows}] })`
        : `equalizeHist(${image}, { ${space}bitDepth: ${bitDepth} })`;
    },
  };
}

export const GRAY_MODES_16: Array<Mode<Deep>> = [deepMode('Gray, 16-bit', false)];
export const COLOUR_MODES_16: Array<Mode<Deep>> = [deepMode('Colour, YCrCb Y only, 16-bit', true)];
