import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core';

const ROOT = join(__dirname, '../..');
const doc = readFileSync(join(ROOT, 'docs/editing.md'), 'utf8');

describe('docs/editing.md', () => {
  it.each(Object.keys(MESSAGES.en))('documents the message code %s in the table of messages', (code) => {
    expect(doc).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\| .+ \\|$`, 'm'));
  });

  it('covers the four tasks and saving from Excel and WPS, in Chinese and English', () => {
    for (const heading of ['Add a year / 添加新一年的数据', 'Add an indicator / 添加指标', 'Add a target / 添加目标',
      'Add a source / 添加来源', 'Saving as CSV UTF-8 / 保存为 CSV UTF-8', 'Every message / 所有提示信息']) {
      expect(doc).toContain(`## ${heading}`);
    }
    expect(doc).toContain('CSV UTF-8 (Comma delimited)');
    expect(doc).toContain('WPS');
  });

  it('links to the column reference, and every relative link resolves', () => {
    expect(doc).toContain('](../data/README.md)');
    for (const [, target] of doc.matchAll(/\]\((\.\.?\/[^)#]+)\)/g)) expect(existsSync(join(ROOT, 'docs', target)), target).toBe(true);
  });
});
