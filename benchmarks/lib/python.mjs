// The Python a benchmark runs its Python peer with, found the same way by every benchmark:
// the interpreter an environment variable names, else `python3` on PATH. Never a fixed path:
// the peer needs a Python whose modules (cv2, pycocotools) are installed, often in a venv.
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ python: string, versions: Record<string, string> }} Python
 * @typedef {{ skipped: string }} NoPython
 */

/**
 * The first of `variables` that is set (and only it: a variable set on purpose is not silently
 * replaced), else `python3`, provided it imports every module of `modules`. Otherwise `skipped`
 * says what was tried and what to install (`install`).
 * @param {{ variables: string[], modules: string[], install: string }} wanted
 * @returns {Python | NoPython}
 */
export function findPython({ variables, modules, install }) {
  const variable = variables.find((name) => process.env[name]);
  const python = variable ? /** @type {string} */ (process.env[variable]) : 'python3';
  const versions = probe(python, modules);
  if (versions) return { python, versions };
  const tried = variable ? `${variable}=${python}` : `python3 on PATH (${variables.join(' or ')} unset)`;
  return {
    skipped: `no Python with ${modules.join(', ')}: tried ${tried}; install ${install}, or set ${variables[0]} to a Python that has it`,
  };
}

/**
 * Each module's version (empty when it has none) if `python` runs and imports them all.
 * @param {string} python
 * @param {string[]} modules
 * @returns {Record<string, string> | undefined}
 */
function probe(python, modules) {
  const script = `import importlib, json
print(json.dumps({m: str(getattr(importlib.import_module(m), '__version__', '')) for m in ${JSON.stringify(modules)}}))`;
  const result = spawnSync(python, ['-c', script], { encoding: 'utf8' });
  return result.status === 0 ? JSON.parse(result.stdout) : undefined;
}
