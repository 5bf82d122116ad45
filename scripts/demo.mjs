// The quick-start demo: enhances a real low-contrast photograph (a retinal fundus image,
// CC0, see test/images/SOURCES.md) with CLAHE and with global equalization, and a colour
// photograph (coffee, CC0) with CLAHE on its HSV V and on its Lab L channel; writes
// before/after PNGs and prints how the histograms' spread changed; then does the same for a
// 16-bit CT slice, saved as 16-bit PNGs.
// Run: npm run demo
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { clahe, equalizeHist, histogram, rgbToHsv, rgbToLab } from 'fastclahe';

/** @type {import('pngjs').PackerOptions} */
const PNG_16BIT_GRAY = { colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 16 };

const SAMPLE = new URL('../test/images/retina-gray.png', import.meta.url);
const COLOUR_SAMPLE = new URL('../test/images/coffee.png', import.meta.url);
const OUT = new URL('../docs/images/', import.meta.url);

function readGray(url) {
  const png = PNG.sync.read(readFileSync(url));
  const data = new Uint8Array(png.width * png.height);
  for (let i = 0; i < data.length; i++) data[i] = png.data[4 * i];
  return { data, width: png.width, height: png.height };
}

/** RGBA, as pngjs decodes every PNG. */
function readColour(url) {
  const png = PNG.sync.read(readFileSync(url));
  return { data: new Uint8Array(png.data), width: png.width, height: png.height };
}

function writeGray(name, image) {
  return writePng(name, image, 0);
}

function writeColour(name, image) {
  return writePng(name, image, 6);
}

/** @param {import('pngjs').ColorType} inputColorType 0 gray, 2 RGB, 6 RGBA */
function writePng(name, image, inputColorType) {
  /** @type {import('pngjs').PackerOptions} */
  const options = { colorType: inputColorType === 0 ? 0 : 2, inputColorType, inputHasAlpha: inputColorType === 6 };
  const png = new PNG({ width: image.width, height: image.height, ...options });
  png.data = Buffer.from(image.data);
  writeFileSync(new URL(name, OUT), PNG.sync.write(png, options));
  return new URL(name, OUT).pathname;
}

/** Spread statistics of a 256-bin histogram. */
function spread(bins) {
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
/** @type {Array<[string, import('fastclahe').ImageLike]>} */
const results = [
  ['before', before],
  ['clahe (clipLimit 2, 8×8 tiles)', clahe(before)],
  ['equalizeHist', equalizeHist(before)],
];

mkdirSync(OUT, { recursive: true });
console.log(`fastclahe demo: retina-gray.png, ${before.width}×${before.height}, a retinal photograph (CC0)`);
console.log('Histogram spread inside the retina (histogram with a mask of the pixels brighter than 10):\n');
printSpreads(results.map(([label, image]) => [label, histogram(image, { mask: retina })]));

const coffee = readColour(COLOUR_SAMPLE);
const colourResults = [
  ['before', coffee],
  ["clahe, colorSpace 'hsv' (V)", clahe(coffee, { colorSpace: 'hsv' })],
  ["clahe, colorSpace 'lab' (L)", clahe(coffee, { colorSpace: 'lab' })],
  ['clahe on R, G, B separately', claheEachChannel(coffee)],
];
const hues = rgbToHsv(coffee).data;
console.log(`\ncoffee.png, ${coffee.width}×${coffee.height}, a colour photograph (CC0)`);
console.log('Local contrast (mean |L* − L* of the right neighbour|, rgbToLab) and mean hue shift');
console.log('(rgbToHsv, pixels with S and V above 64):\n');
console.log(`${''.padEnd(32)}${'local contrast'.padStart(15)}${'hue shift'.padStart(11)}`);
for (const [label, image] of colourResults) {
  console.log(
    `${label.padEnd(32)}${localContrast(image).toFixed(2).padStart(15)}${`${hueShift(hues, image).toFixed(1)}°`.padStart(11)}`,
  );
}

console.log('\nwrote:');
console.log(`  ${writeGray('retina-before.png', before)}`);
console.log(`  ${writeGray('retina-clahe.png', results[1][1])}`);
console.log(`  ${writeGray('retina-equalizeHist.png', results[2][1])}`);
console.log(`  ${writeColour('coffee-before.png', coffee)}`);
console.log(`  ${writeColour('coffee-clahe-hsv.png', colourResults[1][1])}`);
console.log(`  ${writeColour('coffee-clahe-lab.png', colourResults[2][1])}`);
console.log(`  ${writeColour('coffee-clahe-rgb.png', colourResults[3][1])}`);

/** What equalizing colour naively looks like: each of R, G and B equalized on its own. */
function claheEachChannel(image) {
  const result = { ...image, data: image.data.slice() };
  for (let k = 0; k < 3; k++) {
    const plane = { data: image.data.filter((_, i) => i % 4 === k), width: image.width, height: image.height };
    clahe(plane).data.forEach((value, p) => (result.data[4 * p + k] = value));
  }
  return result;
}

function localContrast(image) {
  const lab = rgbToLab(image).data;
  let sum = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 1; x < image.width; x++)
      sum += Math.abs(lab[4 * (y * image.width + x)] - lab[4 * (y * image.width + x - 1)]);
  }
  return ((sum / (image.height * (image.width - 1))) * 100) / 255;
}

