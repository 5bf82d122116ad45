// Global setup of the unit and exhaustive tiers, which run src/ with the WebAssembly that asc
// wrote to build/: when a .wasm is missing or older than the AssemblyScript (or asconfig.json, or
// the asc transform scripts/asc-no-inline.mjs), `npm run build:wasm` first, so an edit to
// assembly/ is tested by the next `npm run test:unit`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUTS = ['build/fastclahe.wasm', 'build/fastclahe-simd.wasm', 'build/fastclahe-simd.bytes.txt'].map((file) =>
  join(ROOT, file),
);

function newestSource(): number {
  const sources = readdirSync(join(ROOT, 'assembly'), { recursive: true, encoding: 'utf8' }).map((file) =>
    join(ROOT, 'assembly', file),
  );
  const settings = ['asconfig.json', 'scripts/asc-no-inline.mjs'].map((file) => join(ROOT, file));
  return Math.max(...[...sources, ...settings].map((file) => statSync(file).mtimeMs));
}

export default function setup(): void {
  const source = newestSource();
  const stale = OUTPUTS.filter((file) => !existsSync(file) || statSync(file).mtimeMs < source);
  if (stale.length === 0) return;
  console.log(
    `${stale.map((file) => file.slice(ROOT.length)).join(' and ')} missing or older than assembly/: npm run build:wasm`,
  );
  execFileSync('npm', ['run', 'build:wasm'], { cwd: ROOT, stdio: 'inherit' });
}
