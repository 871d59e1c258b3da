import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS, type Dataset, type Observation, type Target } from '../../core';
import { DIFF_ROWS_PER_INDICATOR, type DiffPreview, type IndicatorDiffPreview, type ListedRows } from './diffPreview';
import { formatValue, periodLabel } from '../../shared/format';
import { useLang } from '../../shared/useLang';

/** Indicators opened at first; with many changed indicators the list stays scannable by its summaries. */
const OPEN_FIRST = 5;

type Kind = 'added' | 'changed' | 'removed';
interface Line { key: string; kind: Kind; what: string; value: string; before?: string; fields: readonly string[]; line: number }

const count = (d: ListedRows<unknown>, k: Kind) => d.counts[k];

/**
 * The first `limit` observation and target changes of one indicator as table lines (added, changed, removed). Only
 * the lines shown are built, because formatting a number is not free and a group may hold 100,000 changes.
 */
function linesOf(d: IndicatorDiffPreview, limit: number, describeObs: (o: Observation) => string,
  describeTarget: (t: Target) => string, fmt: (text: string) => string): Line[] {
  const out: Line[] = [];
  const push = <T extends Observation | Target>(rows: ListedRows<T>, what: (r: T) => string, prefix: string) => {
    for (const r of rows.added.slice(0, limit - out.length)) {
      out.push({ key: `${prefix}a${r.line}`, kind: 'added', what: what(r), value: fmt(r.valueText), fields: [], line: r.line });
    }
    for (const c of rows.changed.slice(0, limit - out.length)) {
      out.push({ key: `${prefix}c${c.after.line}`, kind: 'changed', what: what(c.after), value: fmt(c.after.valueText),
        before: c.fields.includes('value') ? fmt(c.before.valueText) : undefined, fields: c.fields.filter((f) => f !== 'value'), line: c.after.line });
    }
    for (const r of rows.removed.slice(0, limit - out.length)) {
      out.push({ key: `${prefix}r${r.line}`, kind: 'removed', what: what(r), value: fmt(r.valueText), fields: [], line: r.line });
    }
  };
  push(d.observations, describeObs, 'o');
  push(d.targets, describeTarget, 't');
  return out;
}

/** What a group needs to describe its rows in the current language. */
interface Describe {
  readonly obs: (o: Observation) => string;
  readonly target: (t: Target) => string;
  readonly name: (indicatorId: string) => string;
  readonly fmt: (indicatorId: string, text: string) => string;
}

/** One indicator's changes in a disclosure; its table is only built while open, so hundreds of groups stay cheap. */
function DiffGroup({ d, initiallyOpen, describe }: { d: IndicatorDiffPreview; initiallyOpen: boolean; describe: Describe }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const both = (k: Kind) => count(d.observations, k) + count(d.targets, k);
  const total = both('added') + both('changed') + both('removed');
  const lines = open ? linesOf(d, DIFF_ROWS_PER_INDICATOR, describe.obs, describe.target, (x) => describe.fmt(d.indicatorId, x)) : [];
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('preview.diff.summary', { name: describe.name(d.indicatorId), added: both('added'), changed: both('changed'), removed: both('removed') })}
      </summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('preview.diff.change')}</th>
              <th scope="col">{t('preview.diff.what')}</th>
              <th scope="col">{t('preview.diff.value')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key} className={`diff-${l.kind}`}>
                <td>{t(`preview.diff.${l.kind}`)}</td>
                <td>
                  {l.what}
                  {l.kind !== 'removed' && <span className="muted"> ({t('preview.diff.line', { line: l.line })})</span>}
                </td>
                <td>
                  {l.kind === 'removed' ? <del>{l.value}</del> : l.before !== undefined ? <><del>{l.before}</del>{' → '}<ins>{l.value}</ins></> : l.value}
                  {l.fields.length > 0 && <span className="muted"> ({t('preview.diff.also', { fields: l.fields.join(', ') })})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && total > lines.length && <p className="muted">{t('preview.diff.more', { count: total - lines.length })}</p>}
    </details>
  );
}

/**
 * The diff against the published data, one collapsible group per indicator: added, changed (old -> new) and removed
 * values and targets, each with its line in the edited file.
 */
export function DiffView({ diff, before, after }: { diff: DiffPreview; before: Dataset; after: Dataset }) {
  const { t } = useTranslation();
  const lang = useLang();
  const indicators = new Map([...before.indicators, ...after.indicators].map((i) => [i.indicatorId, i]));
  const scopes = new Map([...before.scopes, ...after.scopes].map((s) => [s.scopeId, lang === 'zh' ? s.nameZh : s.nameEn]));
  const describe: Describe = {
    obs: (o) => `${periodLabel(o.period, t)} · ${scopes.get(o.scopeId) ?? o.scopeId} · ${o.sourceId}: ${o.locator}`,
    target: (x) => `${t('preview.diff.target', { id: x.targetId, period: periodLabel(x.period, t) })} · ${scopes.get(x.scopeId) ?? x.scopeId}`,
    name: (id) => {
      const ind = indicators.get(id);
      return ind ? (lang === 'zh' ? ind.nameZh : ind.nameEn) : id;
    },
    // Values as typed in the CSV, in the source's unit (not the dashboard's converted English unit): the editor
    // compares them with the file and the report.
    fmt: (id, text) => {
      const unit = indicators.get(id)?.unit;
      const label = unit && Object.prototype.hasOwnProperty.call(UNITS, unit) ? UNITS[unit][lang] : unit ?? '';
      return `${formatValue(text, lang)} ${label}`.trim();
    },
  };
  return (
    <section aria-labelledby="preview-diff" className="preview-diff">
      <h2 id="preview-diff">{t('preview.diff.heading')}</h2>
      <p>{diff.indicators.length === 0 ? t('preview.diff.none') : t('preview.diff.totals', diff.totals)}</p>
      {diff.indicators.map((d, n) => <DiffGroup key={d.indicatorId} d={d} initiallyOpen={n < OPEN_FIRST} describe={describe} />)}
    </section>
  );
}
