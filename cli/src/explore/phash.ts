// imagehash.phash(image, hash_size=8), the near-duplicate hash cleanvision uses:
// convert('L') → resize((32, 32), LANCZOS) → 2-D DCT-II (scipy.fftpack.dct along axis 0, then
// axis 1) → the top-left 8×8 coefficients → bit = coefficient > median of those 64, row by row,
// first bit most significant, as 16 hex digits.
// The DCT is evaluated directly in float64 rather than by FFT. Coefficients that are zero in exact
// arithmetic (a flat image, a flat row) come out of any float DCT as ±1e-13 noise, which would
// decide their bits at random; they are snapped to 0 so that such images hash deterministically.
import { FILTERS, pillowResize, type Plane } from './pillowResample.js';

const SIZE = 32;
const LOW = 8;
const ZERO = 1e-7;

// cos(π k (2n + 1) / 64) for k < 8, n < 32, times scipy's factor 2.
const COS = (() => {
  const table = new Float64Array(LOW * SIZE);
  for (let k = 0; k < LOW; k++)
    for (let n = 0; n < SIZE; n++) table[k * SIZE + n] = 2 * Math.cos((Math.PI * k * (2 * n + 1)) / (2 * SIZE));
  return table;
})();

/** The pHash of an 8-bit gray plane, as imagehash prints it. */
export function phash(gray: Plane): string {
  const small = pillowResize(gray, SIZE, SIZE, FILTERS.lanczos).data;
  // Along axis 0 (down the columns), only the 8 lowest frequencies are needed.
  const columns = new Float64Array(LOW * SIZE);
  for (let k = 0; k < LOW; k++) {
    for (let m = 0; m < SIZE; m++) {
      let sum = 0;
      for (let n = 0; n < SIZE; n++) sum += COS[k * SIZE + n]! * small[n * SIZE + m]!;
      columns[k * SIZE + m] = sum;
    }
  }
  const low = new Float64Array(LOW * LOW);
  for (let k = 0; k < LOW; k++) {
    for (let l = 0; l < LOW; l++) {
      let sum = 0;
      for (let m = 0; m < SIZE; m++) sum += COS[l * SIZE + m]! * columns[k * SIZE + m]!;
      low[k * LOW + l] = Math.abs(sum) < ZERO ? 0 : sum;
    }
  }
  const sorted = low.slice().sort();
  const median = (sorted[31]! + sorted[32]!) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (low[nibble * 4 + bit]! > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}
