/** A static file server for built sites, as a host would serve them (404.html for missing pages). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
  /** URL prefix the folder is served under (the instructor edition lives under /instructor). */
  prefix?: string;
}

/** Serves `root` on a free localhost port. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const headers = options.headers ?? {};
  const prefix = (options.prefix ?? '').replace(/\/$/, '');
  const server: Server = createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (prefix) {
      if (!pathname.startsWith(`${prefix}/`)) {
        response.writeHead(404).end();
        return;
      }
      pathname = pathname.slice(prefix.length);
    }
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : path.join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': types[path.extname(served)] ?? 'application/octet-stream', ...headers });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
