import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A header rule of deploy/_headers: a path pattern and the headers it sets. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
}

/** Parses the Netlify / Cloudflare Pages `_headers` format: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0 || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
    rules[rules.length - 1].headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Parses `_redirects` lines `from to status`. */
export function parseRedirects(text: string): Array<{ from: string; to: string; status: number }> {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const [from, to, status] = l.split(/\s+/);
    return { from, to, status: Number(status ?? 301) };
  });
}

/** Netlify path matching: `*` matches the rest of the path (any characters), everything else literally. */
export const matches = (pattern: string, path: string): boolean =>
  new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/**
 * The headers every matching rule sets, in file order. A header set by two matching rules is an error: hosts would
 * merge the two values (two CSPs both apply; the stricter wins), which is exactly the mistake the config must avoid.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules.filter((x) => matches(x.pattern, path))) {
    for (const [name, value] of r.headers) {
      const key = name.toLowerCase();
      if (key in out) throw new Error(`_headers: ${name} set twice for ${path}`);
      out[key] = value;
    }
  }
  return out;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
};

/** A running server and its base URL. */
export interface Running {
  readonly url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<Running> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** Text types a static host compresses. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.csv', '.svg', '.json']);

/**
 * Serves a built site from `root` as a static host configured with deploy/_headers and deploy/_redirects would:
 * headers by request path, 200 rewrites for paths with no file, 404 otherwise. Never serves outside `root`.
 * `gzip`: compress text for clients that accept it, once per file version, as hosts and CDNs serve from their cache
 * (the benches; `vite preview` compresses every response again, on the CPU the browser under test needs).
 */
export function serveStatic(root: string, deployDir: string, { gzip = false }: { gzip?: boolean } = {}): Promise<Running> {
  const compressed = new Map<string, Buffer>();
  const gzipped = (file: string): Buffer => {
    const { mtimeMs, size } = statSync(file);
    const key = `${file}|${mtimeMs}|${size}`;
    let body = compressed.get(key);
    if (!body) compressed.set(key, body = gzipSync(readFileSync(file)));
    return body;
  };
  const rules = parseHeaders(readFileSync(join(deployDir, '_headers'), 'utf8'));
  const redirects = parseRedirects(readFileSync(join(deployDir, '_redirects'), 'utf8'));
  const base = resolve(root);
  const fileOf = (path: string): string | null => {
    const full = resolve(base, `.${path}`);
    if (full !== base && !full.startsWith(base + sep)) return null;
    const file = existsSync(full) && statSync(full).isDirectory() ? join(full, 'index.html') : full;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };
  return listen(createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    let file = fileOf(path);
    if (!file) {
      const rewrite = redirects.find((r) => r.status === 200 && matches(r.from, path));
      file = rewrite ? fileOf(rewrite.to) : null;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipped(file));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(readFileSync(file));
  }));
}

/** Serves fixed HTML pages by path (a "partner site" on another origin), with no security headers of its own. */
export function serveHost(pages: () => Readonly<Record<string, string>>): Promise<Running> {
  return listen(createServer((req, res) => {
    const body = pages()[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  }));
}
