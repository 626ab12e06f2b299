import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by extension; anything else is served as bytes. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Options of `serveStatic`. */
export interface ServeStaticOptions {
  /** Headers added to every response, e.g. a strict `Content-Security-Policy`. */
  headers?: Record<string, string>;
}

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names under `root`, or null when it escapes `root`. */
function fileFor(root: string, urlPath: string): string | null {
  const path = resolve(root, `.${normalize(decodeURIComponent(urlPath))}`);
  return path === root || path.startsWith(root + sep) ? path : null;
}

/**
 * Serves `dir` over HTTP on 127.0.0.1 and a free port, as a host's web server would: content types
 * by extension, `index.html` for a directory, 404 otherwise, plus any extra headers.
 */
export async function serveStatic(dir: string, options: ServeStaticOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const headers = { ...options.headers, 'Cache-Control': 'no-store' };
    try {
      let path = fileFor(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      let info = path ? await stat(path).catch(() => null) : null;
      if (path && info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!path || !info?.isFile()) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const type = contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': info.size });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path).pipe(response);
    } catch (error) {
      response.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolvePromise);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}
