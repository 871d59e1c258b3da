import { useEffect, useId, useRef, useState } from 'react';
import { useT } from './translate';
import { useLang } from './useLang';

/** Escapes text for an HTML attribute value in double quotes: a title from data cannot end the attribute. */
export const attr = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The HTML a partner site pastes: an iframe with a `title` for screen readers, optionally followed by the resize
 * script. The iframe carries `data-esg-embed`, which is how the script finds the frames it may resize.
 */
export function embedSnippet(o: { id: string; title: string; lang: string; theme: string; resize: boolean; base: string }): string {
  const src = new URL(`embed/${o.id}?lang=${o.lang}&theme=${o.theme}`, o.base).href;
  const frame = `<iframe src="${attr(src)}" title="${attr(o.title)}" width="100%" height="480" style="border:0" loading="lazy" data-esg-embed></iframe>`;
  return o.resize ? `${frame}\n<script src="${attr(new URL('embed-resize.js', o.base).href)}" defer></script>` : frame;
}

/**
 * Modal dialog with the embed code of one chart. A native <dialog> opened with showModal() keeps focus inside and
 * closes on Esc; focus starts on the code and goes back to the Embed button on close (the caller does that).
 */
export function EmbedDialog({ id, title, theme, onClose }: { id: string; title: string; theme: 'light' | 'dark'; onClose: () => void }) {
  const { t } = useT();
  const lang = useLang();
  const [resize, setResize] = useState(true);
  const [note, setNote] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const codeId = useId();
  const resizeId = useId();
  const base = new URL(import.meta.env.BASE_URL, window.location.href).href;
  const snippet = embedSnippet({ id, title, lang, theme, resize, base });

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
    code.current?.focus();
    return () => { if (d.open) d.close(); };
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setNote(t('share.embedDialog.copied'));
    } catch {
      code.current?.select();
      setNote(t('share.embedDialog.selectHint'));
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{t('share.embedDialog.title')}</h2>
      <p>{t('share.embedDialog.intro')}</p>
      <label htmlFor={codeId}>{t('share.embedDialog.code')}</label>
      <textarea id={codeId} ref={code} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <label htmlFor={resizeId} className="chart-actions-option">
        <input id={resizeId} type="checkbox" checked={resize} onChange={(e) => setResize(e.target.checked)} />
        {' '}{t('share.embedDialog.script')}
      </label>
      <div className="embed-dialog-buttons">
        <button type="button" onClick={() => void copy()}>{t('share.embedDialog.copy')}</button>
        <button type="button" onClick={() => dialog.current?.close()}>{t('share.embedDialog.close')}</button>
      </div>
      <p role="status">{note}</p>
    </dialog>
  );
}
