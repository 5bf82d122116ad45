// The quick-start demo: enhances a real low-contrast photograph (a retinal fundus image,
// CC0, see test/images/SOURCES.md) with CLAHE and with global equalization, writes
// before/after PNGs, and prints how the histogram's spread changed; then does the same for a
// 16-bit CT slice, saved as 16-bit PNGs.
// Run: npm run demo
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { clahe, equalizeHist, histogram } from 'fastclahe';

const PNG_16BIT_GRAY = { colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 16 };

const SAMPLE = new URL('../test/images/retina-gray.png', import.meta.url);
const OUT = new URL('../docs/images/', import.meta.url);

function readGray(url) {
  const png = PNG.sync.read(readFileSync(url));
  const data = new Uint8Array(png.width * png.height);
  for (let i = 0; i < data.length; i++) data[i] = png.data[4 * i];
  return { data, width: png.width, height: png.height };
}

function writeGray(name, image) {
  const png = new PNG({ width: image.width, height: image.height, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.from(image.data);
  writeFileSync(new URL(name, OUT), PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }));
  return new URL(name, OUT).pathname;
}

/** Spread statistics from the 256-bin histogram of the pixels under `mask`. */
function spread(image, mask) {
  const bins = histogram(image, { mask });
  const total = bins.reduce((sum, count) => sum + count, 0);
  const percentile = (p) => {
    let seen = 0;
    for (let level = 0; level < 256; level++) if ((seen += bins[level]) >= p * total) return level;
    return 255;
  };
  let mean = 0;
  bins.forEach((count, level) => (mean += count * level));
  mean /= total;
  let variance = 0;
  bins.forEach((count, level) => (variance += count * (level - mean) ** 2));
  return {
    levels: bins.filter((count) => count > 0).length,
    range: `${percentile(0.01)}–${percentile(0.99)}`,
    std: Math.sqrt(variance / total).toFixed(1),
  };
}

const before = readGray(SAMPLE);
// Measure the retina itself, not the black surround of the photograph.
const retina = before.data.map((value) => (value > 10 ? 1 : 0));
const results = [
  ['before', before],
  ['clahe (clipLimit 2, 8×8 tiles)', clahe(before)],
  ['equalizeHist', equalizeHist(before)],
];

mkdirSync(OUT, { recursive: true });
console.log(`fastclahe demo: retina-gray.png, ${before.width}×${before.height}, a retinal photograph (CC0)`);
console.log('Histogram spread inside the retina (histogram with a mask of the pixels brighter than 10):\n');
console.log(`${''.padEnd(32)}${'levels used'.padStart(12)}${'1st–99th pct'.padStart(14)}${'std dev'.padStart(9)}`);
for (const [label, image] of results) {
  const { levels, range, std } = spread(image, retina);
  console.log(`${label.padEnd(32)}${String(levels).padStart(12)}${range.padStart(14)}${std.padStart(9)}`);
}
console.log('\nwrote:');
console.log(`  ${writeGray('retina-before.png', before)}`);
console.log(`  ${writeGray('retina-clahe.png', results[1][1])}`);
console.log(`  ${writeGray('retina-equalizeHist.png', results[2][1])}`);

// 16 bits: a CT slice storing 12 significant bits in 16, so it looks black as it is.
const ct = PNG.sync.read(readFileSync(new URL('../test/images/ct-16bit.png', import.meta.url)), { skipRescale: true });
const slice = { data: Uint16Array.from({ length: ct.width * ct.height }, (_, i) => ct.data[4 * i]), width: ct.width, height: ct.height };
const enhanced = clahe(slice, { clipLimit: 2, tileGridSize: [4, 4] });
const range = ({ data }) => `${Math.min(...data)}–${Math.max(...data)}`;
console.log(`\n16-bit: ct-16bit.png, ${slice.width}×${slice.height} CT slice, values ${range(slice)}; after clahe (clipLimit 2, 4×4 tiles): ${range(enhanced)}`);
for (const [name, image] of [['ct-before.png', slice], ['ct-clahe.png', enhanced]]) {
  const png = new PNG({ width: image.width, height: image.height, ...PNG_16BIT_GRAY });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  writeFileSync(new URL(name, OUT), PNG.sync.write(png, PNG_16BIT_GRAY));
  console.log(`  ${new URL(name, OUT).pathname} (16-bit PNG)`);
}
