import { download } from '../../shared/download';
import { useT } from '../../shared/translate';
import type { PreviewFileResult } from './pipeline';
import type { Entry } from './selection';

/** Props of the list of files in the current check. */
export interface FileListProps {
  readonly entries: readonly Entry<File>[];
  /** What the finished check made of each entry, in the same order; null while it runs or when it failed. */
  readonly results: readonly PreviewFileResult[] | null;
  readonly running: boolean;
  readonly onRemove: (key: number) => void;
  /** Removes every file: the "start again" button. */
  readonly onClear: () => void;
  /** Receives each remove button (null when it goes), so the page can move focus after a removal. */
  readonly buttonRef: (key: number, button: HTMLButtonElement | null) => void;
}

/**
 * Every file of the current check, each with its remove button: which data file it replaces, and its "Download cleaned
 * CSV" button or why there is none. Then a button that removes them all. Shown while a check runs too, so removing a
 * file never takes the list, and the focus in it, away.
 */
export function FileList({ entries, results, running, onRemove, onClear, buttonRef }: FileListProps) {
  const { t } = useT();
  return (
    <section aria-labelledby="preview-files" className="preview-files">
      <h2 id="preview-files">{t('preview.files.heading')}</h2>
      <ul>
        {entries.map(({ key, file }, i) => {
          const f = results?.[i];
          return (
            <li key={key}>
              <strong>{!f ? file.name : f.target ? t('preview.files.replaces', { name: f.name, target: f.target }) : t('preview.files.refused', { name: f.name })}</strong>
              {' '}<span className="muted">({t('preview.files.size', { size: (file.size / 1000).toFixed(1) })})</span>
              {' '}
              {/* The visible word starts the accessible name (WCAG 2.5.3); the file's name tells the buttons apart. */}
              <button type="button" className="preview-remove" ref={(el) => buttonRef(key, el)} aria-label={t('preview.files.remove', { name: file.name })} onClick={() => onRemove(key)}>
                {t('preview.files.removeShort')}
              </button>
              <br />
              {!f ? (
                running && <span className="muted">{t('preview.files.checking')}</span>
              ) : f.clean === 'ready' && f.target && f.cleaned !== null ? (
                <>
                  <button type="button" onClick={() => download(f.cleaned!, f.target!)}>{t('preview.files.download', { file: f.target })}</button>
                  {' '}<span className="muted">{f.changedCells > 0 ? t('preview.files.changed', { count: f.changedCells }) : t('preview.files.unchanged')}</span>
                </>
              ) : (
                <span className="muted">{t(`preview.files.state.${f.clean}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
      <p><button type="button" onClick={onClear}>{t('preview.files.clear')}</button></p>
    </section>
  );
}
