/// <reference types="vite/client" />
// The playground: pick or drop a picture, move the sliders, and see the result and both
// histograms update live. It runs the built package (npm run build), as users get it.
import { histogram } from 'fastclahe';
import astronaut from '../test/images/astronaut.png';
import camera from '../test/images/camera.png';
import cell from '../test/images/cell.png';
import coffee from '../test/images/coffee.png';
import ct from '../test/images/ct-16bit.png';
import hubble from '../test/images/hubble-gray.png';
import retina from '../test/images/retina.png';
import { describeHistogram, drawHistogram } from './chart';
import { copyBefore, setSplit } from './compare';
import { downloadPng, resultName } from './download';
import { MODES, type Display, type Mode, type Settings, type View } from './modes';
import { COLOUR_MODES_16, GRAY_MODES_16 } from './modes16';
import { readPicture, type Picture } from './picture';
import type { Deep } from './pngDecode';
import type { Encodable } from './pngEncode';
import { windowTable } from './window';
import { applyZoom, linkScrolling, type Zoom } from './zoom';

const SAMPLES: Array<[label: string, url: string]> = [
  ['Retina (fundus photograph)', retina],
  ['Hubble eXtreme Deep Field', hubble],
  ['Cell (phase image)', cell],
  ['Camera man', camera],
  ['Astronaut', astronaut],
  ['Coffee', coffee],
  ['CT slice (16-bit, 12 bits used)', ct],
];

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const controls = element<HTMLFormElement>('controls');
const sample = element<HTMLSelectElement>('sample');
const file = element<HTMLInputElement>('file');
const modeSelect = element<HTMLSelectElement>('mode');
const clipLimit = element<HTMLInputElement>('clipLimit');
const tilesX = element<HTMLInputElement>('tilesX');
const tilesY = element<HTMLInputElement>('tilesY');
const bitDepth = element<HTMLSelectElement>('bitDepth');
const windowLow = element<HTMLInputElement>('windowLow');
const windowHigh = element<HTMLInputElement>('windowHigh');
const split = element<HTMLInputElement>('split');
const zoomSelect = element<HTMLSelectElement>('zoom');
const compareImage = element<HTMLCanvasElement>('compareImage');
const problem = element('problem');
const copyButton = element<HTMLButtonElement>('copyCall');
const timing = element<HTMLElement>('timing');
const panels = {
  before: {
    image: element<HTMLCanvasElement>('beforeImage'),
    chart: element<HTMLCanvasElement>('beforeChart'),
    stats: element('beforeStats'),
    info: element('beforeInfo'),
  },
  after: {
    image: element<HTMLCanvasElement>('afterImage'),
    chart: element<HTMLCanvasElement>('afterChart'),
    stats: element('afterStats'),
    info: element('afterInfo'),
  },
};
type Panel = (typeof panels)['before'];
const frames = [panels.before.image.parentElement!, panels.after.image.parentElement!];

/** The picture on screen, its name, and the Colour choices that fit it. */
interface Shown {
  name: string;
  picture: Picture;
  /** Mode<ImageData> for 8-bit pictures, Mode<Deep> for 16-bit ones. */
  modes: Array<Mode<ImageData | Deep>>;
  /** Its index in the Image menu. */
  index: number;
}

let shown: Shown | undefined;
let result: Encodable | undefined;
/** When the oldest input not yet on screen happened (performance.now() time), if any. */
let waitingSince: number | undefined;
let renders = 0;
const lastCounts = new Map<Panel, [Uint32Array, number]>();

function mode() {
  return shown!.modes[modeSelect.selectedIndex]!;
}

function settings(): Settings {
  const method = (controls.elements.namedItem('method') as RadioNodeList).value as Settings['method'];
  return { method, clipLimit: Number(clipLimit.value), tileGridSize: [Number(tilesX.value), Number(tilesY.value)] };
}

let table: [key: string, table: Uint8Array] = ['', new Uint8Array()];

function display(): Display {
  const key = `${windowLow.value}-${windowHigh.value}`;
  if (table[0] !== key) table = [key, windowTable([Number(windowLow.value), Number(windowHigh.value)])];
  return { bitDepth: Number(bitDepth.value) as Display['bitDepth'], table: table[1] };
}

function showView(panel: Panel, view: View): void {
  const { image } = panel;
  if (image.width !== view.pixels.width || image.height !== view.pixels.height) {
    image.width = view.pixels.width;
    image.height = view.pixels.height;
  }
  image.getContext('2d')!.putImageData(view.pixels, 0, 0);
  zoomFrames();
  const depth = view.bitDepth ? { bitDepth: view.bitDepth } : {};
  const top = view.bitDepth ? 2 ** view.bitDepth - 1 : 255;
  const counts = histogram(view.channel, { ...depth, bins: 256 });
  lastCounts.set(panel, [counts, top]);
  drawHistogram(panel.chart, counts, top);
  panel.stats.textContent = describeHistogram(view.bitDepth ? histogram(view.channel, depth) : counts);
}