/** Mean absolute hue change in degrees over the clearly coloured pixels of the original. */
function hueShift(before, image) {
  const after = rgbToHsv(image).data;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < before.length; i += 4) {
    if (before[i + 1] <= 64 || before[i + 2] <= 64) continue;
    const turn = Math.abs(after[i] - before[i]);
    sum += 2 * Math.min(turn, 180 - turn);
    count++;
  }
  return sum / count;
}

function printSpreads(rows) {
  console.log(`${''.padEnd(32)}${'levels used'.padStart(12)}${'1st–99th pct'.padStart(14)}${'std dev'.padStart(9)}`);
  for (const [label, bins] of rows) {
    const { levels, range, std } = spread(bins);
    console.log(`${label.padEnd(32)}${String(levels).padStart(12)}${range.padStart(14)}${std.padStart(9)}`);
  }
}

// 16 bits: a CT slice storing 12 significant bits in 16, so it looks black as it is.
const ct = PNG.sync.read(readFileSync(new URL('../test/images/ct-16bit.png', import.meta.url)), { skipRescale: true });
const slice = {
  data: Uint16Array.from({ length: ct.width * ct.height }, (_, i) => ct.data[4 * i]),
  width: ct.width,
  height: ct.height,
};
const enhanced = clahe(slice, { clipLimit: 2, tileGridSize: [4, 4] });
const range = ({ data }) => `${Math.min(...data)}–${Math.max(...data)}`;
console.log(
  `\n16-bit: ct-16bit.png, ${slice.width}×${slice.height} CT slice, values ${range(slice)}; after clahe (clipLimit 2, 4×4 tiles): ${range(enhanced)}`,
);
/** @type {Array<[string, { data: Uint16Array, width: number, height: number }]>} */
const scans = [
  ['ct-before.png', slice],
  ['ct-clahe.png', enhanced],
];
for (const [name, image] of scans) {
  const png = new PNG({ width: image.width, height: image.height, ...PNG_16BIT_GRAY });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  writeFileSync(new URL(name, OUT), PNG.sync.write(png, PNG_16BIT_GRAY));
  console.log(`  ${new URL(name, OUT).pathname} (16-bit PNG)`);
}

// The command line on the bundled samples: enhance the test photographs (colour through Lab L,
// 16-bit scans at 16 bits), then explore the sample dataset folder into an offline report.
const cli = (args) =>
  execFileSync(process.execPath, [fileURLToPath(new URL('../cli/bin/fastclahe.js', import.meta.url)), ...args], {
    stdio: 'inherit',
  });
const demoOutput = fileURLToPath(new URL('../demo-output/', import.meta.url));
console.log('\nfastclahe enhance test/images --out demo-output/enhanced --overwrite --color-space lab');
cli([
  'enhance',
  fileURLToPath(new URL('../test/images/', import.meta.url)),
  '--out',
  `${demoOutput}enhanced`,
  '--overwrite',
  '--color-space',
  'lab',
]);
console.log('\nfastclahe explore cli/examples/dataset --out demo-output/explore');
cli(['explore', fileURLToPath(new URL('../cli/examples/dataset/', import.meta.url)), '--out', `${demoOutput}explore`]);
console.log(`  open ${demoOutput}explore/report.html`);
