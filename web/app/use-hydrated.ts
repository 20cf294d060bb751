// Whether the page runs with JavaScript yet: false in the server's HTML and while hydrating (so the
// first client render matches it), true from then on, and from the start for anything mounted later.
import { useEffect, useState } from 'react';

let hydratedOnce = false;

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(hydratedOnce);
  useEffect(() => {
    hydratedOnce = true;
    setHydrated(true);
  }, []);
  return hydrated;
}
