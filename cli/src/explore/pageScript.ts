// The script inside report.html, as text: plain browser JavaScript with no dependencies. It reads
// report-data.js (loaded before it) and draws the cards, the SVG charts, the galleries and the thumbnail grid.
// Kept as a string (not bundled) so the page needs no build step and works from file://.
/** el(tag, attrs, children) and svgEl(tag, attrs): the DOM builders both of the page's scripts use. */
export const DOM_HELPERS = String.raw`
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'className') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function svgEl(tag, attrs) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    return node;
  }`;

export const PAGE_SCRIPT = String.raw`
'use strict';
(function () {
  var report = window.FASTCLAHE_REPORT;
  if (!report) { document.body.textContent = 'report-data.js is missing: keep it next to report.html.'; return; }
  var images = report.images;
  var root = report.root === '.' ? '' : report.root + '/';
  var PAGE = 300;
  var $ = function (id) { return document.getElementById(id); };

${DOM_HELPERS}
  function encodePath(path) { return path.split('/').map(encodeURIComponent).join('/'); }
  function originalUrl(image) { return encodePath(root) + encodePath(image.p); }
  function fmt(n, digits) { return n === undefined ? '' : Number(n).toFixed(digits); }
  function bytes(n) { return n === undefined ? '' : n < 1024 ? n + ' B' : n < 1048576 ? (n / 1024).toFixed(1) + ' KB' : (n / 1048576).toFixed(1) + ' MB'; }

  // ---- header and cards ----
  var folderName = report.root === '.' ? 'this folder' : report.root.split('/').filter(function (p) { return p && p !== '..'; }).pop() || report.root;
  $('subtitle').textContent = folderName + ' — fastclahe explore ' + report.version;
  $('subtitle').title = report.root;
  if (report.interrupted) $('subtitle').textContent += ' — interrupted (Ctrl-C): ' + report.interrupted.explored + ' of ' + report.interrupted.of + ' images explored';
  var counts = report.counts;
  function card(value, label, issue, bad) {
    var c = el('div', { className: 'card' + (bad && value > 0 ? ' bad' : '') }, [el('b', { text: String(value) }), el('span', { text: label })]);
    if (issue) { c.setAttribute('data-issue', issue); c.addEventListener('click', function () { setIssue(issue); }); }
    return c;
  }
  var cards = $('cards');
  cards.appendChild(card(counts.files, 'files'));
  cards.appendChild(card(counts.images, 'image files'));
  cards.appendChild(card(counts.readable, 'readable'));
  cards.appendChild(card(counts.nonImageFiles, 'other files'));
  Object.keys(counts.issues).forEach(function (issue) {
    cards.appendChild(card(counts.issues[issue], report.issueRules[issue].title.toLowerCase(), issue, true));
  });
  if (counts.problems) cards.appendChild(card(counts.problems, 'folders not walked', null, true));

  // ---- dataset advice ----
  var s = report.summary;
  var advice = $('advice');
  advice.appendChild(el('h2', { text: 'Shapes and sizes' }));
  if (s.regime) advice.appendChild(el('p', { text: 'Regime: ' + s.regime.name + '. ' + s.regime.advice }));
  var rows = [];
  if (s.width) rows.push(['width (min / median / max)', s.width.min + ' / ' + s.width.median + ' / ' + s.width.max + ' px']);
  if (s.height) rows.push(['height (min / median / max)', s.height.min + ' / ' + s.height.median + ' / ' + s.height.max + ' px']);
  if (s.resize) rows.push(['suggested square input', s.resize.target + ' px; pads ' + (100 * s.resize.paddingCost).toFixed(1) + ' % on average; ' + s.resize.downscaled + ' downscaled, ' + s.resize.upscaled + ' upscaled']);
  rows.push(['need tiling (> ' + (s.tiling.thresholdPixels / 1e6).toFixed(1) + ' MP)', String(s.tiling.paths.length)]);
  rows.push(['aspect ratios in 0.7–1.5', (100 * s.aspectRatio.shareIn07to15).toFixed(1) + ' %']);
  if (s.commonSizes.length) rows.push(['common sizes', s.commonSizes.slice(0, 5).map(function (c) { return c.width + '×' + c.height + ' (' + c.count + ')'; }).join(', ')]);
  advice.appendChild(el('table', {}, rows.map(function (r) { return el('tr', {}, [el('td', { text: r[0] }), el('td', { text: r[1] })]); })));

  // ---- charts ----
  function barChart(container, labels, values) {
    var W = 320, H = 160, left = 30, bottom = 30, max = Math.max.apply(null, values.concat([1]));
    var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    var bw = (W - left) / values.length;
    values.forEach(function (v, i) {
      var h = (H - bottom - 10) * v / max;
      var rect = svgEl('rect', { x: left + i * bw + 1, y: H - bottom - h, width: Math.max(1, bw - 2), height: h, 'class': 'bar' });
      rect.appendChild(svgEl('title', {})).textContent = labels[i] + ': ' + v;
      svg.appendChild(rect);
      if (values.length <= 12 || i % Math.ceil(values.length / 10) === 0) {
        svg.appendChild(svgEl('text', { x: left + i * bw + bw / 2, y: H - bottom + 12, 'text-anchor': 'middle' })).textContent = labels[i];
      }
    });
    svg.appendChild(svgEl('text', { x: 2, y: 12 })).textContent = String(max);
    svg.appendChild(svgEl('line', { x1: left, x2: W, y1: H - bottom, y2: H - bottom, stroke: '#aab' }));
    container.appendChild(svg);
  }
  function scatter(container, points) {
    var W = 320, H = 200, left = 40, bottom = 24;
    // A loop, not Math.max.apply: 100,000 arguments overflow the stack.
    var maxW = 1, maxH = 1;
    points.forEach(function (p) { if (p[0] > maxW) maxW = p[0]; if (p[1] > maxH) maxH = p[1]; });
    var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
    var seen = {};
    points.forEach(function (p) {
      var x = left + (W - left - 6) * p[0] / maxW, y = H - bottom - (H - bottom - 6) * p[1] / maxH;
      var key = Math.round(x) + ',' + Math.round(y);
      if (seen[key]) return; // one dot per screen position keeps 100,000 images light
      seen[key] = 1;
      var dot = svgEl('circle', { cx: x, cy: y, r: 2.5, 'class': 'dot' });
      dot.appendChild(svgEl('title', {})).textContent = p[0] + '×' + p[1];
      svg.appendChild(dot);
    });
    svg.appendChild(svgEl('line', { x1: left, x2: W, y1: H - bottom, y2: H - bottom, stroke: '#aab' }));
    svg.appendChild(svgEl('line', { x1: left, x2: left, y1: 0, y2: H - bottom, stroke: '#aab' }));
    svg.appendChild(svgEl('text', { x: W - 2, y: H - 6, 'text-anchor': 'end' })).textContent = 'width ≤ ' + maxW;
    svg.appendChild(svgEl('text', { x: 2, y: 10 })).textContent = 'h ≤ ' + maxH;
    container.appendChild(svg);
  }
  scatter($('chart-sizes'), images.filter(function (i) { return i.w; }).map(function (i) { return [i.w, i.h]; }));
  var edges = s.aspectRatio.edges;
  barChart($('chart-aspect'), s.aspectRatio.counts.map(function (_, i) { return edges[i + 1] === null ? '≥' + edges[i] : '<' + edges[i + 1]; }), s.aspectRatio.counts);
  barChart($('chart-brightness'), s.brightness.counts.map(function (_, i) { return (i / s.brightness.bins).toFixed(2); }), s.brightness.counts);

  // ---- tiles ----
  function tile(image) {
    var pics;
    if (image.t || image.o) {
      pics = el('div', { className: 'pics' + (image.v ? ' pair' : '') }, [el('img', { src: image.t || originalUrl(image), loading: 'lazy', alt: image.p, 'data-thumb': '1' })]);
      if (image.v) pics.appendChild(el('img', { src: image.v, loading: 'lazy', alt: 'CLAHE preview of ' + image.p, title: 'CLAHE preview', 'data-thumb': '1' }));
    } else {
      pics = el('div', { className: 'pics' }, [el('div', { className: 'error', text: image.e || 'no thumbnail' })]);
    }
    if (window.cocoDecorate) window.cocoDecorate(image, pics); // explore --coco: boxes over the thumbnail
    var meta = image.w ? image.w + '×' + image.h + ' ' + (image.f || '') + ' ' + bytes(image.s) : bytes(image.s);
    var t = el('div', { className: 'tile', title: image.p }, [pics, el('div', { className: 'name', text: image.p }), el('div', { className: 'meta', text: meta }),
      el('div', {}, image.i.map(function (issue) { return el('span', { className: 'tag', text: issue }); }))]);
    t.addEventListener('click', function () { openZoom(image); });
    return t;
  }

  // ---- issue galleries ----
  var galleries = $('galleries');
  Object.keys(report.issueRules).forEach(function (issue) {
    var members = images.filter(function (i) { return i.i.indexOf(issue) >= 0; });
    if (!members.length || issue === 'exact-duplicate' || issue === 'near-duplicate') return;
    var rule = report.issueRules[issue];
    var section = el('div', { id: 'gallery-' + issue }, [el('h3', { text: rule.title + ' (' + members.length + ')' }), el('p', { className: 'rule', text: rule.rule })]);
    section.appendChild(el('div', { className: 'grid' }, members.slice(0, 24).map(tile)));
    if (members.length > 24) {
      var all = el('button', { type: 'button', text: 'All ' + members.length + ' in the grid below' });
      all.addEventListener('click', function () { setIssue(issue); });
      section.appendChild(all);
    }
    galleries.appendChild(section);
  });
  if (galleries.childNodes.length) galleries.insertBefore(el('h2', { text: 'Issues' }), galleries.firstChild);
  if (report.problems.length) {
    galleries.appendChild(el('h3', { text: 'Folders that could not be walked (' + report.problems.length + ')' }));
    galleries.appendChild(el('ul', {}, report.problems.map(function (p) { return el('li', { text: p.path + ': ' + p.error }); })));
  }

  // ---- duplicates ----
  if (report.duplicates.length) {
    var dup = $('duplicates');
    var byPath = {};
    images.forEach(function (i) { byPath[i.p] = i; });
    dup.appendChild(el('h2', { text: 'Duplicates (' + report.duplicates.length + ' groups)' }));
    ['exact-duplicate', 'near-duplicate'].forEach(function (issue) { dup.appendChild(el('p', { className: 'rule', text: report.issueRules[issue].title + ': ' + report.issueRules[issue].rule })); });
    report.duplicates.slice(0, 200).forEach(function (g) {
      dup.appendChild(el('div', { className: 'group' }, [el('div', { className: 'meta', text: g.type + ', ' + g.paths.length + ' images' }), el('div', { className: 'grid' }, g.paths.map(function (p) { return tile(byPath[p]); }))]));
    });
  }

  // ---- the grid: sort, filter, page ----
  var issueSelect = $('issue'), folderSelect = $('folder'), sortSelect = $('sort');
  Object.keys(report.issueRules).forEach(function (issue) {
    issueSelect.appendChild(el('option', { value: issue, text: report.issueRules[issue].title + ' (' + counts.issues[issue] + ')' }));
  });
  var folders = {};
  images.forEach(function (i) { var cut = i.p.lastIndexOf('/'); folders[cut < 0 ? '.' : i.p.slice(0, cut)] = 1; });
  Object.keys(folders).sort().forEach(function (f) { folderSelect.appendChild(el('option', { value: f, text: f })); });
  var keys = {
    path: function (i) { return 0; },
    size: function (i) { return i.w ? i.w * i.h : -1; },
    aspect: function (i) { return i.w ? i.w / i.h : -1; },
    brightness: function (i) { return i.b === undefined ? -1 : i.b; },
    bytes: function (i) { return i.s === undefined ? -1 : i.s; },
  };
  var current = [], shown = 0;
  function render() {
    var issue = issueSelect.value, folder = folderSelect.value, key = keys[sortSelect.value];
    current = images.filter(function (i) {
      if (issue === 'none' ? i.i.length > 0 : issue && i.i.indexOf(issue) < 0) return false;
      if (folder) { var cut = i.p.lastIndexOf('/'); if ((cut < 0 ? '.' : i.p.slice(0, cut)) !== folder) return false; }
      return true;
    });
    if (sortSelect.value !== 'path') current = current.slice().sort(function (a, b) { return key(a) - key(b) || (a.p < b.p ? -1 : 1); });
    $('grid').textContent = '';
    shown = 0;
    more();
  }
  function more() {
    var grid = $('grid');
    current.slice(shown, shown + PAGE).forEach(function (i) { grid.appendChild(tile(i)); });
    shown = Math.min(current.length, shown + PAGE);
    $('shown').textContent = shown + ' of ' + current.length + ' shown';
    $('more').hidden = shown >= current.length;
  }
  function setIssue(issue) { issueSelect.value = issue; render(); $('all').scrollIntoView(); }
  [issueSelect, folderSelect, sortSelect].forEach(function (s) { s.addEventListener('change', render); });
  $('more').addEventListener('click', more);
  render();

  // ---- zoom to the original ----
  function openZoom(image) {
    var content = $('zoom-content');
    content.textContent = '';
    var original = el('img', { src: originalUrl(image), alt: image.p });
    content.appendChild(image.v ? el('div', { className: 'zoom-pair' }, [original, el('img', { src: image.v, alt: 'CLAHE preview' })]) : original);
    if (window.cocoDecorate) window.cocoDecorate(image, content); // explore --coco: boxes over the original
    var facts = [image.p, image.w ? image.w + '×' + image.h + ', ' + image.c + ' channel(s), ' + image.d + '-bit ' + image.f : '', bytes(image.s),
      image.b === undefined ? '' : 'mean brightness ' + fmt(image.b, 3), image.i.join(', '), image.e || ''].filter(Boolean);
    content.appendChild(el('p', { text: facts.join(' · ') }));
    $('zoom').hidden = false;
  }
  function closeZoom() { $('zoom').hidden = true; $('zoom-content').textContent = ''; }
  $('zoom-close').addEventListener('click', closeZoom);
  $('zoom').addEventListener('click', function (e) { if (e.target === $('zoom')) closeZoom(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeZoom(); });
  window.exploreReady = true;
})();
`;
