import { assessTarget, type Category, type Dataset, type TargetStatus } from '../../core';

/** The statuses in the order a reader weighs them: kept, on the way, missed, not yet due, cannot be judged. */
export const STATUSES_SHOWN: readonly TargetStatus[] = ['met', 'on_track', 'off_track', 'not_yet_due', 'no_data'];

/** How many targets of one section (or of all) have each status. */
export interface TargetCounts {
  readonly section: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<TargetStatus, number>>;
}

const zero = (): Record<TargetStatus, number> => ({ met: 0, on_track: 0, off_track: 0, not_yet_due: 0, no_data: 0 });

/**
 * Every target of the dataset assessed as of `asOf` exactly as the sections' target tables assess it (`assessTarget`:
 * only figures of the target's own scope count), counted per section in `sectionIds` order, plus the total. Sections
 * without targets are left out; a target whose indicator is unknown counts under no section but in the total.
 */
export function targetCounts(data: Dataset, asOf: string, sectionOf: (c: Category) => string, sectionIds: readonly string[]):
  { readonly rows: readonly TargetCounts[]; readonly all: TargetCounts } {
  const per = new Map<string, Record<TargetStatus, number>>();
  const all = zero();
  for (const target of data.targets) {
    const indicator = data.indicators.find((i) => i.indicatorId === target.indicatorId);
    const status = assessTarget(target, data.observations.filter((o) => o.indicatorId === target.indicatorId), asOf).status;
    all[status]++;
    if (!indicator) continue;
    const section = sectionOf(indicator.category);
    const counts = per.get(section) ?? zero();
    counts[status]++;
    per.set(section, counts);
  }
  const sum = (c: Record<TargetStatus, number>) => STATUSES_SHOWN.reduce((n, s) => n + c[s], 0);
  const rows = sectionIds.filter((id) => per.has(id)).map((id) => ({ section: id, total: sum(per.get(id)!), byStatus: per.get(id)! }));
  return { rows, all: { section: '', total: sum(all), byStatus: all } };
}
