// The page's COCO section (explore --coco): class-imbalance bars, box area and aspect histograms
// (overall or one class), the size split, anchor fit, the findings table, and the boxes and
// polygons drawn over each thumbnail in class colours, with a switch. Plain SVG and browser
// JavaScript as the rest of the page; the main script calls window.cocoDecorate on each tile.
import type { CocoOverlays } from './cocoReport.js';
import { DOM_HELPERS } from './pageScript.js';

/** JSON that is safe inside <script> (as html.ts does for the report). */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The section's place in <main>; empty without --coco. */
export function cocoSectionHtml(overlays: CocoOverlays | undefined): string {
  return overlays ? '<section id="coco"></section>' : '';
}

/** The overlay data and the section's script: after the report data, before the main script (which calls cocoDecorate). */
export function cocoScriptsHtml(overlays: CocoOverlays | undefined): string {
  return overlays
    ? `<script type="application/json" id="coco-overlays">${scriptJson(overlays)}</script>\n<script>${COCO_SCRIPT}</script>\n`
    : '';
}

export const COCO_STYLE = `
#coco .charts figure { min-width: 0; } #coco table { border-collapse: collapse; background: var(--card); }
#coco th, #coco td { border-bottom: 1px solid var(--line); padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
#coco td.n { text-align: right; font-variant-numeric: tabular-nums; } #coco .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
/* The thumbnail and its overlay fill the same box; object-fit contain and the SVG's default
   preserveAspectRatio (xMidYMid meet) letterbox both the same way, so the boxes line up. */
.coco-wrap { position: relative; width: 100%; height: 130px; } .pics.pair .coco-wrap { width: 50%; }
.tile .coco-wrap img { width: 100%; height: 100%; max-width: none; object-fit: contain; }
.zoom-body .coco-wrap { display: block; width: fit-content; height: auto; margin: 0 auto; } .zoom-pair .coco-wrap { margin: 0; }
.coco-overlay { position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none; }
.coco-off .coco-overlay { display: none; }
.coco-overlay .coco-gt { stroke: #16a34a; } .coco-overlay .coco-missed { stroke: #dc2626; } .coco-overlay .coco-tp { stroke: #f97316; }
.coco-overlay .coco-fp { stroke: #f97316; stroke-dasharray: 4 3; } .coco-overlay .coco-ign { stroke: #9ca3af; stroke-dasharray: 1 3; }
#coco pre { background: var(--card); border: 1px solid var(--line); padding: 8px; overflow: auto; font-size: 12px; }
.pr-line { fill: none; stroke-width: 1.5; }
`;

