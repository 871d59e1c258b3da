/**
 * The part of a diff the preview page lists. A complete diff of a 100,000-row file holds 100,000 rows; copying them
 * from the worker would block the page for a quarter of a second, and nobody reads past the first screenful. So each
 * indicator keeps its counts and only its first rows of each kind.
 */
import type { Observation, Target } from '../../core';
import type { DatasetDiff, DescriptiveFile, DescriptiveRow, RowsDiff } from '../../core/diff';

/** Rows listed per indicator, per kind of row (observations, targets) and per kind of change (added, changed, removed). */
export const DIFF_ROWS_PER_INDICATOR = 100;

/** The first rows of each kind of change (the core's RowsDiff, cut short), and how many there are in all. */
export interface ListedRows<T> extends RowsDiff<T> {
  readonly counts: DatasetDiff['totals'];
}

/** One indicator's listed changes. */
export interface IndicatorDiffPreview {
  readonly indicatorId: string;
  readonly observations: ListedRows<Observation>;
  readonly targets: ListedRows<Target>;
}

/** One descriptive file's listed changes (sources, scopes, indicators or notes). */
export interface FileDiffPreview {
  readonly file: DescriptiveFile;
  readonly rows: ListedRows<DescriptiveRow>;
}

/** A diff as the preview lists it: every changed indicator, with totals over all rows, then every changed file. */
export interface DiffPreview {
  readonly indicators: readonly IndicatorDiffPreview[];
  readonly totals: DatasetDiff['totals'];
  readonly files: readonly FileDiffPreview[];
}

const list = <T>(d: RowsDiff<T>, limit: number): ListedRows<T> => ({
  added: d.added.slice(0, limit),
  changed: d.changed.slice(0, limit),
  removed: d.removed.slice(0, limit),
  counts: { added: d.added.length, changed: d.changed.length, removed: d.removed.length },
});

/** Keeps the counts of a diff and the first `limit` rows of each kind of change per indicator and per file. */
export function listDiff(diff: DatasetDiff, limit = DIFF_ROWS_PER_INDICATOR): DiffPreview {
  return {
    totals: diff.totals,
    indicators: diff.indicators.map((d) => ({
      indicatorId: d.indicatorId, observations: list(d.observations, limit), targets: list(d.targets, limit),
    })),
    files: diff.files.map((f) => ({ file: f.file, rows: list(f.rows, limit) })),
  };
}
