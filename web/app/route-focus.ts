// After a client-side navigation to another page, focus goes to the new page's heading, as it would after
// a page load, so that screen reader users hear where they are. Lives in the root, which never unmounts.
import { useLocation } from '@remix-run/react';
import { useEffect, useRef } from 'react';

export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    // A page that placed the focus itself (e.g. on a form error) keeps it.
    if (!main || main.contains(document.activeElement)) return;
    const target = main.querySelector<HTMLElement>('h1') ?? main;
    target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
}
