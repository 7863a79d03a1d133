// The repository's files over HTTP for the benchmarks and screenshots: a page's own routes first, then
// a file under the root (never outside it), else 404. Listens on a free port of 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
};

/**
 * `route(url)` answers a path itself with `{ body, type }`, or undefined for a file of `root`;
 * `send(res, body, type, url)` may send it otherwise (compressed). Resolves to the server and its origin.
 */
export async function serveFiles(root, route = () => undefined, send = defaultSend) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const own = route(url);
    if (own) return send(res, own.body, own.type, url);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404);
      return res.end();
    }
    return send(res, readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream', url);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, port: server.address().port };
}

function defaultSend(res, body, type) {
  res.writeHead(200, { 'Content-Type': type });
  res.end(body);
}

export { TYPES };
