import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.xml': 'application/xml', '.wasm': 'application/wasm', '.txt': 'text/plain', '.svg': 'image/svg+xml',
};

/** A static file server on loopback for a built site, counting the bytes it sends (Pagefind fetches from a worker, so count at the server); `headers` adds a host's headers to each response. */
export async function serveStatic(root: string, headers: (pathname: string) => Record<string, string> = () => ({})): Promise<{ url: string; bytesSent: () => number; requested: () => string[]; close: () => Promise<void> }> {
  let sent = 0;
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    paths.push(pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      // As static hosts do: the site's own 404 page, with the 404 status.
      const notFound = path.join(root, '404.html');
      if (!fs.existsSync(notFound)) return void res.writeHead(404).end('not found');
      return void res.writeHead(404, { ...headers(pathname), 'content-type': TYPES['.html'] }).end(fs.readFileSync(notFound));
    }
    const body = fs.readFileSync(file);
    sent += body.length;
    res.writeHead(200, { ...headers(pathname), 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, bytesSent: () => sent, requested: () => [...paths], close: () => new Promise((r) => server.close(() => r())) };
}
