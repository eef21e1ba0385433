/** A tiny static file server on 127.0.0.1 for browser and crawl tests; serves `root` under `base`, like GitHub Pages. */
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) return notFound(response);
    let file = path.join(root, pathname.slice(base.length));
    if (!path.resolve(file).startsWith(path.resolve(root))) return notFound(response);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${encodeURI(pathname)}/` });
        return response.end();
      }
      file = path.join(file, 'index.html');
    }
    const exists = await fs.stat(file).then((s) => s.isFile()).catch(() => false);
    if (!exists) return notFound(response);
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: http.ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
