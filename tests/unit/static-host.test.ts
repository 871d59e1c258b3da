import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Running } from '../e2e/staticHost';

// The benches serve the build as a static host does (tests/e2e/harness.ts serveAsHost): deploy/_headers applied and
// text compressed for clients that accept it.
const site = mkdtempSync(join(tmpdir(), 'esg-host-'));
const JS = `export const x = ${JSON.stringify('字'.repeat(2000))};\n`;
writeFileSync(join(site, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(site, 'app.js'), JS);
writeFileSync(join(site, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
let host: Running;
beforeAll(async () => { host = await serveStatic(site, join(__dirname, '../../deploy'), { gzip: true }); });
afterAll(async () => { await host.close(); });

function get(path: string, headers: Record<string, string> = {}): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${host.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('serveStatic with gzip', () => {
  it('compresses text for clients that accept gzip, and sends it as stored to the others', async () => {
    const zipped = await get('/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(JS) / 10);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(JS);
    const plain = await get('/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(JS);
  });

  it('leaves binary files alone and keeps the host\'s headers', async () => {
    const png = await get('/logo.png', { 'accept-encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    const page = await get('/', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(gunzipSync(page.body).toString('utf8')).toContain('<title>t</title>');
  });
});
