// Errors the domain raises. Services throw these; the GraphQL layer maps them to error codes, and a
// field error becomes a localised UserError in a mutation payload.
import type { ErrorTextCode } from '../i18n/messages.js';

/** RATE_LIMITED: too many attempts of this kind for now; the message says when to try again. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'RATE_LIMITED';

/** An error whose code clients may rely on (anything else is masked as an internal error). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A code of the localised texts: the GraphQL layer replaces the message with its text. */
    readonly textCode?: ErrorTextCode,
    readonly textParams?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'object') => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = () => new DomainError('FORBIDDEN', 'not allowed');
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'not logged in');
export const badInput = (
  message: string,
  textCode?: ErrorTextCode,
  textParams?: Record<string, string | number>,
) => new DomainError('BAD_USER_INPUT', message, textCode, textParams);

/** An expected validation failure on one input field; `code` selects the localised message. */
export interface FieldError {
  /** Dotted path of the input field, e.g. `email` or `contacts.1.email`; null for the whole input. */
  field: string | null;
  /** Has a text in every language (i18n/messages.ts), or this does not compile. */
  code: ErrorTextCode;
  params?: Record<string, string | number>;
}

/** Either the value, or every field error found (and then nothing was saved). */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const failed = <T>(errors: FieldError[]): Result<T> => ({ ok: false, errors });
