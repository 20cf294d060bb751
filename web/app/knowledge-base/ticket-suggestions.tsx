// 'Zoek eerst in de kennisbank' above the new-ticket form (ticket deflection, issue 16). Without
// JavaScript it is a step of its own: a search form whose results the ticket page's loader shows. With
// JavaScript the articles follow the subject as it is typed (debounced). Under each article 'this solved
// my question' posts to the ticket page, which records it as a ticket avoided and opens the article.
import { Form, useFetcher } from '@remix-run/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n';
import type { SearchHit } from './search';
import { SearchResults } from './search-results';

/** How many articles the form suggests. */
export const SUGGESTIONS_SHOWN = 5;
/** The form that says an article solved the question (the ticket page's action tells it by this). */
export const SOLVED_FORM = 'kb-solved';
const DEBOUNCE_MS = 400;
const MIN_QUERY = 3;

export interface Suggestions {
  query: string;
  hits: SearchHit[];
}

/** The suggestions shown, starting from the loader's; `suggest` asks again for a subject being typed. */
export function useSuggestions(initial: Suggestions) {
  const fetcher = useFetcher<Suggestions>();
  const [shown, setShown] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setShown(initial), [initial]);
  useEffect(() => {
    if (fetcher.data) setShown(fetcher.data);
  }, [fetcher.data]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const { load } = fetcher;
  const suggest = useCallback(
    (subject: string) => {
      clearTimeout(timer.current);
      const query = subject.trim();
      timer.current = setTimeout(() => {
        if (query.length < MIN_QUERY) setShown({ query: '', hits: [] });
        else load(`/kennisbank/suggesties?q=${encodeURIComponent(query)}`);
      }, DEBOUNCE_MS);
    },
    [load],
  );
  return { shown, suggest };
}

export function TicketSuggestions({ shown }: { shown: Suggestions }) {
  const { t } = useI18n();
  const ids = shown.hits.map((hit) => hit.item.id);
  return (
    <section className="kb-suggestions" aria-labelledby="kb-suggest-title">
      <h2 id="kb-suggest-title">{t('kb.suggest.title')}</h2>
      <p>{t('kb.suggest.intro')}</p>
      <Form method="get" className="kb-search">
        <Field
          form="kb-suggest"
          name="zoek"
          type="search"
          label={t('kb.search.label')}
          defaultValue={shown.query}
          required={false}
        />
        <button type="submit" className="button button-secondary">
          {t('kb.suggest.submit')}
        </button>
      </Form>
      <div aria-live="polite">
        {shown.query ? (
          shown.hits.length === 0 ? (
            <p>{t('kb.suggest.none')}</p>
          ) : (
            <>
              <h3>{t('kb.suggest.heading')}</h3>
              <SearchResults
                hits={shown.hits}
                newWindow
                action={(hit) => (
                  <Form method="post" className="kb-solved-form">
                    <input type="hidden" name="form" value={SOLVED_FORM} />
                    <input type="hidden" name="query" value={shown.query} />
                    <input type="hidden" name="shown" value={ids.join(',')} />
                    <input type="hidden" name="articleId" value={hit.item.id} />
                    <input type="hidden" name="slug" value={hit.item.slug} />
                    <button type="submit" className="button button-small button-secondary">
                      {t('kb.suggest.solved')}
                      <span className="visually-hidden">: {hit.item.title}</span>
                    </button>
                  </Form>
                )}
              />
            </>
          )
        ) : null}
      </div>
    </section>
  );
}

/** Hidden fields of the ticket form: what was suggested, recorded with the ticket when it is created. */
export function SuggestionsShownFields({ shown }: { shown: Suggestions }) {
  return (
    <>
      <input type="hidden" name="kbQuery" value={shown.query} />
      <input type="hidden" name="kbShown" value={shown.hits.map((hit) => hit.item.id).join(',')} />
    </>
  );
}
