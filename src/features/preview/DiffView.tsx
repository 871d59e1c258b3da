import { memo, useMemo, useState } from 'react';
import { useT } from '../../shared/translate';
import { colon, nameIn, UNITS, type Dataset, type Lang, type Observation, type Target } from '../../core';
import { columnText, type RowChange } from '../../core/diff';
import { DIFF_ROWS_PER_INDICATOR, type DiffPreview, type IndicatorDiffPreview, type ListedRows } from './diffPreview';
import { periodLabel } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { GROUPS, LINES, useProgressive } from './progressive';
import { FileChanges, TextChange } from './TextDiff';

/** Indicators opened at first; with many changed indicators the list stays scannable by its summaries. */
const OPEN_FIRST = 5;

type Kind = 'added' | 'changed' | 'removed';
/** One table line: a listed change, formatted only when its line is rendered. */
type Line = { readonly key: string; readonly target: boolean } & (
  | { readonly kind: 'added' | 'removed'; readonly row: Observation | Target }
  | { readonly kind: 'changed'; readonly change: RowChange<Observation> | RowChange<Target> });

const count = (d: ListedRows<unknown>, k: Kind) => d.counts[k];

/** What a group needs to describe its rows in the current language; made once per language and data. */
interface Describe {
  readonly t: ReturnType<typeof useT>['t'];
  readonly kind: Readonly<Record<Kind, string>>;
  readonly obs: (o: Observation) => string;
  readonly target: (t: Target) => string;
  readonly name: (indicatorId: string) => string;
  readonly fmt: (indicatorId: string, text: string) => string;
}

function describer(t: Describe['t'], lang: Lang, before: Dataset, after: Dataset): Describe {
  const indicators = new Map([...before.indicators, ...after.indicators].map((i) => [i.indicatorId, i]));
  const scopes = new Map([...before.scopes, ...after.scopes].map((s) => [s.scopeId, nameIn(lang, s)]));
  // A few periods recur on every line; translating each once keeps a long table cheap.
  const periods = new Map<string, string>();
  const period = (p: string) => {
    let label = periods.get(p);
    if (label === undefined) periods.set(p, (label = periodLabel(p, t)));
    return label;
  };
  return {
    t,
    kind: { added: t('preview.diff.added'), changed: t('preview.diff.changed'), removed: t('preview.diff.removed') },
    obs: (o) => `${period(o.period)} · ${scopes.get(o.scopeId) ?? o.scopeId} · ${o.sourceId}${colon(lang)}${o.locator}`,
    target: (x) => `${t('preview.diff.target', { id: x.targetId, period: period(x.period) })} · ${scopes.get(x.scopeId) ?? x.scopeId}`,
    name: (id) => {
      const ind = indicators.get(id);
      return ind ? nameIn(lang, ind) : id;
    },
    // Values as stored in the CSV (2902.17, -0.43: no grouping, the file's hyphen), in the source's unit rather than
    // the dashboard's English one: that is the text Excel's Find matches, so the editor finds the cell.
    fmt: (id, text) => {
      const unit = indicators.get(id)?.unit;
      const label = unit && Object.prototype.hasOwnProperty.call(UNITS, unit) ? UNITS[unit][lang] : unit ?? '';
      return `${text} ${label}`.trim();
    },
  };
}

/**
 * The first `limit` observation and target changes of one indicator as table lines (added, changed, removed). Lines
 * only point at their rows: formatting a number is not free, so a line is formatted when it is rendered.
 */
function linesOf(d: IndicatorDiffPreview, limit: number): Line[] {
  const out: Line[] = [];
  const push = (rows: ListedRows<Observation> | ListedRows<Target>, target: boolean) => {
    const prefix = target ? 't' : 'o';
    for (const row of rows.added.slice(0, limit - out.length)) out.push({ key: `${prefix}a${row.line}`, target, kind: 'added', row });
    for (const change of rows.changed.slice(0, limit - out.length)) out.push({ key: `${prefix}c${change.after.line}`, target, kind: 'changed', change });
    for (const row of rows.removed.slice(0, limit - out.length)) out.push({ key: `${prefix}r${row.line}`, target, kind: 'removed', row });
  };
  push(d.observations, false);
  push(d.targets, true);
  return out;
}

