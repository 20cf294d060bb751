// The user menu in the header: the user's name opens Mijn organisatie (for an organisation's users, the
// manual's first step; an ADMIN edits there, others read), Profiel and Afmelden. A <details> element, so
// it works without JavaScript; with it, Escape, a click elsewhere or a navigation closes it.
import { Form, Link, useLocation } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { ChevronIcon, UserIcon } from './icons';

export function UserMenu({ name, hasOrganisation }: { name: string; hasOrganisation: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDetailsElement>(null);
  const location = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the location changes
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [location.key]);

  useEffect(() => {
    const close = (event: Event) => {
      const menu = ref.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
      } else if (!menu.contains(event.target as Node)) {
        menu.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);

  return (
    <details className="user-menu" ref={ref}>
      <summary className="header-button" aria-label={t('userMenu.label', { name })}>
        <UserIcon />
        <span className="user-menu-name">{name}</span>
        <ChevronIcon />
      </summary>
      <div className="user-menu-panel">
        {hasOrganisation ? (
          <Link to="/organisation" className="user-menu-item">
            {t('userMenu.organisation')}
          </Link>
        ) : null}
        <Link to="/profile" className="user-menu-item">
          {t('userMenu.profile')}
        </Link>
        <Form method="post" action="/logout">
          <button type="submit" className="user-menu-item">
            {t('userMenu.logout')}
          </button>
        </Form>
      </div>
    </details>
  );
}
