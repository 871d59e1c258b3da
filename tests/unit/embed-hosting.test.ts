// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, parseRedirects } from '../e2e/staticHost';

const ROOT = join(__dirname, '../..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

describe('sample host config', () => {
  const rules = parseHeaders(read('deploy/_headers'));
  const nginx = read('deploy/nginx.conf');

  it.each([
    // [path, header, expected value or null for absent]
    ['/', 'x-frame-options', 'DENY'],
    ['/index.html', 'x-frame-options', 'DENY'],
    ['/embed/energy-consumption-total--group--year', 'x-frame-options', null],
    ['/assets/index-abc.js', 'cache-control', 'public, max-age=31536000, immutable'],
    ['/data/observations.csv', 'cache-control', 'no-cache'],
    ['/embed-resize.js', 'cache-control', 'no-cache'],
    ['/', 'x-content-type-options', 'nosniff'],
  ] as const)('%s sends %s: %s', (path, header, value) => {
    expect(headersFor(rules, path)[header] ?? null).toBe(value);
  });

  it('forbids framing the dashboard and allows it for embeds, with the same strict policy otherwise', () => {
    const home = headersFor(rules, '/')['content-security-policy'];
    const embed = headersFor(rules, '/embed/x')['content-security-policy'];
    expect(home).toMatch(/frame-ancestors 'none'$/);
    expect(embed).toMatch(/frame-ancestors \*$/);
    expect(embed.replace(/frame-ancestors .*$/, '')).toBe(home.replace(/frame-ancestors .*$/, ''));
    expect(home).toContain("script-src 'self';");
    expect(home).not.toContain('unsafe-');
  });

  it('has nginx send the same header values as _headers, and rewrite /embed/* like _redirects', () => {
    for (const r of rules) for (const [, value] of r.headers) expect(nginx, value).toContain(`"${value}"`);
    expect(parseRedirects(read('deploy/_redirects'))).toEqual([{ from: '/embed/*', to: '/embed/index.html', status: 200 }]);
    expect(nginx).toContain('try_files $uri /embed/index.html;');
  });
});

describe('embed-resize.js', () => {
  // The script as a partner page loads it, run in this jsdom window.
  new Function(read('public/embed-resize.js'))();
  const frame = document.createElement('iframe');
  frame.setAttribute('data-esg-embed', '');
  const other = document.createElement('iframe');
  document.body.append(frame, other);
  const send = (data: unknown, source: Window | null) => {
    window.dispatchEvent(new MessageEvent('message', { data, source }));
    return frame.style.height;
  };

  it.each([
    // [message, source, resulting height]
    [{ type: 'esg-embed-height', height: 420 }, 'frame', '420px'],
    [{ type: 'esg-embed-height', height: 421.6 }, 'frame', '422px'],
    [{ type: 'esg-embed-height', height: 1e9 }, 'frame', '4000px'],
    [{ type: 'esg-embed-height', height: 5 }, 'frame', '100px'],
    [{ type: 'esg-embed-height', height: -300 }, 'frame', '100px'],
    [{ type: 'esg-embed-height', height: 500 }, 'page itself', '100px'],
    [{ type: 'esg-embed-height', height: 500 }, 'other iframe', '100px'],
    [{ type: 'esg-embed-height', height: 500 }, 'nobody', '100px'],
    [{ type: 'esg-embed-height', height: '500' }, 'frame', '100px'],
    [{ type: 'esg-embed-height', height: Number.NaN }, 'frame', '100px'],
    [{ type: 'esg-embed-height', height: Number.POSITIVE_INFINITY }, 'frame', '100px'],
    [{ type: 'resize', height: 500 }, 'frame', '100px'],
    ['esg-embed-height 500', 'frame', '100px'],
    [null, 'frame', '100px'],
    [{ type: 'esg-embed-height', height: 640 }, 'frame', '640px'],
  ] as const)('%j from %s -> %s', (data, from, height) => {
    const source = { frame: frame.contentWindow, 'page itself': window, 'other iframe': other.contentWindow, nobody: null }[from];
    expect(send(data, source)).toBe(height);
  });
});
