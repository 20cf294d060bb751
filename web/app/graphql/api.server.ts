// Calls from loaders and actions to the GraphQL API: the session token as bearer, the UI language, and
// the browser's address and user agent (the API throttles logins per address and lists sessions by device).
import type { WebConfig } from '../env.server';
import { type Language, languageTag } from '../i18n/language';
import type { TypedDocumentString } from './generated/graphql';

/** The most items the API returns in one page (MAX_PAGE_SIZE in server/src/lists/keyset.ts). */
export const API_MAX_PAGE_SIZE = 100;

export interface ApiCaller {
  token?: string;
  language: Language;
  clientIp?: string;
  userAgent?: string;
}

/** An error the API answered with `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, ...). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Sends one operation; returns its data or throws an ApiError (or a 503 Response when unreachable). */
export async function callApi<TResult, TVariables>(
  config: WebConfig,
  caller: ApiCaller,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'accept-language': languageTag(caller.language),
  };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  if (caller.clientIp) headers['x-forwarded-for'] = caller.clientIp;
  if (caller.userAgent) headers['user-agent'] = caller.userAgent;

  // A trusted document goes by its hash alone (decision 0039); an API of an older build that does not know
  // the hash yet (during a rolling deployment) answers PERSISTED_QUERY_NOT_FOUND, and gets the document.
  const hash = (document.__meta__ as { hash?: unknown } | undefined)?.hash;
  const persisted =
    typeof hash === 'string' ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
  let body = await post<TResult>(config, headers, {
    ...(persisted ? { extensions: persisted } : { query: document.toString() }),
    variables: variables ?? {},
  });
  if (persisted && body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')
    body = await post<TResult>(config, headers, {
      query: document.toString(),
      variables: variables ?? {},
    });
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', 'The API answered without data');
  return body.data;
}

async function post<TResult>(
  config: WebConfig,
  headers: Record<string, string>,
  request: Record<string, unknown>,
): Promise<GraphqlResponse<TResult>> {
  let response: Response;
  try {
    response = await fetch(config.apiUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new Response('The API is not reachable', { status: 503, statusText: 'Service Unavailable' });
  }
  try {
    return (await response.json()) as GraphqlResponse<TResult>;
  } catch {
    throw new Response('The API answered without JSON', { status: 502, statusText: 'Bad Gateway' });
  }
}
