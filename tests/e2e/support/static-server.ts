import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A static host for tests whose folder can be switched while it runs, as a new deploy would. */
export interface SwitchableServer {
  /** The site's address, ending in "/". */
  url: string;
  /** Serves another folder from the next request on. */
  serve(root: string): void;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1 that serves `root` like a static host (404.html too). */
export async function startStaticServer(root: string): Promise<SwitchableServer> {
  let current = root;
  const server: Server = createServer((request, response) => {
    void respond(current, new URL(request.url ?? '/', 'http://test').pathname)
      // A request still in flight while the test removes its folder gets an error, not a crash.
      .catch(() => ({ status: 503, body: Buffer.from('gone'), type: 'text/plain' }))
      .then(({ status, body, type }) => {
        // Nothing may come from the HTTP cache: a new deploy must be seen at once.
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
        response.end(request.method === 'HEAD' ? undefined : body);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => (current = next),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections from the browser would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}

// The file a path stands for (a folder's index.html), or the site's 404 page.
async function respond(
  root: string,
  path: string,
): Promise<{ status: number; body: Buffer; type: string }> {
  const file = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  for (const candidate of [file, join(file, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) {
      const type = TYPES[extname(candidate)] ?? 'application/octet-stream';
      return { status: 200, body: await readFile(candidate), type };
    }
  }
  return { status: 404, body: await readFile(join(root, '404.html')), type: TYPES['.html'] ?? '' };
}
