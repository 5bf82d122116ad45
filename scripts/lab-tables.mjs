// The text of assembly/labTables.ts and src/twin/labTables.ts: the tables behind OpenCV's 8-bit
// RGB↔Lab conversion, computed the way OpenCV's initLabTabs() computes them
// (modules/imgproc/src/color_lab.cpp), so both builds can ship them as data.
//
// Why data and not code: OpenCV builds these tables with its software floating point
// (softfloat/softdouble), including pow() and cbrt(). Rebuilding them at run time from
// Math.pow/Math.cbrt would make the result depend on each JavaScript engine's libm, and a
// one-unit difference in one entry changes output bytes. Every float32 step below is
// emulated exactly (Math.fround after each double operation is exact for +, −, ×, ÷ on
// float32 operands; the one fused multiply-add is rounded exactly with BigInt), OpenCV's own
// cube root algorithm is reproduced, pow() is evaluated in double and checked to be far from
// every float32 rounding boundary, and the tests sweep all 2^24 inputs of both conversions
// against OpenCV.
//
// Computed on import, writing nothing: `npm run generate` (scripts/make-lab-tables.mjs) writes the
// files, and test/labTables.test.ts checks the committed ones equal this text. Fails loudly on any doubt.

const f32 = Math.fround;

// ---- float helpers -------------------------------------------------------------------

/** x = mantissa · 2^exponent exactly, mantissa a BigInt (x finite and > 0). */
function parts(x) {
  const bits = new BigUint64Array(new Float64Array([x]).buffer)[0];
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  return biased === 0 ? { m: fraction, e: -1074 } : { m: fraction | (1n << 52n), e: biased - 1075 };
}

/** Rounds m · 2^e (m > 0 a BigInt) to the nearest float32, ties to even. */
function roundToFloat32(m, e) {
  const shift = m.toString(2).length - 24;
  if (shift <= 0) return Number(m) * 2 ** e;
  let q = m >> BigInt(shift);
  const rest = m - (q << BigInt(shift));
  const half = 1n << BigInt(shift - 1);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  return Number(q) * 2 ** (e + shift);
}

/** softfloat mulAdd(a, b, c) for positive float32 a, b, c: a·b + c with one rounding. */
function mulAdd32(a, b, c) {
  const pa = parts(a),
    pb = parts(b),
    pc = parts(c);
  const product = { m: pa.m * pb.m, e: pa.e + pb.e };
  const e = Math.min(product.e, pc.e);
  const sum = (product.m << BigInt(product.e - e)) + (pc.m << BigInt(pc.e - e));
  return roundToFloat32(sum, e);
}

/** The float32 neighbours of float32 r. */
function neighbours(r) {
  const word = new Uint32Array(new Float32Array([r]).buffer)[0];
  const at = (w) => new Float32Array(new Uint32Array([w]).buffer)[0];
  return [at(word - 1), at(word + 1)];
}

/**
 * OpenCV's softfloat cbrt(x) for a positive normal float32 x: Ken Turkowski's quartic rational
 * approximation of the cube root of the mantissa (scaled into [1/8, 1)), evaluated in double,
 * whose result keeps the top 24 bits of the double's significand: truncated, not rounded.
 * It is not always the nearest float32 (x = 324/2040 is the case that matters here).
 */
function cbrt32(x) {
  const word = new Uint32Array(new Float32Array([x]).buffer)[0];
  let exponent = (word >>> 23) - 127;
  let shift = exponent % 3;
  shift -= shift >= 0 ? 3 : 0;
  exponent = (exponent - shift) / 3;
  const m = (1 + (word & 0x7fffff) / 2 ** 23) * 2 ** shift;
  // biome-ignore-start lint/correctness/noPrecisionLoss: OpenCV's cbrt coefficients, digit for digit as in its source.
  const root =
    ((((45.2548339756803022511987494 * m + 192.2798368355061050458134625) * m + 119.1654824285581628956914143) * m +
      13.43250139086239872172837314) *
      m +
      0.1636161226585754240958355063) /
    ((((14.80884093219134573786480845 * m + 151.9714051044435648658557668) * m + 168.5254414101568283957668343) * m +
      33.9905941350215598754191872) *
      m +
      1.0);
  // biome-ignore-end lint/correctness/noPrecisionLoss: end of the coefficients.
  // root lies in [1/2, 1): 24 significant bits are 24 bits after the binary point.
  return (Math.floor(root * 2 ** 24) / 2 ** 24) * 2 ** exponent;
}