const COCO_SCRIPT = String.raw`
'use strict';
(function () {
  // The page's data: report-data.js, loaded before this script.
  var report = window.FASTCLAHE_REPORT;
  var overlays = JSON.parse(document.getElementById('coco-overlays').textContent);
  var coco = report.coco;
${DOM_HELPERS}
  // Golden-angle hues: neighbouring class indices get far-apart colours.
  function colour(k) { return 'hsl(' + Math.round((k * 137.508) % 360) + ', 75%, 45%)'; }
  function pct(x) { return (100 * x).toFixed(1) + ' %'; }

  // ---- boxes and polygons over the thumbnails (called by the main script for every tile) ----
  var detections = overlays.dt;
  window.cocoDecorate = function (image, pics) {
    var objects = overlays.gt[image.p] || [], img = pics.querySelector('img');
    if (!(objects.length || (detections && detections[image.p])) || !img || !image.w) return;
    var wrap = el('span', { className: 'coco-wrap' });
    img.parentNode.replaceChild(wrap, img);
    wrap.appendChild(img);
    var svg = svgEl('svg', { viewBox: '0 0 ' + image.w + ' ' + image.h, 'class': 'coco-overlay' });
    objects.forEach(function (o) {
      var c = colour(o[0]);
      (o[5] || []).forEach(function (ring) {
        var pts = [];
        for (var i = 0; i + 1 < ring.length; i += 2) pts.push(ring[i] + ',' + ring[i + 1]);
        svg.appendChild(svgEl('polygon', { points: pts.join(' '), fill: c, 'fill-opacity': 0.35, stroke: 'none' }));
      });
      var rect = svgEl('rect', { x: o[1], y: o[2], width: o[3], height: o[4], fill: 'none', stroke: c, 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke' });
      // With --predictions: ground truth green, or red when missed at the threshold; crowd grey.
      if (o.length > 6) {
        rect.setAttribute('class', ['coco-missed', 'coco-gt', 'coco-ign'][o[6]]);
        if (o[6] === 1) rect.setAttribute('data-m', o[7]); // the score of the detection that matched it
      }
      svg.appendChild(rect);
    });
    ((detections && detections[image.p]) || []).forEach(function (d) {
      var rect = svgEl('rect', { x: d[1], y: d[2], width: d[3], height: d[4], fill: 'none', 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke',
        'class': d[6] === 1 ? 'coco-tp' : d[6] === 0 ? 'coco-fp' : 'coco-ign', 'data-s': d[5] });
      rect.appendChild(svgEl('title', {})).textContent = (d[6] === 1 ? 'true positive' : d[6] === 0 ? 'false positive' : 'ignored (crowd)') + ', score ' + d[5];
      svg.appendChild(rect);
    });
    wrap.appendChild(svg);
    applyThreshold(svg);
  };
  // The outcomes are pycocotools' at IoU 0.5 with every detection. Matching is greedy from the
  // highest score down, so the detections at or above any threshold match exactly as they do
  // there: hiding the lower ones and calling the ground truth they matched missed is exact.
  var threshold = 0;
  function applyThreshold(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-s]'), function (r) { r.style.display = Number(r.getAttribute('data-s')) >= threshold ? '' : 'none'; });
    Array.prototype.forEach.call(root.querySelectorAll('[data-m]'), function (r) {
      r.setAttribute('class', Number(r.getAttribute('data-m')) < threshold ? 'coco-missed' : 'coco-gt');
    });
  }

  // ---- the section ----
  var section = document.getElementById('coco');
  var classes = coco.classes;
  section.appendChild(el('h2', { text: 'Annotations (COCO: ' + coco.file + ')' }));
  var toggle = el('input', { type: 'checkbox', id: 'coco-toggle' });
  toggle.checked = true;
  toggle.addEventListener('change', function () { document.body.classList.toggle('coco-off', !toggle.checked); });
  section.appendChild(el('label', {}, [toggle, document.createTextNode(' draw boxes and polygons on the thumbnails (class colours)')]));
  var cards = el('div', { className: 'cards', id: 'coco-cards' });
  [[coco.images, 'images in the file'], [coco.objects, 'objects counted'], [classes.length, 'classes'],
    [coco.imagesWithoutAnnotations.count, 'images without objects'], [pct(coco.anchors.share), 'boxes fitting no anchor'],
    [coco.tiny.count, 'tiny objects (≤ ' + coco.tiny.maxSide + ' px)'], [coco.findings.length, 'kinds of findings', true]].forEach(function (c) {
    cards.appendChild(el('div', { className: 'card' + (c[2] && c[0] > 0 ? ' bad' : '') }, [el('b', { text: String(c[0]) }), el('span', { text: c[1] })]));
  });
  section.appendChild(cards);

  // Class imbalance: one horizontal bar per class, most objects first.
  function classBars() {
    var sorted = classes.map(function (c, k) { return { c: c, k: k }; }).sort(function (a, b) { return b.c.objects - a.c.objects; });
    var W = 320, row = 14, left = 80, H = row * sorted.length + 6, max = Math.max(1, sorted.length ? sorted[0].c.objects : 1);
    var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', id: 'coco-classes' });
    sorted.forEach(function (e, i) {
      var w = (W - left - 70) * e.c.objects / max;
      svg.appendChild(svgEl('text', { x: left - 4, y: i * row + 11, 'text-anchor': 'end' })).textContent = e.c.name.length > 14 ? e.c.name.slice(0, 13) + '…' : e.c.name;
      var bar = svgEl('rect', { x: left, y: i * row + 3, width: Math.max(w, 0.5), height: row - 4, fill: colour(e.k) });
      bar.appendChild(svgEl('title', {})).textContent = e.c.name + ': ' + e.c.objects + ' objects in ' + e.c.images + ' images';
      svg.appendChild(bar);
      svg.appendChild(svgEl('text', { x: left + w + 4, y: i * row + 11 })).textContent = e.c.objects + ' (' + e.c.images + ' img)';
    });
    return svg;
  }
  function histogram(h, label) {
    var W = 320, H = 160, left = 30, bottom = 30, max = Math.max.apply(null, h.counts.concat([1]));
    var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    var bw = (W - left) / h.counts.length;
    h.counts.forEach(function (v, i) {
      var bh = (H - bottom - 10) * v / max;
      var name = label(h.edges[i], h.edges[i + 1]);
      var rect = svgEl('rect', { x: left + i * bw + 1, y: H - bottom - bh, width: Math.max(1, bw - 2), height: bh, 'class': 'bar' });
      rect.appendChild(svgEl('title', {})).textContent = name + ': ' + v;
      svg.appendChild(rect);
      svg.appendChild(svgEl('text', { x: left + i * bw + bw / 2, y: H - bottom + 12, 'text-anchor': 'middle' })).textContent = name;
    });
    svg.appendChild(svgEl('text', { x: 2, y: 12 })).textContent = String(max);
    svg.appendChild(svgEl('line', { x1: left, x2: W, y1: H - bottom, y2: H - bottom, stroke: '#aab' }));
    return svg;
  }
  // Bin labels: the upper edge ('<32'), the last bin '≥' its lower edge; whole counts as '0', '6–10'.
  function upper(show) { return function (lo, hi) { return hi === null ? '≥' + show(lo) : '<' + show(hi); }; }
  var ratio = upper(function (v) { return v >= 1 || v === 0 ? String(Math.round(v * 100) / 100) : '1/' + Math.round(1 / v); });
  var plain = upper(String);
  function whole(lo, hi) { return hi === null ? '≥' + lo : hi - lo === 1 ? String(lo) : lo + '–' + (hi - 1); }
  var charts = el('div', { className: 'charts' });
  charts.appendChild(el('figure', {}, [el('figcaption', { text: 'Objects per class (images in brackets)' }), classBars()]));
  var classSelect = el('select', { id: 'coco-class' }, [el('option', { value: '', text: 'all classes' })]);
  classes.forEach(function (c, k) { classSelect.appendChild(el('option', { value: String(k), text: c.name + ' (' + c.objects + ')' })); });
  var areaBox = el('div', { id: 'coco-area' }), aspectBox = el('div', { id: 'coco-aspect' }), opiBox = el('div', { id: 'coco-per-image' });
  charts.appendChild(el('figure', {}, [el('figcaption', { text: 'Box size √(w·h), px' }), areaBox]));
  charts.appendChild(el('figure', {}, [el('figcaption', { text: 'Box aspect (width / height)' }), aspectBox]));
  charts.appendChild(el('figure', {}, [el('figcaption', { text: 'Objects per image' }), opiBox]));
  opiBox.appendChild(histogram(coco.objectsPerImage, whole));
  function drawShapes() {
    var source = classSelect.value === '' ? coco : classes[Number(classSelect.value)];
    areaBox.textContent = ''; aspectBox.textContent = '';
    areaBox.appendChild(histogram(source.boxArea, plain));
    aspectBox.appendChild(histogram(source.aspect, ratio));
  }
  classSelect.addEventListener('change', drawShapes);
  drawShapes();
  section.appendChild(el('div', { className: 'controls' }, [el('label', {}, [document.createTextNode('Box shapes of '), classSelect])]));
  section.appendChild(charts);

  // Sizes and anchor fit, per class.
  var a = coco.anchors;
  section.appendChild(el('h3', { text: 'Sizes and anchor fit' }));
  section.appendChild(el('p', { className: 'rule', text: 'Size split: small ' + coco.sizes.small + ', medium ' + coco.sizes.medium + ', large ' + coco.sizes.large + '. ' + coco.sizeRule + '.' }));
  section.appendChild(el('p', { className: 'rule', id: 'coco-anchor-summary', text: pct(a.share) + ' of the boxes (' + a.poorFit + ' of ' + coco.objects + ') fit no anchor: ' + a.rule + '. Anchors: sizes ' +
    a.sizes.map(function (s) { return s.toFixed(1); }).join(', ') + ' px; height/width ratios ' + a.ratios.join(', ') + '.' }));
  var head = ['class', 'objects', 'images', 'crowd', 'mean box area px²', 'small', 'medium', 'large', 'fit no anchor', 'tiny'];
  var table = el('table', { id: 'coco-class-table' }, [el('tr', {}, head.map(function (h) { return el('th', { text: h }); }))]);
  classes.forEach(function (c, k) {
    var name = el('td', {}, [el('span', { className: 'swatch', style: 'background:' + colour(k) }), document.createTextNode(c.name)]);
    var cells = [c.objects, c.images, c.crowd, c.meanBoxArea === null ? '–' : Math.round(c.meanBoxArea), c.sizes.small, c.sizes.medium, c.sizes.large,
      c.objects ? c.poorAnchorFit + ' (' + pct(c.poorAnchorFit / c.objects) + ')' : '–', c.tiny];
    table.appendChild(el('tr', {}, [name].concat(cells.map(function (v) { return el('td', { className: 'n', text: String(v) }); }))));
  });
  section.appendChild(table);

  // Findings.
  section.appendChild(el('h3', { text: 'Findings in the annotation file (' + coco.findings.length + ')' }));
  if (!coco.findings.length) section.appendChild(el('p', { className: 'rule', text: 'None.' }));
  else {
    var ft = el('table', { id: 'coco-findings' }, [el('tr', {}, ['finding', 'count', 'what it means', 'examples'].map(function (h) { return el('th', { text: h }); }))]);
    coco.findings.forEach(function (f) {
      ft.appendChild(el('tr', {}, [el('td', { text: f.code }), el('td', { className: 'n', text: String(f.count) }), el('td', { text: f.message }), el('td', { text: f.examples.join(', ') })]));
    });
    section.appendChild(ft);
  }
  if (coco.predictions) predictionsSection(coco.predictions);
  if (coco.tiny.list.length) {
    section.appendChild(el('h3', { text: 'Tiny objects (' + coco.tiny.count + (coco.tiny.count > coco.tiny.list.length ? ', first ' + coco.tiny.list.length + ' listed' : '') + ')' }));
    section.appendChild(el('ul', { id: 'coco-tiny' }, coco.tiny.list.map(function (t) {
      return el('li', { text: 'annotation ' + t.id + ' on ' + (t.path || 'image ' + t.image) + ': ' + t.bbox.join(', ') });
    })));
  }

  // ---- with --predictions: the evaluation ----
  function predictionsSection(p) {
    section.appendChild(el('h3', { id: 'coco-predictions', text: 'Predictions (' + p.file + ', ' + p.results + ' results, ' + (p.iouType === 'segm' ? 'mask' : 'box') + ' IoU)' }));
    p.findings.forEach(function (f) { section.appendChild(el('p', { className: 'rule', text: f.code + ' (' + f.count + '): ' + f.message })); });
    if (!p.stats.length) return;
    var slider = el('input', { type: 'range', id: 'coco-threshold', min: '0', max: '1', step: '0.05', value: '0' });
    var shownThr = el('span', { text: '0.00' });
    slider.addEventListener('input', function () { threshold = Number(slider.value); shownThr.textContent = threshold.toFixed(2); applyThreshold(document); });
    section.appendChild(el('div', { className: 'controls' }, [el('label', {}, [document.createTextNode('Score threshold for the overlays '), slider, document.createTextNode(' '), shownThr]),
      el('span', { className: 'rule', text: 'ground truth green, missed red, true positives orange, false positives dashed, crowd grey dotted (IoU 0.5)' })]));
    section.appendChild(el('pre', { id: 'coco-summary', text: p.summary.join('\n') }));
    var charts2 = el('div', { className: 'charts' });
    charts2.appendChild(el('figure', {}, [el('figcaption', { text: 'AP@[.5:.95] per class' }), apBars(p.perCategory)]));
    var prBox = el('div', { id: 'coco-pr' });
    var prSelect = el('select', { id: 'coco-pr-class' }, [el('option', { value: '', text: 'all classes' })]);
    classes.forEach(function (c, k) { prSelect.appendChild(el('option', { value: String(k), text: c.name })); });
    function drawPr() { prBox.textContent = ''; prBox.appendChild(prCurves(p.prCurves, prSelect.value)); }
    prSelect.addEventListener('change', drawPr);
    drawPr();
    charts2.appendChild(el('figure', {}, [el('figcaption', {}, [document.createTextNode('Precision–recall at IoU 0.5 '), prSelect]), prBox]));
    section.appendChild(charts2);
    section.appendChild(el('h3', { text: 'Images, worst AP@0.5 first' }));
    var rows = [el('tr', {}, ['image', 'ground truth', 'TP', 'FP', 'missed', 'AP@0.5'].map(function (h) { return el('th', { text: h }); }))];
    p.images.slice(0, 100).forEach(function (m) {
      rows.push(el('tr', {}, [el('td', { text: m.path || m.fileName || String(m.id) })].concat([m.gt, m.tp, m.fp, m.fn, m.ap50 === null ? '–' : m.ap50.toFixed(3)].map(function (v) { return el('td', { className: 'n', text: String(v) }); }))));
    });
    section.appendChild(el('table', { id: 'coco-worst' }, rows));
  }
  function apBars(perCategory) {
    var W = 320, row = 14, left = 80, H = row * perCategory.length + 6;
    var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', id: 'coco-ap' });
    perCategory.forEach(function (c, i) {
      var w = c.ap > 0 ? (W - left - 60) * c.ap : 0;
      svg.appendChild(svgEl('text', { x: left - 4, y: i * row + 11, 'text-anchor': 'end' })).textContent = c.name;
      var k = classes.map(function (x) { return x.id; }).indexOf(c.id);
      var bar = svgEl('rect', { x: left, y: i * row + 3, width: Math.max(w, 0.5), height: row - 4, fill: colour(k) });
      bar.appendChild(svgEl('title', {})).textContent = c.name + ': AP ' + (c.ap < 0 ? 'none (no ground truth)' : c.ap.toFixed(3)) + ', AP50 ' + (c.ap50 < 0 ? '–' : c.ap50.toFixed(3));
      svg.appendChild(bar);
      svg.appendChild(svgEl('text', { x: left + w + 4, y: i * row + 11 })).textContent = c.ap < 0 ? 'no GT' : c.ap.toFixed(3);
    });
    return svg;
  }
  function prCurves(curves, only) {
    var W = 320, H = 200, left = 30, bottom = 24, pw = W - left - 6, ph = H - bottom - 6;
    var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    classes.forEach(function (c, k) {
      var precision = curves[String(c.id)];
      if ((only !== '' && Number(only) !== k) || !precision || precision[0] < 0) return;
      var pts = precision.map(function (v, r) { return (left + pw * r / 100).toFixed(1) + ',' + (6 + ph * (1 - v)).toFixed(1); });
      var line = svgEl('polyline', { points: pts.join(' '), 'class': 'pr-line', stroke: colour(k) });
      line.appendChild(svgEl('title', {})).textContent = c.name;
      svg.appendChild(line);
    });
    svg.appendChild(svgEl('line', { x1: left, x2: W, y1: H - bottom, y2: H - bottom, stroke: '#aab' }));
    svg.appendChild(svgEl('line', { x1: left, x2: left, y1: 0, y2: H - bottom, stroke: '#aab' }));
    svg.appendChild(svgEl('text', { x: W - 2, y: H - 6, 'text-anchor': 'end' })).textContent = 'recall 1';
    svg.appendChild(svgEl('text', { x: 2, y: 12 })).textContent = 'P 1';
    return svg;
  }
})();
`;
