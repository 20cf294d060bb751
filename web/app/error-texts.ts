// Which title and explanation an error gets: not found, no access, the API unreachable, or anything else.
import { isRouteErrorResponse } from '@remix-run/react';
import type { MessageKey } from './i18n/nl';

export function errorTexts(error: unknown): { title: MessageKey; body: MessageKey } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) return { title: 'error.notFound.title', body: 'error.notFound.body' };
    if (error.status === 403) return { title: 'error.forbidden.title', body: 'error.forbidden.body' };
    if (error.status === 502 || error.status === 503)
      return { title: 'error.unavailable.title', body: 'error.unavailable.body' };
  }
  return { title: 'error.title', body: 'error.body' };
}
