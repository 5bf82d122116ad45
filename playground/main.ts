/// <reference types="vite/client" />
// The playground: pick or drop a picture, move the sliders, and see the result and both
// histograms update live. It runs the built package (npm run build), as users get it.
import { histogram } from 'fastclahe';
import astronaut from '../test/images/astronaut.png';
import camera from '../test/images/camera.png';
import cell from '../test/images/cell.png';
import coffee from '../test/images/coffee.png';
import hubble from '../test/images/hubble-gray.png';
import retina from '../test/images/retina.png';
import { describeHistogram, drawHistogram } from './chart';
import { MODES, type Settings, type View } from './modes';
import { decode } from './pixels';

const SAMPLES: Array<[label: string, url: string]> = [
  ['Retina (fundus photograph)', retina],
  ['Hubble eXtreme Deep Field', hubble],
  ['Cell (phase image)', cell],
  ['Camera man', camera],
  ['Astronaut', astronaut],
  ['Coffee', coffee],
];

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const controls = element<HTMLFormElement>('controls');
const sample = element<HTMLSelectElement>('sample');
const file = element<HTMLInputElement>('file');
const modeSelect = element<HTMLSelectElement>('mode');
const clipLimit = element<HTMLInputElement>('clipLimit');
const tilesX = element<HTMLInputElement>('tilesX');
const tilesY = element<HTMLInputElement>('tilesY');
const timing = element<HTMLElement>('timing');
const panels = {
  before: { image: element<HTMLCanvasElement>('beforeImage'), chart: element<HTMLCanvasElement>('beforeChart'), stats: element('beforeStats'), info: element('beforeInfo') },
  after: { image: element<HTMLCanvasElement>('afterImage'), chart: element<HTMLCanvasElement>('afterChart'), stats: element('afterStats'), info: element('afterInfo') },
};
type Panel = (typeof panels)['before'];

let picture: ImageData | undefined;
/** When the oldest input not yet on screen happened (performance.now() time), if any. */
let waitingSince: number | undefined;
let renders = 0;
const lastCounts = new Map<Panel, Uint32Array>();

function mode() {
  return MODES[modeSelect.selectedIndex]!;
}

function settings(): Settings {
  const method = (controls.elements.namedItem('method') as RadioNodeList).value as Settings['method'];
  return { method, clipLimit: Number(clipLimit.value), tileGridSize: [Number(tilesX.value), Number(tilesY.value)] };
}

function showView(panel: Panel, view: View): void {
  const { image } = panel;
  if (image.width !== view.pixels.width || image.height !== view.pixels.height) {
    image.width = view.pixels.width;
    image.height = view.pixels.height;
  }
  image.getContext('2d')!.putImageData(view.pixels, 0, 0);
  const counts = histogram(view.channel);
  lastCounts.set(panel, counts);
  drawHistogram(panel.chart, counts);
  panel.stats.textContent = describeHistogram(counts);
}

/** Repaints the "after" panel in the next frame, once however many inputs arrive before it. */
function schedule(since: number): void {
  if (waitingSince !== undefined) return;
  waitingSince = since;
  requestAnimationFrame(renderAfter);
}

function renderAfter(): void {
  const since = waitingSince!;
  waitingSince = undefined;
  if (!picture) return;
  const current = settings();
  const start = performance.now();
  const view = mode().after(picture, current);
  const computeMs = performance.now() - start;
  showView(panels.after, view);
  panels.after.info.textContent = current.method === 'clahe' ? `CLAHE, clip ${current.clipLimit}, ${current.tileGridSize.join('×')} tiles` : 'equalizeHist';
  element('call').textContent = mode().call(current);
  // This runs inside the frame; a task queued now runs once that frame is painted.
  setTimeout(() => {
    const latencyMs = performance.now() - since;
    renders++;
    Object.assign(timing.dataset, { renders: String(renders), latencyMs: latencyMs.toFixed(1), computeMs: computeMs.toFixed(1), settings: JSON.stringify(current) });
    timing.textContent = `${picture!.width}×${picture!.height} · ${current.method} ${computeMs.toFixed(1)} ms · input → paint ${latencyMs.toFixed(0)} ms`;
  });
}

async function open(source: Blob, name: string): Promise<void> {
  try {
    picture = await decode(source);
  } catch {
    timing.textContent = `Could not read ${name} as an image.`;
    return;
  }
  panels.before.info.textContent = `${name}, ${picture.width}×${picture.height}`;
  showView(panels.before, mode().before(picture));
  schedule(performance.now());
}

/** A sample, or the user's own picture, which is listed after the samples once opened. */
async function openChoice(index: number): Promise<void> {
  const own = ownPicture;
  if (index < SAMPLES.length) {
    const [label, url] = SAMPLES[index]!;
    await open(await (await fetch(url)).blob(), label);
  } else if (own) {
    await open(own, own.name);
  }
}

let ownPicture: File | undefined;

function openOwn(picture: File): void {
  ownPicture = picture;
  if (sample.options.length === SAMPLES.length) sample.add(new Option());
  sample.options[SAMPLES.length]!.text = picture.name;
  sample.selectedIndex = SAMPLES.length;
  void open(picture, picture.name);
}

function showSliderValues(): void {
  element('clipLimitValue').textContent = Number(clipLimit.value) === 0 ? '0 (no clipping)' : clipLimit.value;
  element('tilesXValue').textContent = tilesX.value;
  element('tilesYValue').textContent = tilesY.value;
  for (const slider of [clipLimit, tilesX, tilesY]) slider.disabled = settings().method !== 'clahe';
}

for (const [label] of SAMPLES) sample.add(new Option(label));
for (const { label } of MODES) modeSelect.add(new Option(label));

controls.addEventListener('submit', (event) => event.preventDefault());
controls.addEventListener('input', (event) => {
  if (event.target === sample || event.target === file) return;
  showSliderValues();
  if (event.target === modeSelect && picture) showView(panels.before, mode().before(picture));
  schedule(event.timeStamp);
});
sample.addEventListener('change', () => void openChoice(sample.selectedIndex));
file.addEventListener('change', () => {
  const chosen = file.files?.[0];
  if (chosen) openOwn(chosen);
});

const dropHint = element('dropHint');
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropHint.hidden = false;
});
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) dropHint.hidden = true;
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dropHint.hidden = true;
  const dropped = event.dataTransfer?.files[0];
  if (dropped) openOwn(dropped);
});

new ResizeObserver(() => {
  for (const [panel, counts] of lastCounts) drawHistogram(panel.chart, counts);
}).observe(panels.before.chart);

showSliderValues();
void openChoice(0);
