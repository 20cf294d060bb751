// Search hits with their highlighted snippet (plain-text parts from the API; the matched words in <mark>).
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { SearchHit } from './search';

function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <p className="kb-snippet">
      {parts.map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for one hit.
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for one hit.
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export function SearchResults({
  hits,
  newWindow = false,
  action,
}: {
  hits: SearchHit[];
  /** Open the articles in a new window (from a form the user is filling in). */
  newWindow?: boolean;
  /** Something to offer under each hit (the ticket form's 'this solved my question'). */
  action?: (hit: SearchHit) => ReactNode;
}) {
  const { t, date } = useI18n();
  return (
    <ul className="kb-results">
      {hits.map((hit) => (
        <li key={hit.item.id}>
          <h3>
            <Link
              to={`/kennisbank/${hit.item.slug}`}
              {...(newWindow ? { target: '_blank', rel: 'noopener' } : {})}
            >
              {hit.item.title}
              {newWindow ? <span className="visually-hidden"> {t('kb.suggest.opensNew')}</span> : null}
            </Link>
          </h3>
          <Snippet parts={hit.snippet} />
          <p className="kb-meta">
            {hit.item.category ? `${hit.item.category} · ` : ''}
            {t('kb.updated', { date: date(hit.item.updatedAt) })}
          </p>
          {action?.(hit)}
        </li>
      ))}
    </ul>
  );
}