/** Double result d rounded to float32, refusing when d is within 2^-40 (relative) of a tie. */
function toFloat32Checked(d, what) {
  const r = f32(d);
  const [below, above] = neighbours(r);
  for (const mid of [(below + r) / 2, (r + above) / 2]) {
    if (Math.abs(d - mid) <= Math.abs(mid) * 2 ** -40) throw new Error(`${what}: ${d} is too close to a float32 tie`);
  }
  return r;
}

/** OpenCV's cvRound of a softfloat or softdouble: the nearest integer, ties to even. */
function cvRound(x) {
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
}

/** softdouble::fromRaw. */
function fromRaw(hex) {
  return new Float64Array(new BigUint64Array([BigInt(hex)]).buffer)[0];
}

// ---- OpenCV's constants (color_lab.cpp) ----------------------------------------------

const sRGB2XYZ_D65 = [
  '0x3fda65a14488c60d',
  '0x3fd6e297396d0918',
  '0x3fc71819d2391d58',
  '0x3fcb38cda6e75ff6',
  '0x3fe6e297396d0918',
  '0x3fb279aae6c8f755',
  '0x3f93cc4ac6cdaf4b',
  '0x3fbe836eb4e98138',
  '0x3fee68427418d691',
].map(fromRaw);
const XYZ2sRGB_D65 = [
  '0x4009ec804102ff8f',
  '0xbff8982a9930be0e',
  '0xbfdfe7ff583a53b9',
  '0xbfef042528ae74f3',
  '0x3ffe040f23897204',
  '0x3fa546d3f9e7b80b',
  '0x3fac7de5082cf52c',
  '0xbfca1e14bdfd2631',
  '0x3ff0eabef06b3786',
].map(fromRaw);
const D65 = [fromRaw('0x3fee6a22b3892ee8'), 1, fromRaw('0x3ff16b8950763a19')];

const gammaThreshold = 809 / 20000;
const gammaInvThreshold = 7827 / 2500000;
const gammaLowScale = 323 / 25;
const gammaPower = 12 / 5;
const gammaXshift = 11 / 200;
const lthresh = f32(216 / 24389);
const lscale = f32(841 / 108);
const lbias = f32(16 / 116);
const LAB_SHIFT = 12;
const GAMMA_SHIFT = 3;
const LAB_SHIFT2 = LAB_SHIFT + GAMMA_SHIFT;
const INV_GAMMA_TAB_SIZE = 1 << 12;
const LAB_CBRT_TAB_SIZE_B = ((256 * 3) / 2) * (1 << GAMMA_SHIFT);
const LUT_BASE = 1 << 14;

function applyGamma(x) {
  const d = x <= gammaThreshold ? x / gammaLowScale : ((x + gammaXshift) / (1 + gammaXshift)) ** gammaPower;
  return toFloat32Checked(d, `applyGamma(${x})`);
}

function applyInvGamma(x) {
  const d = x <= gammaInvThreshold ? x * gammaLowScale : x ** (1 / gammaPower) * (1 + gammaXshift) - gammaXshift;
  return toFloat32Checked(d, `applyInvGamma(${x})`);
}

/** cvRound of the float32 product a·b. */
function roundProduct(a, b) {
  return cvRound(f32(a * b));
}

// ---- the tables ------------------------------------------------------------------------

const f255 = 255;
const srgbGamma = Array.from({ length: 256 }, (_, i) =>
  roundProduct(f32(255 * (1 << GAMMA_SHIFT)), applyGamma(f32(i / f255))),
);

const cbTabScale = f32(1 / (255 * (1 << GAMMA_SHIFT)));
const labCbrt = Array.from({ length: LAB_CBRT_TAB_SIZE_B }, (_, i) => {
  const x = f32(cbTabScale * i);
  const f = x < lthresh ? mulAdd32(x, lscale, lbias) : cbrt32(x);
  return roundProduct(2 ** LAB_SHIFT2, f);
});

