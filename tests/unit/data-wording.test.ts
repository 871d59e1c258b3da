import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFiles } from '../../src/core';

const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(import.meta.dirname, '../../data', f), 'utf8')]));
const data = loadDataset(files).dataset;

// Names go into sentences and brackets the page builds ("from 0.352 tce/t (H1 2020, <scope>)", "<name> rose from …"),
// so the data's wording is checked where those sentences would read wrongly.
describe('the wording of names and notes in data/', () => {
  it('names the group scope with its article and without brackets of its own, which the page would nest', () => {
    const group = data.scopes.find((s) => s.scopeId === 'group')!;
    expect(group.nameEn).toBe('the whole Chinalco group');
    expect(group.nameZh).toBe('中铝集团整体');
    expect(`${group.nameZh}${group.nameEn}`).not.toMatch(/[()（）]/);
  });

  it('names a quantity, not an activity, where the unit counts attendances (person-times)', () => {
    const named = data.indicators.filter((i) => /person-times/.test(i.unit));
    expect(named.length).toBeGreaterThan(5);
    for (const i of named) {
      expect(i.nameEn, i.indicatorId).toMatch(/attendance|participants|person-times/i);
      expect(i.nameZh, i.indicatorId).toMatch(/人次|人员/);
    }
  });

  it('says "value of" where produce is measured in money', () => {
    const produce = data.indicators.filter((i) => /produce/i.test(i.nameEn) && /CNY/.test(i.unit));
    expect(produce.map((i) => i.indicatorId).sort()).toEqual(['poverty_consumption_procurement', 'poverty_consumption_sales_platform']);
    for (const i of produce) {
      expect(i.nameEn).toMatch(/^Value of /);
      expect(i.nameZh).toMatch(/价值$/);
    }
  });

  it('writes tonnes of coal equivalent and of CO₂ in the English notes as the charts do (Mt tce, Mt CO₂)', () => {
    const english = [...data.notes.map((n) => n.textEn), ...data.observations.map((o) => o.noteEn)].join('\n');
    expect(english).toMatch(/Mt tce/);
    expect(english).not.toMatch(/million (tce|t of CO|t CO)/);
  });

  it('titles the remediation plan after the inspection it answers, as the Chinese title does', () => {
    const plan = data.sources.find((s) => s.sourceId === 'remediation')!;
    expect(plan.titleZh).toContain('第二轮中央生态环境保护督察报告反馈问题');
    expect(plan.titleEn).toContain('fed back by the second round of the central ecological and environmental protection inspection');
  });
});
