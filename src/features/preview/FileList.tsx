import { download } from '../../shared/download';
import { useT } from '../../shared/translate';
import type { PreviewFileResult } from './pipeline';

/** The dropped files: which data file each replaces, and its "Download cleaned CSV" button or why there is none. */
export function FileList({ files }: { files: readonly PreviewFileResult[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="preview-files" className="preview-files">
      <h2 id="preview-files">{t('preview.files.heading')}</h2>
      <ul>
        {files.map((f, i) => (
          <li key={`${f.name}:${i}`}>
            <strong>{f.target ? t('preview.files.replaces', { name: f.name, target: f.target }) : t('preview.files.refused', { name: f.name })}</strong>
            {' '}<span className="muted">({t('preview.files.size', { size: (f.size / 1000).toFixed(1) })})</span>
            <br />
            {f.clean === 'ready' && f.target && f.cleaned !== null ? (
              <>
                <button type="button" onClick={() => download(f.cleaned!, f.target!)}>{t('preview.files.download', { file: f.target })}</button>
                {' '}<span className="muted">{f.changedCells > 0 ? t('preview.files.changed', { count: f.changedCells }) : t('preview.files.unchanged')}</span>
              </>
            ) : (
              <span className="muted">{t(`preview.files.state.${f.clean}`)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
