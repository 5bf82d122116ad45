export { decodeImage } from './src/io/decode.js';
export { encodeImage } from './src/io/encode.js';
export { enhancePixels } from './src/enhance/settings.js';
