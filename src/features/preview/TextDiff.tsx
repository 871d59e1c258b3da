import { Fragment, memo, useMemo, useState } from 'react';
import type { useT } from '../../shared/translate';
import { columnText, rowId, type DescriptiveFile, type DescriptiveRow } from '../../core/diff';
import type { FileDiffPreview } from './diffPreview';
import { LINES, useProgressive } from './progressive';
import { changeRuns, clipRun, codePointHint, type Run } from './textDiff';

type T = ReturnType<typeof useT>['t'];
type Kind = 'added' | 'changed' | 'removed';

/** One side of a change: the differing runs marked, common runs cut to the text next to them. */
function Side({ runs }: { runs: readonly Run[] }) {
  // Text nodes only: a name holding "<img onerror=…>" must read as those characters, never become an element.
  return runs.map((r, i) => {
    if (r.changed) return <mark key={i}>{r.text}</mark>;
    const c = clipRun(r.text, { first: i === 0, last: i === runs.length - 1 });
    return <Fragment key={i}>{c.start}{c.cut && <span className="muted">…</span>}{c.end}</Fragment>;
  });
}

/** Before and after together longer than this go on two lines: side by side, two long notes read as one. */
const LONG = 80;

/**
 * A cell's text before and after, as stored in the files: "before → after", each differing part marked, long cells
 * cut to the text around the differences, and the code points of a difference the eye cannot see. An empty cell says
 * so.
 */
export function TextChange({ before, after, t }: { before: string; after: string; t: T }) {
  const runs = changeRuns(before, after);
  const hint = codePointHint(runs.pairs, t('preview.diff.nothing'));
  const side = (text: string, r: readonly Run[]) => (text === '' ? <span className="muted">{t('preview.diff.empty')}</span> : <Side runs={r} />);
  return (
    <>
      <del>{side(before, runs.before)}</del>{before.length + after.length > LONG && <br />}{' → '}<ins>{side(after, runs.after)}</ins>
      {hint && <span className="muted"> ({t('preview.diff.characters', { codes: hint })})</span>}
    </>
  );
}

/** The columns that name a row of each file, shown for a row added or removed as a whole. */
const LABEL: Readonly<Record<DescriptiveFile, readonly [string, string]>> = {
  'sources.csv': ['title_zh', 'title_en'], 'scopes.csv': ['name_zh', 'name_en'],
  'indicators.csv': ['name_zh', 'name_en'], 'notes.csv': ['title_zh', 'title_en'],
};

/** One table line: a whole row added or removed, or one changed column of a row. */
interface TextLine {
  readonly key: string;
  readonly kind: Kind;
  readonly row: DescriptiveRow;
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

/** The listed changes of one file as table lines: added rows, then each changed column of each row, then removed rows. */
function textLines(f: FileDiffPreview): TextLine[] {
  const label = (row: DescriptiveRow) => LABEL[f.file].map((c) => columnText(f.file, row, c)).join(' / ');
  const column = LABEL[f.file].join(' / ');
  return [
    ...f.rows.added.map((row): TextLine => ({ key: `a${row.line}`, kind: 'added', row, column, before: '', after: label(row) })),
    ...f.rows.changed.flatMap((c) => c.fields.map((field): TextLine => ({
      key: `c${c.after.line}:${field}`, kind: 'changed', row: c.after, column: field,
      before: columnText(f.file, c.before, field), after: columnText(f.file, c.after, field),
    }))),
    ...f.rows.removed.map((row): TextLine => ({ key: `r${row.line}`, kind: 'removed', row, column, before: label(row), after: '' })),
  ];
}

/** One table line; memoised, so adding lines to a long table does not render the earlier ones again. */
const TextLineRow = memo(function TextLineRow({ l, file, t }: { l: TextLine; file: DescriptiveFile; t: T }) {
  return (
    <tr className={`diff-${l.kind}`}>
      <td>{t(`preview.diff.${l.kind}`)}</td>
      <td>
        <code>{rowId(file, l.row)}</code>
        {l.kind !== 'removed' && <span className="muted"> ({t('preview.diff.line', { line: l.row.line })})</span>}
      </td>
      <td><code>{l.column}</code></td>
      <td className="diff-text">
        {l.kind === 'changed' ? <TextChange before={l.before} after={l.after} t={t} />
          : l.kind === 'added' ? <ins>{l.after}</ins> : <del>{l.before}</del>}
      </td>
    </tr>
  );
});

/** The table of an open file group; mounted on opening, its lines rendered in steps. */
function TextTable({ f, t }: { f: FileDiffPreview; t: T }) {
  const lines = useMemo(() => textLines(f), [f]);
  const shown = useProgressive(lines.length, LINES);
  const { counts } = f.rows;
  const listed = f.rows.added.length + f.rows.changed.length + f.rows.removed.length;
  const total = counts.added + counts.changed + counts.removed;
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('preview.diff.change')}</th>
            <th scope="col">{t('preview.diff.row')}</th>
            <th scope="col">{t('preview.diff.column')}</th>
            <th scope="col">{t('preview.diff.beforeAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, shown).map((l) => <TextLineRow key={l.key} l={l} file={f.file} t={t} />)}
        </tbody>
      </table>
      {total > listed && <p className="muted">{t('preview.diff.moreRows', { count: total - listed })}</p>}
    </>
  );
}

/** One file's changes in a disclosure, open at first; its table is only built while open. */
const FileGroup = memo(function FileGroup({ f, t }: { f: FileDiffPreview; t: T }) {
  const [open, setOpen] = useState(true);
  const { added, changed, removed } = f.rows.counts;
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('preview.diff.summary', { name: f.file, added, changed, removed })}</summary>
      {open && <TextTable f={f} t={t} />}
    </details>
  );
});

/**
 * The changed rows of sources.csv, scopes.csv, indicators.csv and notes.csv: a garbled or edited name changes no
 * figure, yet the dashboard shows it everywhere. One group per file; each line names the row's id, the column, and
 * the text before and after, as stored in the files.
 */
export function FileChanges({ files, t }: { files: readonly FileDiffPreview[]; t: T }) {
  return (
    <>
      <h3>{t('preview.diff.textHeading')}</h3>
      <p>{files.length === 0 ? t('preview.diff.textNone') : t('preview.diff.textIntro')}</p>
      {files.map((f) => <FileGroup key={f.file} f={f} t={t} />)}
    </>
  );
}
