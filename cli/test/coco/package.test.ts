// The library entry as a consumer gets it: `import { evaluate } from 'fastclahe-cli/coco'` through
// the package's exports, with types, and with no Node built-in anywhere in its module graph (so a
// bundler can ship it to a browser).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { referenceCases } from './reference.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** coco.js and every chunk it imports, transitively. */
function moduleGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) visit(join(dirname(file), m[1]!));
  };
  visit(entry);
  return seen;
}

describe('fastclahe-cli/coco', () => {
  test('resolves through the package exports and evaluates like the source', async () => {
    // A variable specifier: type-checking must not depend on dist/ being built.
    const specifier = 'fastclahe-cli/coco';
    const lib = (await import(specifier)) as typeof import('../../src/coco/index.js');
    const c = referenceCases().find((x) => x.name === 'bbox-basic')!;
    expect(lib.evaluate(c.gt, c.dt).stats).toEqual(c.expected.stats);
  });

  test('ships a .d.ts that declares evaluate and CocoEvaluation', () => {
    const dts = readFileSync(join(dist, 'coco.d.ts'), 'utf8');
    expect(dts).toMatch(
      /declare function evaluate\(groundTruth: unknown, results: unknown, options\?: EvaluateOptions\): CocoEvaluation/,
    );
    expect(dts).toContain('interface CocoEvaluation');
  });

  test('its module graph imports no Node built-ins and uses no process or Buffer', () => {
    const graph = moduleGraph(join(dist, 'coco.js'));
    expect(graph.size).toBeGreaterThanOrEqual(1);
    for (const [file, text] of graph) {
      expect(existsSync(file)).toBe(true);
      expect(text, file).not.toMatch(/from\s*["'](node:|fs|path|url|os|zlib)["']|require\(|\bprocess\.|\bBuffer\b/);
    }
  });
});
