// Shows that memory stays flat over 10,000 calls on a 512×512 image: WebAssembly memory
// (wasmInfo().memoryBytes) and the process's resident set size, sampled every 1,000 calls.
// Run: npm run memory   (not a test: it takes a while and RSS depends on the machine)
import { clahe, equalizeHist, histogram, rgbToLab, wasmInfo } from 'fastclahe';

const CALLS = 10_000;
const side = 512;
const image = {
  data: Uint8Array.from({ length: side * side }, (_, i) => (i * 2654435761) >>> 24),
  width: side,
  height: side,
};
const output = { data: new Uint8Array(side * side), width: side, height: side };
const colour = {
  data: Uint8Array.from({ length: side * side * 4 }, (_, i) => (i * 2246822519) >>> 24),
  width: side,
  height: side,
};
const deepColour = {
  data: Uint16Array.from({ length: 256 * 256 * 3 }, (_, i) => (i * 2654435761) >>> 20),
  width: 256,
  height: 256,
};
const spaces = /** @type {const} */ (['hsv', 'lab', 'ycrcb']);
const mib = (bytes) => (bytes / 2 ** 20).toFixed(1).padStart(7);

console.log(
  `${CALLS} rounds of clahe + equalizeHist + histogram on ${side}×${side} gray, then clahe, histogram and rgbToLab on RGBA,`,
);
console.log(
  'then clahe and histogram on 256×256 16-bit RGB (12 and 16 bits in turn); results into a new image each time',
);
console.log('  calls   wasm MiB   RSS MiB   heap MiB');
/** @type {{ wasm: number, rss: number } | undefined} */
let warm;
for (let call = 0; call <= CALLS; call++) {
  if (call % 1000 === 0) {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    if (call === 1000) warm = { wasm: wasmInfo().memoryBytes, rss };
    console.log(`${String(call).padStart(7)}   ${mib(wasmInfo().memoryBytes)}   ${mib(rss)}   ${mib(heapUsed)}`);
  }
  clahe(image, { clipLimit: 2 + (call % 3) });
  clahe(image, { output });
  equalizeHist(image);
  histogram(image);
  clahe(colour, { colorSpace: spaces[call % 3] });
  histogram(colour);
  rgbToLab(colour);
  clahe(deepColour, { bitDepth: call % 2 ? 12 : 16 });
  histogram(deepColour, { bitDepth: 12 });
}
if (!warm) throw new Error(`${CALLS} calls: none after the first 1,000 to compare with`);
const { rss } = process.memoryUsage();
console.log(
  `From call 1,000 (warm) to ${CALLS}: WebAssembly memory ${mib(warm.wasm).trim()} → ${mib(wasmInfo().memoryBytes).trim()} MiB, RSS ${mib(warm.rss).trim()} → ${mib(rss).trim()} MiB`,
);
