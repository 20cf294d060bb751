// The page of a section that is not built yet: says so and offers the way back.
import { Link } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { EmptyState } from './empty-state';

export function Unavailable({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t(title)}</h1>
      <EmptyState title={t('unavailable.body')}>
        <p>{t('unavailable.next')}</p>
        <p>
          <Link to="/">{t('unavailable.home')}</Link>
        </p>
      </EmptyState>
    </>
  );
}
