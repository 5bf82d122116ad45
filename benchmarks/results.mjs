// benchmarks/RESULTS.md holds one section per benchmark script, each between its own markers,
// so that re-running one script replaces its section and keeps the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('./RESULTS.md', import.meta.url);

/** Replaces (or appends) the section `id` of RESULTS.md with `markdown`. */
export function writeSection(id, markdown) {
  const start = `<!-- results:${id} -->`;
  const end = `<!-- /results:${id} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmark results\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}
