// The language switch in the header: a small form (works without JavaScript) posting to /language,
// which sets the language cookie and, when logged in, the account's language.
import { Form, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { language, t } = useI18n();
  const location = useLocation();
  const other = language === 'nl' ? 'en' : 'nl';
  return (
    <Form method="post" action="/language" className="language-switch">
      <input type="hidden" name="language" value={other} />
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <button type="submit" className="button-link header-button" lang={other}>
        <span aria-hidden="true" className="language-code">
          {other.toUpperCase()}
        </span>
        <span className="visually-hidden">{t('language.switchTo')}</span>
        <span className="language-name" aria-hidden="true">
          {t(other === 'en' ? 'language.en' : 'language.nl')}
        </span>
      </button>
    </Form>
  );
}
