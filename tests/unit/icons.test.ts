import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

// iOS ignores SVG icons: "Add to Home Screen" takes the apple-touch-icon, a square PNG of 180 px, or else a screenshot.
describe('the home-screen icon', () => {
  it('is linked from the page and is a 180×180 PNG', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const href = /<link rel="apple-touch-icon" href="\/([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('apple-touch-icon.png');
    const png = readFileSync(join(root, 'public', href!));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR comes first: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
  });
});