const invScale = f32(1 / INV_GAMMA_TAB_SIZE);
const srgbInvGamma = Array.from({ length: INV_GAMMA_TAB_SIZE }, (_, i) =>
  roundProduct(f255, applyInvGamma(f32(invScale * i))),
);

// LabToYF_b: y and f(y) in 1/16384 units for each 8-bit L.
const labToY = [];
const labToFy = [];
for (let i = 0; i < 256; i++) {
  let y, ify;
  if (i <= 20) {
    y = cvRound(f32(f32(i * LUT_BASE * 20 * 9) / f32(17 * 29 * 29 * 29)));
    ify = cvRound(f32(LUT_BASE * f32(f32(16 / 116) + f32(f32(i * 5) / f32(3 * 17 * 29)))));
  } else {
    const fy = f32(f32(f32(i * 100 * LUT_BASE) / f32(255 * 116)) + f32(f32(16 * LUT_BASE) / f32(116)));
    ify = cvRound(fy);
    y = cvRound(f32(f32(f32(fy * fy) * fy) / f32(LUT_BASE * LUT_BASE)));
  }
  labToY.push(y);
  labToFy.push(ify);
}

// Fixed-point matrices, rows R, G, B or X, Y, Z; columns in R, G, B (or X, Y, Z) order.
const lshift = 1 << LAB_SHIFT;
const rgbToXyz = [];
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) rgbToXyz.push(cvRound((lshift * sRGB2XYZ_D65[i * 3 + j]) / D65[i]));
}
const xyzToRgb = [];
for (let row = 0; row < 3; row++) {
  for (let i = 0; i < 3; i++) xyzToRgb.push(cvRound(lshift * XYZ2sRGB_D65[row * 3 + i] * D65[i]));
}

// ---- encoding: every table is non-decreasing, so store its first value and byte steps -------

// The two sRGB gamma tables are shipped as data (they need pow(), whose last bit each engine's
// libm may round its own way); LabCbrtTab_b and LabToYF_b follow from float operations alone,
// so assembly/labCurves.ts and src/twin/labCurves.ts compute them at start-up and
// test/labTables.test.ts checks them against LAB_CURVES.
const TABLES = [
  ['SRGB_GAMMA', srgbGamma, 'sRGBGammaTab_b: 255·8·gamma(i/255), linear light from an 8-bit sRGB level'],
  [
    'SRGB_INV_GAMMA_STARTS',
    runStarts(srgbInvGamma),
    'sRGBInvGammaTab_b, 255·gamma^-1(i/4096) (an 8-bit sRGB level from linear light), as the first index of each level 0..255',
  ],
];

/** The tables labCurves.ts computes, as initLabTabs() does: LabCbrtTab_b, and LabToYF_b's Y and f(Y) of each 8-bit L. */
export const LAB_CURVES = { LAB_CBRT: labCbrt, LAB_TO_Y: labToY, LAB_TO_FY: labToFy };

/** sRGBInvGammaTab_b takes every level 0..255 in turn (4096 entries): store where each level starts. */
function runStarts(values) {
  const starts = [];
  values.forEach((value, i) => {
    if (value === starts.length) starts.push(i);
    else if (value !== starts.length - 1) throw new Error(`inverse gamma skips a level at ${i}`);
  });
  if (starts.length !== 256) throw new Error('inverse gamma does not reach 255');
  return starts;
}

const encoded = TABLES.map(([name, values, doc]) => {
  const steps = values.slice(1).map((value, i) => value - values[i]);
  if (steps.some((step) => step < 0 || step > 255)) throw new Error(`${name} is not non-decreasing in byte steps`);
  return { name, doc, first: values[0], steps, length: values.length };
});

/** The two matrices as named constants: X_R is the weight of linear R in X, R_X of X in R. */
function matrices(declare) {
  const constants = (rows, columns, values) =>
    values.map((value, i) => `${declare(`${rows[Math.floor(i / 3)]}_${columns[i % 3]}`)} = ${value};`);
  const lines = (values) => [0, 3, 6].map((i) => values.slice(i, i + 3).join(' '));
  return `/** X, Y/white and Z/white from linear R, G, B, times 2^12 (D65 white). */
${lines(constants('XYZ', 'RGB', rgbToXyz)).join('\n')}
/** Linear R, G, B from X, Y, Z, times 2^12. */
${lines(constants('RGB', 'XYZ', xyzToRgb)).join('\n')}
`;
}

