// A list's filter form is a GET form (it works without JavaScript); with JavaScript its empty fields are
// left out of the address, so the address says only what narrows the list.
import { useLocation, useNavigate } from '@remix-run/react';
import type { FormEvent } from 'react';

export function useFilterSubmit() {
  const location = useLocation();
  const navigate = useNavigate();
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === 'string' && value.trim() !== '') search.set(key, value.trim());
    const query = search.toString();
    navigate(`${location.pathname}${query ? `?${query}` : ''}`, { preventScrollReset: true });
  };
}
