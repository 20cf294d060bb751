// The language someone's mails are written in, as radio buttons named `language` (Nederlands first).
import { useI18n } from '../i18n/i18n';
import { LANGUAGES, languageTag } from '../i18n/language';

export function LanguageChoice({ form, legend, chosen }: { form: string; legend: string; chosen: string }) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {LANGUAGES.map((language) => (
        <div className="radio" key={language}>
          <input
            type="radio"
            id={`${form}-language-${language}`}
            name="language"
            value={language}
            defaultChecked={language === (chosen || 'nl')}
          />
          <label htmlFor={`${form}-language-${language}`} lang={languageTag(language)}>
            {t(language === 'nl' ? 'language.nl' : 'language.en')}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
