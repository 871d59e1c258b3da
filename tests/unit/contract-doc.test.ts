import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, COMPARATORS, DIRECTIONS, FILE_SPECS, LEVELS, OPTIONAL_COLUMNS, STATUSES, UNITS } from '../../src/core';

const doc = readFileSync(join(__dirname, '../../data/README.md'), 'utf8');
const section = (file: string) => doc.split(/^## /m).find((s) => s.startsWith(`\`${file}\``)) ?? '';

describe('data/README.md documents the contract the code enforces', () => {
  it.each(Object.keys(FILE_SPECS))('%s: every column has a documented row', (file) => {
    const cols = [...FILE_SPECS[file as keyof typeof FILE_SPECS], ...(OPTIONAL_COLUMNS[file as keyof typeof FILE_SPECS] ?? [])];
    for (const c of cols) expect(section(file), `${file} ${c.name}`).toContain(`| \`${c.name}\` |`);
  });
  it('lists every unit code and every allowed value', () => {
    for (const u of Object.keys(UNITS)) expect(doc, u).toContain(`| \`${u}\` |`);
    for (const v of [...CATEGORIES, ...DIRECTIONS, ...STATUSES, ...COMPARATORS, ...LEVELS]) expect(doc, v).toContain(`\`${v}\``);
  });
});
