// A notice the loader took from the flash (flash.server.ts) stays on screen while the page is open: the
// page's loaders run again on their own (live updates, a fetcher's answer) and then no longer have it,
// as the flash is read once. A new navigation (another location) shows what its own loader says.
import { useLocation } from '@remix-run/react';
import { useRef } from 'react';

export function useFlashed<T>(value: T | null): T | null {
  const { key } = useLocation();
  const kept = useRef({ key, value });
  if (kept.current.key !== key) kept.current = { key, value };
  else if (value !== null) kept.current.value = value;
  return kept.current.value;
}
