// The performance targets benchmarks/run.mjs checks its rows against (the goals in README).
/** The targets as a Markdown table: measured, goal, met or missed. */
export function targets(rows) {
  const find = (operation, size) => rows.find((row) => row.operation === operation && row.size === size);
  const ratio = (row, peer) => row?.ratio[peer]?.median;
  const gbPerSecond = (row) =>
    row &&
    (Number(row.size.split('×')[0]) * Number(row.size.split('×')[1]) * row.channels * (row.depth / 8)) /
      (row.ms.fastclahe / 1000) /
      1e9;
  const check = (label, value, goal, unit) =>
    `| ${label} | ${value === undefined ? 'not measured' : `${value.toFixed(2)}${unit}`} | ≥ ${goal}${unit} | ${value === undefined ? '–' : value >= goal ? 'met' : 'missed'} |`;
  const clahe4k = find('clahe (clip 2, 8×8)', '3840×2160');
  return [
    '| target | measured | goal | |',
    '|---|---:|---:|---|',
    check('CLAHE 3840×2160 gray vs native OpenCV, 1 thread', ratio(clahe4k, 'native'), 2, '×'),
    check('CLAHE 3840×2160 gray vs OpenCV.js', ratio(clahe4k, 'OpenCV.js'), 5, '×'),
    check('CLAHE 3840×2160 gray vs TypeScript twin', ratio(clahe4k, 'twin'), 4, '×'),
    check('equalizeHist 3840×2160 input throughput', gbPerSecond(find('equalizeHist', '3840×2160')), 1, ' GB/s'),
    check('histogram 3840×2160 input throughput', gbPerSecond(find('histogram', '3840×2160')), 1, ' GB/s'),
    check(
      'HSV CLAHE 1920×1080 RGBA vs native OpenCV, 1 thread',
      ratio(find('clahe HSV (clip 2, 8×8)', '1920×1080'), 'native'),
      1,
      '×',
    ),
    check(
      'HSV CLAHE 1920×1080 RGBA vs OpenCV.js',
      ratio(find('clahe HSV (clip 2, 8×8)', '1920×1080'), 'OpenCV.js'),
      3,
      '×',
    ),
  ].join('\n');
}
