// The figure every histogram-equalization tutorial shows: the 256-level histogram as bars and
// its cumulative distribution (CDF) as a line, drawn on a canvas at the screen's resolution.

const BAR = '#c9ced6';
const CLIPPED = '#ffffff';
const CDF = '#ff9f43';
const AXIS = '#5d6572';
const TEXT = '#9aa3b0';
const PAD = { left: 8, right: 8, top: 22, bottom: 20 };

/**
 * Draws `counts` (256 bins over levels 0..`top`: 255, or 2^bitDepth − 1 for 16-bit) on `canvas`. The vertical scale ignores the two tallest bins when
 * they tower over the rest (a black border or a bright sky would flatten everything else);
 * bars taller than the scale are drawn to the top in a brighter shade.
 */
export function drawHistogram(canvas: HTMLCanvasElement, counts: Uint32Array, top = 255): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);

  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const bottom = PAD.top + plotHeight;
  const x = (level: number) => PAD.left + (level / 256) * plotWidth;
  const scale = verticalScale(counts);

  const barWidth = plotWidth / 256;
  for (let level = 0; level < 256; level++) {
    const count = counts[level]!;
    if (count === 0) continue;
    context.fillStyle = count > scale ? CLIPPED : BAR;
    const barHeight = Math.max(1, (Math.min(count, scale) / scale) * plotHeight);
    context.fillRect(x(level), bottom - barHeight, Math.max(barWidth - 0.25, 0.75), barHeight);
  }

  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total > 0) {
    context.strokeStyle = CDF;
    context.lineWidth = 2;
    context.beginPath();
    let running = 0;
    for (let level = 0; level < 256; level++) {
      running += counts[level]!;
      const y = bottom - (running / total) * plotHeight;
      if (level === 0) context.moveTo(x(0), y);
      context.lineTo(x(level + 1), y);
    }
    context.stroke();
  }

  context.strokeStyle = AXIS;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(PAD.left, bottom + 0.5);
  context.lineTo(PAD.left + plotWidth, bottom + 0.5);
  context.stroke();

  context.font = '11px system-ui, sans-serif';
  context.fillStyle = TEXT;
  context.textBaseline = 'top';
  for (const quarter of [0, 1, 2, 3, 4]) {
    context.textAlign = quarter === 0 ? 'left' : quarter === 4 ? 'right' : 'center';
    const level = quarter === 4 ? top : ((top + 1) / 4) * quarter;
    context.fillText(String(level), quarter === 4 ? PAD.left + plotWidth : x(quarter * 64), bottom + 5);
  }
  legend(context, PAD.left, 4);
}

function verticalScale(counts: Uint32Array): number {
  const tallest = Array.from(counts).sort((a, b) => b - a);
  const third = tallest[2]!;
  return tallest[0]! > 2 * third && third > 0 ? third * 1.15 : Math.max(tallest[0]!, 1);
}

function legend(context: CanvasRenderingContext2D, left: number, top: number): void {
  context.textAlign = 'left';
  context.fillStyle = BAR;
  context.fillRect(left, top + 2, 10, 9);
  context.fillStyle = TEXT;
  context.fillText('histogram', left + 15, top);
  context.strokeStyle = CDF;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(left + 82, top + 7);
  context.lineTo(left + 96, top + 7);
  context.stroke();
  context.fillText('cumulative (CDF)', left + 101, top);
}

/** One line of statistics about the histogram (one count per level), as in `npm run demo`. */
export function describeHistogram(counts: Uint32Array): string {
  let total = 0;
  let sum = 0;
  let used = 0;
  counts.forEach((count, level) => {
    total += count;
    sum += count * level;
    if (count > 0) used++;
  });
  if (total === 0) return '';
  const mean = sum / total;
  let variance = 0;
  counts.forEach((count, level) => (variance += count * (level - mean) ** 2));
  return `${used} levels used · mean ${mean.toFixed(1)} · std dev ${Math.sqrt(variance / total).toFixed(1)}`;
}
