// What a failed page shows: not found, no access, the API unreachable, or anything else, with a way on.
import { Link } from '@remix-run/react';
import { errorTexts } from '../error-texts';
import { useI18n } from '../i18n/i18n';
import { Notice } from './notice';

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const texts = errorTexts(error);
  return (
    <div className="page-narrow">
      <h1>{t(texts.title)}</h1>
      <Notice kind="warning" live={false}>
        <p>{t(texts.body)}</p>
      </Notice>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </div>
  );
}