function showBefore(): void {
  showView(panels.before, mode().before(shown!.picture.pixels, display()));
  copyBefore(panels.before.image, compareImage);
  zoomFrames();
}

function zoomFrames(): void {
  const zoom: Zoom = zoomSelect.value === 'fit' ? 'fit' : Number(zoomSelect.value);
  for (const frame of frames) applyZoom(frame, zoom);
  // Enlarged pictures show their pixels as squares, not blurred. (The overlay, hidden when
  // the split is at 0, has no size of its own to judge by; it is the "before" picture.)
  for (const image of [panels.before.image, panels.after.image]) {
    image.classList.toggle('pixelated', image.width < image.clientWidth && image.height < image.clientHeight);
  }
  compareImage.classList.toggle('pixelated', panels.before.image.classList.contains('pixelated'));
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
  if (!shown) return;
  const current = settings();
  const shownDisplay = display();
  const start = performance.now();
  const view = mode().after(shown.picture.pixels, current, shownDisplay);
  const computeMs = performance.now() - start;
  showView(panels.after, view);
  result = view.result;
  panels.after.info.textContent =
    current.method === 'clahe'
      ? `CLAHE, clip ${current.clipLimit}, ${current.tileGridSize.join('×')} tiles`
      : 'equalizeHist';
  element('call').textContent = mode().call(current, shownDisplay);
  const recorded = shown.picture.deep
    ? { ...current, bitDepth: shownDisplay.bitDepth, window: [Number(windowLow.value), Number(windowHigh.value)] }
    : current;
  // This runs inside the frame; a task queued now runs once that frame is painted.
  setTimeout(() => reportTiming(since, computeMs, recorded));
}

function reportTiming(since: number, computeMs: number, recorded: object): void {
  const latencyMs = performance.now() - since;
  renders++;
  Object.assign(timing.dataset, {
    renders: String(renders),
    latencyMs: latencyMs.toFixed(1),
    computeMs: computeMs.toFixed(1),
    settings: JSON.stringify(recorded),
  });
  const { width, height } = shown!.picture.pixels;
  timing.textContent = `${width}×${height} · ${settings().method} ${computeMs.toFixed(1)} ms · input → paint ${latencyMs.toFixed(0)} ms`;
}

/** Shows `source` if it decodes; otherwise says why and keeps the picture on screen. */
async function open(source: Blob, name: string, index: number): Promise<boolean> {
  let picture: Picture;
  try {
    picture = await readPicture(source);
  } catch (error) {
    const still = shown ? ` Still showing ${shown.name}.` : '';
    showProblem(`Could not open ${name}: ${(error as Error).message.replace(/\.$/, '')}.${still}`);
    return false;
  }
  problem.hidden = true;
  shown = { name, picture, modes: modesFor(picture), index };
  listModes(shown.modes);
  element('deepControls').hidden = !picture.deep;
  if (picture.deep) chooseBitDepth(picture.maxLevel);
  const { width, height } = picture.pixels;
  panels.before.info.textContent = `${name}, ${width}×${height}${picture.deep ? `, 16-bit, levels up to ${picture.maxLevel}` : ''}`;
  showSliderValues();
  showBefore();
  schedule(performance.now());
  return true;
}

function showProblem(message: string): void {
  problem.textContent = message;
  problem.hidden = false;
}

function modesFor(picture: Picture): Array<Mode<ImageData | Deep>> {
  if (!picture.deep) return MODES;
  return picture.pixels.channels === 1 ? GRAY_MODES_16 : COLOUR_MODES_16;
}

/** Lists the Colour choices, keeping the chosen one when the list stays the same. */
function listModes(modes: Shown['modes']): void {
  const labels = modes.map(({ label }) => label);
  if (labels.join('\n') === Array.from(modeSelect.options, ({ text }) => text).join('\n')) return;
  modeSelect.replaceChildren(...labels.map((label) => new Option(label)));
}

/**
 * Offers the depths that hold every level of the picture (the library refuses a level at or
 * above 2^bitDepth), picks the smallest, and shows its whole range.
 */
function chooseBitDepth(maxLevel: number): void {
  const depths = [10, 12, 14, 16].filter((depth) => maxLevel < 2 ** depth);
  bitDepth.replaceChildren(...depths.map((depth) => new Option(String(depth))));
  resetWindow();
}