/** One table line; memoised, so adding lines to a long table does not render the earlier ones again. */
const DiffLine = memo(function DiffLine({ l, indicatorId, describe }: { l: Line; indicatorId: string; describe: Describe }) {
  const { t } = describe;
  const what = (r: Observation | Target) => (l.target ? describe.target(r as Target) : describe.obs(r as Observation));
  const fmt = (text: string) => describe.fmt(indicatorId, text);
  const row = l.kind === 'changed' ? l.change.after : l.row;
  const value = fmt(row.valueText);
  const fields = l.kind === 'changed' ? l.change.fields.filter((f) => f !== 'value') : [];
  const before = l.kind === 'changed' && l.change.fields.includes('value') ? fmt(l.change.before.valueText) : undefined;
  const file = l.target ? 'targets.csv' : 'observations.csv';
  return (
    <tr className={`diff-${l.kind}`}>
      <td>{describe.kind[l.kind]}</td>
      <td>
        {what(row)}
        {l.kind !== 'removed' && <span className="muted"> ({t('preview.diff.line', { line: row.line })})</span>}
      </td>
      <td>
        {l.kind === 'removed' ? <del>{value}</del> : before !== undefined ? <><del>{before}</del>{' → '}<ins>{value}</ins></> : value}
        {l.kind === 'changed' && fields.length > 0 && (
          // What else changed, and how: "(also changed: note_en)" alone left a garbled note unfindable.
          <ul className="diff-fields" aria-label={t('preview.diff.alsoChanged')}>
            {fields.map((f) => (
              <li key={f} className="diff-text">
                <code>{f}</code>{': '}
                <TextChange before={columnText(file, l.change.before, f)} after={columnText(file, l.change.after, f)} t={t} />
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
});

/** The table of an open group; mounted on opening, so its lines are built, and rendered in steps, only then. */
function DiffTable({ d, describe }: { d: IndicatorDiffPreview; describe: Describe }) {
  const { t } = describe;
  const lines = useMemo(() => linesOf(d, DIFF_ROWS_PER_INDICATOR), [d]);
  const shown = useProgressive(lines.length, LINES);
  const total = (['added', 'changed', 'removed'] as const).reduce((n, k) => n + count(d.observations, k) + count(d.targets, k), 0);
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('preview.diff.change')}</th>
            <th scope="col">{t('preview.diff.what')}</th>
            <th scope="col">{t('preview.diff.value')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, shown).map((l) => <DiffLine key={l.key} l={l} indicatorId={d.indicatorId} describe={describe} />)}
        </tbody>
      </table>
      {total > lines.length && <p className="muted">{t('preview.diff.more', { count: total - lines.length })}</p>}
    </>
  );
}

/** One indicator's changes in a disclosure; its table is only built while open, so hundreds of groups stay cheap. */
const DiffGroup = memo(function DiffGroup({ d, initiallyOpen, describe }: { d: IndicatorDiffPreview; initiallyOpen: boolean; describe: Describe }) {
  const [open, setOpen] = useState(initiallyOpen);
  const both = (k: Kind) => count(d.observations, k) + count(d.targets, k);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {describe.t('preview.diff.summary', { name: describe.name(d.indicatorId), added: both('added'), changed: both('changed'), removed: both('removed') })}
      </summary>
      {open && <DiffTable d={d} describe={describe} />}
    </details>
  );
});

/**
 * The diff against the published data, one collapsible group per indicator: added, changed (old -> new) and removed
 * values and targets, each with its line in the edited file; then one group per changed file of names, sources and
 * notes. Long lists are rendered in steps (see `useProgressive`).
 */
export const DiffView = memo(function DiffView({ diff, before, after }: { diff: DiffPreview; before: Dataset; after: Dataset }) {
  const { t } = useT();
  const lang = useLang();
  const describe = useMemo(() => describer(t, lang, before, after), [t, lang, before, after]);
  const shown = useProgressive(diff.indicators.length, GROUPS);
  return (
    <section aria-labelledby="preview-diff" className="preview-diff">
      <h2 id="preview-diff">{t('preview.diff.heading')}</h2>
      <h3>{t('preview.diff.figuresHeading')}</h3>
      <p>{diff.indicators.length === 0 ? t('preview.diff.none') : t('preview.diff.totals', diff.totals)}</p>
      {diff.indicators.slice(0, shown).map((d, n) => <DiffGroup key={d.indicatorId} d={d} initiallyOpen={n < OPEN_FIRST} describe={describe} />)}
      <FileChanges files={diff.files} t={t} />
    </section>
  );
});