/**
 * The fixed-point scalars of RGB2Lab_b and Lab2RGBinteger, written here once for both lab.ts
 * files: the shifts, L's scale and offset, a and b's offset, the inverse gamma table's size.
 */
function scalars(declare) {
  const constants = [
    ["Shift of the matrices' products: X, Y, Z from linear light (xyz_shift)", 'XYZ_SHIFT', LAB_SHIFT],
    ['Shift of L, a and b from f(X), f(Y), f(Z) (lab_shift2)', 'LAB_SHIFT', LAB_SHIFT2],
    ["Shift from Lab2RGBinteger's products to an index of the inverse gamma table", 'RGB_SHIFT', 14],
    [
      '8-bit L from f(Y): L·255/100 = (116·255 + 50) / 100 · f(Y) + L_OFFSET',
      'L_SCALE',
      Math.trunc((116 * 255 + 50) / 100),
    ],
    ['−(16·255·2^15 + 50) / 100', 'L_OFFSET', -Math.trunc((16 * 255 * 2 ** LAB_SHIFT2 + 50) / 100)],
    ['8-bit a and b are offset by 128', 'AB_OFFSET', 128 * 2 ** LAB_SHIFT2],
    ['Entries of the inverse gamma table', 'INV_GAMMA_SIZE', INV_GAMMA_TAB_SIZE],
  ];
  return constants.map(([doc, name, value]) => `/** ${doc}. */\n${declare(name)} = ${value};\n`).join('');
}

const header = (
  language,
) => `// Generated by scripts/make-lab-tables.mjs from OpenCV's initLabTabs() (color_lab.cpp); do not edit.
// Each table is non-decreasing and stored as its first entry and the ${language} of its byte steps
// (the inverse gamma table as the index where each level starts); lab.ts expands them once
// (LabCbrtTab_b and LabToYF_b are computed by labCurves.ts). The matrices are OpenCV's fixed-point RGB2Lab_b / Lab2RGBinteger
// coefficients (shift 12) for RGB channel order, D65 white point folded in; the scalars after them
// are the paths' other fixed-point constants, defined here once for both lab.ts files.
`;

const wrap = (numbers) =>
  numbers
    .join(', ')
    .replace(/(.{1,96})(, |$)/g, '$1,\n  ')
    .replace(/,\n {2}$/, '');

const assembly = [
  header('list'),
  ...encoded.map(
    ({ name, doc, first, steps, length }) => `/** ${doc}. ${length} entries. */
export const ${name}_FIRST: u16 = ${first};
export const ${name}_STEPS = memory.data<u8>([
  ${wrap(steps)},
]);
`,
  ),
  matrices((name) => `export const ${name}: i32`),
  scalars((name) => `export const ${name}: i32`),
].join('\n');

const base64 = (steps) => Buffer.from(steps).toString('base64');
const twin = [
  header('base64'),
  ...encoded.map(
    ({ name, doc, first, steps, length }) => `/** ${doc}. ${length} entries. */
export const ${name}_FIRST = ${first};
export const ${name}_STEPS =
  '${base64(steps).replace(/(.{96})/g, "$1' +\n  '")}';
`,
  ),
  matrices((name) => `export const ${name}`),
  scalars((name) => `export const ${name}`),
].join('\n');

/** Each generated file's text, by its path from the repository root. */
export const LAB_TABLE_FILES = { 'assembly/labTables.ts': assembly, 'src/twin/labTables.ts': twin };

/** One line per table and matrix: its size and range, as scripts/make-lab-tables.mjs prints them. */
export const LAB_TABLE_SUMMARY = [
  ...Object.entries(LAB_CURVES).map(
    ([name, values]) =>
      `${name.padEnd(15)} ${String(values.length).padStart(5)} entries, ${values[0]} … ${values.at(-1)}, computed`,
  ),
  ...encoded.map(
    ({ name, first, steps, length }) =>
      `${name.padEnd(15)} ${String(length).padStart(5)} entries, ${first} … ${first + steps.reduce((a, b) => a + b, 0)}, largest step ${Math.max(...steps)}`,
  ),
  `RGB_TO_XYZ ${rgbToXyz.join(' ')}`,
  `XYZ_TO_RGB ${xyzToRgb.join(' ')}`,
];
