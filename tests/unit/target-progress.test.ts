import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFiles } from '../../src/core';
import { targetGroups } from '../../src/features/target-progress/model';

const ROOT = join(__dirname, '../..');
const files: DataFiles = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
const { dataset } = loadDataset(files);

describe('targets against actuals on the bundled data', () => {
  const groups = targetGroups(dataset, ['energy'], '2026');
  const alumina = groups.find((g) => g.indicator.indicatorId === 'alumina_energy_intensity')!;

  it('covers every milestone of both alumina scopes', () => {
    expect(alumina.rows.map((r) => `${r.target.scopeId} ${r.target.period} ${r.target.valueText}`)).toEqual([
      'existing_alumina 2021-H1 0.350', 'existing_alumina 2021 0.348', 'existing_alumina 2025 0.345',
      'new_alumina 2021-H1 0.290', 'new_alumina 2021 0.278', 'new_alumina 2025 0.275',
    ]);
  });

  it('never judges a plant-level target by the group average: the group baseline is flagged, status has no data', () => {
    for (const r of alumina.rows) {
      expect(r.planBaseline?.scopeId).toBe('group');
      expect(r.baselineCrossesScope).toBe(true);
      expect(r.assessment.status).toBe('no_data');
      expect(r.assessment.crossScopeActuals.map((o) => o.scopeId)).toEqual(['group']);
    }
  });

  it('computes the gap and the pace the plan implies from the 2020-H1 baseline', () => {
    const newPlants2021 = alumina.rows.find((r) => r.target.targetId === 'alumina_energy_new_2021')!;
    expect(newPlants2021.gapFromBaseline!.absolute).toBeCloseTo(0.352 - 0.278, 12);
    expect(newPlants2021.gapFromBaseline!.met).toBe(false);
    // From the end of H1 2020 to the end of 2021 is 1.5 years.
    expect(newPlants2021.pace!.absolute).toBeCloseTo((0.278 - 0.352) / 1.5, 12);
  });

  it('before the deadlines, the same targets are not yet due', () => {
    const early = targetGroups(dataset, ['energy'], '2020-H1').find((g) => g.indicator.indicatorId === 'aluminium_ac_power')!;
    expect(new Set(early.rows.map((r) => r.assessment.status))).toEqual(new Set(['not_yet_due']));
  });
});
