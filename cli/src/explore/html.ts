// report.html: a page with inline CSS and script (no CDN, no server) that draws everything from
// report-data.js next to it. Thumbnails are files in thumbs/ next to it, loaded
// lazily; a click opens the original through a path relative to the page.
import type { ImageRecord } from './analyseImage.js';
import type { ReportHead } from './report.js';
import { PAGE_SCRIPT } from './pageScript.js';
import type { CocoOverlays } from './cocoReport.js';
import { COCO_STYLE, cocoScriptsHtml, cocoSectionHtml } from './cocoSection.js';

/** What the page needs of each image, with short keys: a 100,000-image page stays a few MB. */
export interface PageImage {
  p: string;
  w?: number;
  h?: number;
  f?: string;
  i: string[];
  e?: string;
  t?: string;
  /** 1: the original is the thumbnail (no `t`). */
  o?: 1;
  v?: string;
  b?: number;
  c?: number;
  d?: number;
  s?: number;
}

/** The page's data file, next to report.html, and the global it sets. */
export const PAGE_DATA_FILE = 'report-data.js';
export const PAGE_DATA_GLOBAL = 'FASTCLAHE_REPORT';

/** What the page needs of the report besides the images: all of it. */
export function pageHead(head: ReportHead): object {
  return head;
}

export function pageImage(r: ImageRecord): PageImage {
  return {
    p: r.path,
    ...(r.width === undefined ? {} : { w: r.width, h: r.height }),
    ...(r.format ? { f: r.format } : {}),
    i: r.issues,
    ...(r.error ? { e: r.error } : {}),
    ...(r.thumb ? { t: r.thumb } : {}),
    ...(r.thumbIsOriginal ? { o: 1 as const } : {}),
    ...(r.preview ? { v: r.preview } : {}),
    ...(r.brightness ? { b: Number(r.brightness.mean.toFixed(4)) } : {}),
    ...(r.channels ? { c: r.channels, d: r.bitDepth } : {}),
    ...(r.fileBytes === undefined ? {} : { s: r.fileBytes }),
  };
}

/**
 * The page itself holds no data: it loads report-data.js, written next to it one image per line,
 * with a classic <script src> (which works from file://, where fetch of report.json does not), so
 * that writing it never needs the whole report in memory.
 */
export function renderHtml(cocoOverlays?: CocoOverlays): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dataset report — fastclahe explore</title>
<style>${STYLE}${cocoOverlays ? COCO_STYLE : ''}</style>
</head>
<body>
<header><h1>Dataset report</h1><p id="subtitle"></p></header>
<main>
<section id="cards" class="cards"></section>
<section id="advice"></section>
<section class="charts">
  <figure><figcaption>Image sizes (width × height, px)</figcaption><div id="chart-sizes"></div></figure>
  <figure><figcaption>Aspect ratio (width / height)</figcaption><div id="chart-aspect"></div></figure>
  <figure><figcaption>Mean brightness</figcaption><div id="chart-brightness"></div></figure>
</section>
${cocoSectionHtml(cocoOverlays)}
<section id="galleries"></section>
<section id="duplicates"></section>
<section>
  <h2 id="all">All images</h2>
  <div class="controls">
    <label>Sort <select id="sort"><option value="path">path</option><option value="size">size (pixels)</option><option value="aspect">aspect ratio</option><option value="brightness">brightness</option><option value="bytes">file size</option></select></label>
    <label>Issue <select id="issue"><option value="">any</option><option value="none">no issue</option></select></label>
    <label>Folder <select id="folder"><option value="">all</option></select></label>
    <span id="shown"></span>
  </div>
  <div id="grid" class="grid"></div>
  <button id="more" type="button" hidden>Show more</button>
</section>
</main>
<div id="zoom" hidden><div class="zoom-body"><button id="zoom-close" type="button" aria-label="Close">×</button><div id="zoom-content"></div></div></div>
<script src="${PAGE_DATA_FILE}"></script>
${cocoScriptsHtml(cocoOverlays)}<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
:root { --fg: #1d2433; --muted: #5f6b7a; --bg: #f6f7f9; --card: #fff; --line: #dde1e6; --accent: #2457c5; --bad: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 16px 24px 4px; } h1 { margin: 0; font-size: 22px; } #subtitle { margin: 4px 0 0; color: var(--muted); }
main { padding: 8px 24px 40px; } h2 { font-size: 17px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 20px 0 4px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; cursor: default; }
.card[data-issue] { cursor: pointer; } .card[data-issue]:hover { border-color: var(--accent); }
.card b { display: block; font-size: 22px; } .card span { color: var(--muted); } .card.bad b { color: var(--bad); }
#advice { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-top: 14px; }
#advice h2 { margin-top: 4px; } #advice table { border-collapse: collapse; } #advice td { padding: 1px 12px 1px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 14px; margin-top: 14px; }
figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
figcaption { font-weight: 600; margin-bottom: 6px; } svg { width: 100%; height: auto; display: block; }
svg text { font-size: 10px; fill: var(--muted); } .bar { fill: var(--accent); } .dot { fill: var(--accent); fill-opacity: .45; }
.rule { color: var(--muted); margin: 0 0 8px; max-width: 980px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 4px; cursor: zoom-in; min-width: 0; }
.tile .pics { display: flex; gap: 2px; height: 130px; align-items: center; justify-content: center; background: #eceef1; }
.tile img { max-width: 100%; max-height: 130px; object-fit: contain; min-width: 0; }
.tile .pics.pair img { max-width: 50%; }
.tile .name { font-size: 11px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tile .meta { font-size: 11px; color: var(--muted); }
.tile .error { font-size: 11px; color: var(--bad); padding: 6px; overflow: hidden; max-height: 130px; }
.tag { display: inline-block; font-size: 10px; background: #fde8e6; color: var(--bad); border-radius: 3px; padding: 0 4px; margin: 1px 2px 0 0; }
.controls { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin-bottom: 10px; } #shown { color: var(--muted); }
select, button { font: inherit; } #more { margin-top: 12px; }
.group { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 6px; margin-bottom: 8px; }
.group .grid { grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); }
#zoom { position: fixed; inset: 0; background: rgba(10, 14, 22, .82); display: flex; align-items: center; justify-content: center; z-index: 10; }
#zoom[hidden] { display: none; }
.zoom-body { background: var(--card); border-radius: 8px; padding: 12px; max-width: 96vw; max-height: 96vh; overflow: auto; position: relative; }
.zoom-body img { max-width: 92vw; max-height: 80vh; display: block; margin: 0 auto; }
.zoom-pair { display: flex; gap: 8px; } .zoom-pair img { max-width: 46vw; }
#zoom-close { position: absolute; right: 8px; top: 4px; border: 0; background: none; font-size: 22px; cursor: pointer; }
`;
