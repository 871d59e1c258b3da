import { inUnit, planBaseline, targetPathUnit } from '../../charts/series';
import {
  alreadyWithin, assessTarget, comparePeriods, compareText, decimalsOf, gapToTarget, requiredPacePerYear, type Category, type Dataset, type Gap,
  type Indicator, type Observation, type Pace, type Target, type TargetAssessment,
} from '../../core';

/** What a point of a target path stands for: an observation (an actual, or the plan's baseline) or a milestone. */
export type Plotted = { readonly kind: 'actual'; readonly o: Observation } | { readonly kind: 'target'; readonly r: TargetRow };

/** One target with its honest assessment and, separately, its distance from the plan's own (maybe wider) baseline. */
export interface TargetRow {
  readonly target: Target;
  readonly assessment: TargetAssessment;
  /** The figure the plan measures itself from: the latest observation before the deadline, of any scope. */
  readonly planBaseline: Observation | null;
  /** True when that baseline covers another scope than the target (e.g. the group vs new plants). */
  readonly baselineCrossesScope: boolean;
  readonly gapFromBaseline: Gap | null;
  /** The change per year from the plan's baseline to the target; null without a baseline or when none is needed. */
  readonly pace: Pace | null;
  /** True when the plan's baseline already satisfies the target's bound (see `alreadyWithin`): no change is needed. */
  readonly baselineWithin: boolean;
}

/** All targets of one indicator, with the rows and the scopes they cover. */
export interface TargetGroup {
  /** The indicator, and every row's target, in the unit of its target path (`targetPathUnit`): one English scale. */
  readonly indicator: Indicator;
  readonly rows: readonly TargetRow[];
}

/**
 * Assesses every target of the given categories. Status comes only from actuals of the target's own scope
 * (`assessTarget`); the plan's baseline is used only for the gap and the pace the plan implies, flagged when it
 * belongs to another scope, so a group average is never shown as meeting or missing a subset's target.
 */
export function targetGroups(data: Dataset, categories: readonly Category[], asOf: string): TargetGroup[] {
  const groups: TargetGroup[] = [];
  for (const indicator of data.indicators.filter((i) => categories.includes(i.category))) {
    const targets = data.targets.filter((t) => t.indicatorId === indicator.indicatorId);
    if (targets.length === 0) continue;
    const obs = data.observations.filter((o) => o.indicatorId === indicator.indicatorId);
    const unit = targetPathUnit(indicator, obs, targets);
    const rows = targets.map((target): TargetRow => {
      const baseline = planBaseline(obs, target);
      return {
        target: inUnit(target, unit),
        assessment: assessTarget(target, obs, asOf),
        planBaseline: baseline,
        baselineCrossesScope: baseline !== null && baseline.scopeId !== target.scopeId,
        gapFromBaseline: baseline ? gapToTarget(baseline.value, target, decimalsOf(target.valueText)) : null,
        pace: baseline && !alreadyWithin(baseline.value, target) ? requiredPacePerYear(baseline.value, baseline.period, target.value, target.period) : null,
        baselineWithin: baseline !== null && alreadyWithin(baseline.value, target),
      };
    }).sort((a, b) => compareText(a.target.scopeId, b.target.scopeId) || comparePeriods(a.target.period, b.target.period));
    groups.push({ indicator: inUnit(indicator, unit), rows });
  }
  return groups;
}
