import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An observations.csv of `rows` valid data rows, made by repeating the published rows over many years, so a test or
 * benchmark checks the preview at the scale of a large group (many subsidiaries and years) with data that validates.
 */
export function bigObservations(rows: number): string {
  const lines = readFileSync(join(import.meta.dirname, '../../data/observations.csv'), 'utf8').trimEnd().split('\n');
  const [header, ...body] = lines;
  const out = [header];
  for (let i = 0; out.length <= rows; i++) {
    // Only the locator changes (a copy number per pass over the published rows), keeping every key unique and every
    // row valid, as many subsidiaries reporting the same indicators would.
    const k = Math.floor(i / body.length);
    const fields = body[i % body.length].match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, ''));
    fields[6] = `"${fields[6].replace(/^"|"$/g, '')} #${k}"`;
    out.push(fields.slice(0, 10).join(','));
  }
  return `${out.join('\n')}\n`;
}
