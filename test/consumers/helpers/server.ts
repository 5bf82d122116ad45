// A static file server on 127.0.0.1 for the browser tests. Each route maps a URL prefix to a
// directory (first existing file wins); `headers` adds response headers per path, which is
// how the Content-Security-Policy tests set their policies.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export type Route = [prefix: string, directory: string];

export interface Site {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serve(
  routes: Route[],
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<Site> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = locate(routes, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(path),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function locate(routes: Route[], path: string): string | undefined {
  for (const [prefix, directory] of routes) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(directory, path.slice(prefix.length)));
    if (!file.startsWith(normalize(directory))) continue; // no escaping the directory with ../
    if (isDirectory(file)) file = join(file, 'index.html');
    if (isFile(file)) return file;
  }
  return undefined;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
