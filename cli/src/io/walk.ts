// Finds the files a command works on: files and folders in any mix, folders recursed in sorted
// order. Symlinked folders are followed once (a loop is reported, not followed forever) and a
// folder that cannot be read is reported; neither stops the walk.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

/** File extensions (lower case, no dot) read as images. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  'jpg',
  'jpeg',
  'png',
  'webp',
  'tif',
  'tiff',
  'gif',
  'avif',
  'bmp',
]);

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the folder given on the command line, with `/` separators; a file given by name is its base name. */
  relative: string;
  /** Whether the extension is one of IMAGE_EXTENSIONS. */
  isImage: boolean;
  /** Whether the file was named on the command line (not found inside a folder). */
  named: boolean;
}

/** A path that could not be walked: a missing input, an unreadable folder, a symlink loop. */
export interface WalkProblem {
  path: string;
  relative: string;
  error: string;
}

export interface WalkResult {
  files: FoundFile[];
  problems: WalkProblem[];
}

export function isImagePath(path: string): boolean {
  return IMAGE_EXTENSIONS.has(extname(path).slice(1).toLowerCase());
}

/** Walks `inputs`; folders whose real path is in `exclude` (e.g. the output folder) are skipped. */
export async function walk(
  inputs: readonly string[],
  { exclude = [] }: { exclude?: readonly string[] } = {},
): Promise<WalkResult> {
  const result: WalkResult = { files: [], problems: [] };
  const excluded = new Set(await Promise.all(exclude.map((path) => realpath(path).catch(() => resolve(path)))));
  for (const input of inputs) {
    const path = resolve(input);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      result.problems.push({ path, relative: input, error: reason(error) });
      continue;
    }
    if (info.isDirectory()) {
      // An excluded folder given as an input is still walked (e.g. --out on the input folder).
      const root = await realpath(path);
      await walkFolder(path, '', new Set(), new Set([...excluded].filter((folder) => folder !== root)), result);
    } else {
      result.files.push({ path, relative: basename(path), isImage: isImagePath(path), named: true });
    }
  }
  return result;
}

async function walkFolder(
  folder: string,
  prefix: string,
  ancestors: Set<string>,
  excluded: Set<string>,
  result: WalkResult,
): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(folder);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    result.problems.push({ path: folder, relative: prefix || '.', error: reason(error) });
    return;
  }
  if (excluded.has(real)) return;
  if (ancestors.has(real)) {
    result.problems.push({
      path: folder,
      relative: prefix,
      error: 'symbolic link loop (this folder contains itself); not followed',
    });
    return;
  }
  const inside = new Set(ancestors).add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = (await stat(path)).isDirectory();
      } catch (error) {
        result.problems.push({ path, relative, error: `broken symbolic link (${reason(error)})` });
        continue;
      }
    }
    if (isDirectory) await walkFolder(path, relative, inside, excluded, result);
    else if (entry.isFile() || entry.isSymbolicLink())
      result.files.push({ path, relative, isImage: isImagePath(path), named: false });
  }
}

/** A file-system error as a short reason: "permission denied", "no such file or directory". */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many levels of symbolic links',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EEXIST: 'already exists',
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}
