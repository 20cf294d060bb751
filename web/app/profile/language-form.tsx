// Profiel › Taal: Dutch or English, for the pages and the mails.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { Notice } from '../components/notice';
import type { FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES, type Language, languageTag } from '../i18n/language';

const FORM = 'language';

export function LanguageForm({ current, result }: { current: Language; result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === FORM;
  // The notice is worded in the new language: show it once the page has reloaded its texts.
  const settled = navigation.state === 'idle';
  useFocusFirstError(ref, result, FORM);
  return (
    <section className="panel" aria-labelledby="language-title">
      <h2 id="language-title">{t('profile.language.title')}</h2>
      {settled && result?.form === FORM && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <Form method="post" ref={ref} className="form">
        <input type="hidden" name="intent" value={FORM} />
        <fieldset className="fieldset">
          <legend>{t('profile.language.legend')}</legend>
          {LANGUAGES.map((language) => (
            <div className="radio" key={language}>
              <input
                type="radio"
                id={`language-${language}`}
                name="language"
                value={language}
                defaultChecked={language === current}
              />
              <label htmlFor={`language-${language}`} lang={languageTag(language)}>
                {t(language === 'nl' ? 'language.nl' : 'language.en')}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('profile.language.submit')}
          </button>
        </div>
      </Form>
    </section>
  );
}