function resetWindow(): void {
  const top = String(2 ** Number(bitDepth.value) - 1);
  for (const slider of [windowLow, windowHigh]) slider.max = top;
  windowLow.value = '0';
  windowHigh.value = top;
}

/** Keeps black below white: the slider not being moved gives way. */
function orderWindow(moved: EventTarget | null): void {
  if (Number(windowLow.value) < Number(windowHigh.value)) return;
  if (moved === windowLow) windowHigh.value = String(Number(windowLow.value) + 1);
  else windowLow.value = String(Number(windowHigh.value) - 1);
  if (Number(windowLow.value) >= Number(windowHigh.value)) windowLow.value = String(Number(windowHigh.value) - 1);
}

/** A sample, or the user's own picture, which is listed after the samples once opened. */
async function openChoice(index: number): Promise<void> {
  const goBack = () => shown && (sample.selectedIndex = shown.index);
  if (index >= SAMPLES.length) {
    if (ownPicture && !(await open(ownPicture, ownPicture.name, index))) goBack();
    return;
  }
  const [label, url] = SAMPLES[index]!;
  const response = await fetch(url).catch((error: Error) => error);
  if (response instanceof Error || !response.ok) {
    showProblem(
      `Could not load the sample ${label}: ${response instanceof Error ? response.message : `HTTP ${response.status}`}.`,
    );
    goBack();
  } else if (!(await open(await response.blob(), label, index))) goBack();
}

let ownPicture: File | undefined;

async function openOwn(picture: File): Promise<void> {
  if (!(await open(picture, picture.name, SAMPLES.length))) return;
  ownPicture = picture;
  if (sample.options.length === SAMPLES.length) sample.add(new Option());
  sample.options[SAMPLES.length]!.text = picture.name;
  sample.selectedIndex = SAMPLES.length;
}

function showSliderValues(): void {
  const noClipping = Number(clipLimit.value) === 0;
  element('clipLimitValue').textContent = noClipping ? '0 (no clipping)' : clipLimit.value;
  if (noClipping) clipLimit.setAttribute('aria-valuetext', '0, no clipping');
  else clipLimit.removeAttribute('aria-valuetext');
  element('tilesXValue').textContent = tilesX.value;
  element('tilesYValue').textContent = tilesY.value;
  element('windowLowValue').textContent = windowLow.value;
  element('windowHighValue').textContent = windowHigh.value;
  for (const slider of [clipLimit, tilesX, tilesY]) slider.disabled = settings().method !== 'clahe';
}

async function copyCall(): Promise<void> {
  const code = element('call');
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copyButton.textContent = 'Copied';
  } catch {
    // No clipboard permission (an insecure origin, say): select the line for Ctrl+C instead.
    getSelection()?.selectAllChildren(code);
    copyButton.textContent = 'Selected: press Ctrl+C';
  }
  setTimeout(() => (copyButton.textContent = 'Copy'), 2000);
}

function listen(): void {
  controls.addEventListener('submit', (event) => event.preventDefault());
  controls.addEventListener('input', onControl);
  sample.addEventListener('change', () => void openChoice(sample.selectedIndex));
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void openOwn(chosen);
    file.value = ''; // choosing the same file again is a change too
  });
  element('openFile').addEventListener('click', () => file.click());
  split.addEventListener('input', () => setSplit(compareImage, split));
  zoomSelect.addEventListener('change', zoomFrames);
  linkScrolling(frames);
  copyButton.addEventListener('click', () => void copyCall());
  element('download').addEventListener('click', () => {
    if (result && shown) void downloadPng(result, resultName(shown.name, settings().method));
  });
  listenForDrops();
  new ResizeObserver(() => {
    for (const [panel, [counts, top]] of lastCounts) drawHistogram(panel.chart, counts, top);
  }).observe(panels.before.chart);
}

function onControl(event: Event): void {
  if (event.target === sample || event.target === file) return;
  if (event.target === bitDepth) resetWindow();
  if (event.target === windowLow || event.target === windowHigh) orderWindow(event.target);
  showSliderValues();
  if (!shown) return; // the first picture is still loading; it will be drawn with these settings
  if (
    event.target === modeSelect ||
    event.target === bitDepth ||
    event.target === windowLow ||
    event.target === windowHigh
  )
    showBefore();
  schedule(event.timeStamp);
}

function listenForDrops(): void {
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
    if (dropped) void openOwn(dropped);
  });
}

for (const [label] of SAMPLES) sample.add(new Option(label));
listen();
setSplit(compareImage, split);
showSliderValues();
void openChoice(0);
