/**
 * Serves a built site on localhost as a static host would (404.html for a
 * missing page), for the PDF renderer and the browser tests. The file
 * handling, including the guard against paths outside the folder, is
 * serve-static's (the handler Express uses).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import serveStaticFiles from 'serve-static';

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
  const files = serveStaticFiles(root, {
    // The PDF renderer rewrites index.html between passes: never let a cache serve the old one.
    etag: false,
    lastModified: false,
    cacheControl: false,
    extensions: ['html'],
    fallthrough: true,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    },
  });
  const notFound = (response: import('node:http').ServerResponse) => {
    let body: Buffer;
    try {
      body = readFileSync(path.join(root, '404.html'));
    } catch {
      body = Buffer.from('not found');
    }
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
  const server: Server = createServer((request, response) => {
    if (prefix) {
      const url = request.url ?? '/';
      if (!url.startsWith(`${prefix}/`)) return notFound(response);
      request.url = url.slice(prefix.length);
    }
    files(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive connections would hold the server open: end them too.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
