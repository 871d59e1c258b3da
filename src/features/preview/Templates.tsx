import { useT } from '../../shared/translate';
import { DATA_FILES } from '../../core';

/** Where a blank template is served: `public/templates/` is copied to the site root, under the app's base path. */
export const templateUrl = (file: string): string => `${import.meta.env.BASE_URL}templates/${file}`;

/** Links to the blank template (header and one example row) of every data file. */
export function Templates() {
  const { t } = useT();
  return (
    <section aria-labelledby="preview-templates" className="preview-templates">
      <h2 id="preview-templates">{t('preview.templates.heading')}</h2>
      <p>{t('preview.templates.intro')}</p>
      <ul>
        {DATA_FILES.map((f) => (
          <li key={f}><a href={templateUrl(f)} download={f}>{t('preview.templates.link', { file: f })}</a></li>
        ))}
      </ul>
    </section>
  );
}
