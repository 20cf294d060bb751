// Who is asking, in which language: the session cookie becomes the viewer (read once per request and
// shared by the loaders of one single fetch), and an API caller bound to this request.
import { type AppLoadContext, redirect } from '@remix-run/node';
import { clearSessionCookie, LANGUAGE_COOKIE, readCookie } from './cookies.server';
import { ViewerQuery } from './graphql/accounts.server';
import { ApiError, callApi } from './graphql/api.server';
import type { TypedDocumentString, ViewerQuery as ViewerData } from './graphql/generated/graphql';
import { DEFAULT_LANGUAGE, isLanguage, type Language, languageFromHeader } from './i18n/language';

export type Viewer = NonNullable<ViewerData['me']>;

export interface RequestScope {
  token: string | undefined;
  viewer: Viewer | null;
  /** The UI language: the account's when logged in, else the language cookie, else the browser's. */
  language: Language;
  /** Sends an operation as this request's user, in its language, from its address. */
  api<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult>;
}

/** The language chosen without an account: the `loket_lang` cookie, else Accept-Language, else Dutch. */
export function anonymousLanguage(request: Request): Language {
  const chosen = readCookie(request.headers.get('cookie'), LANGUAGE_COOKIE);
  if (isLanguage(chosen)) return chosen;
  return languageFromHeader(request.headers.get('accept-language')) ?? DEFAULT_LANGUAGE;
}

function callerBase(request: Request, context: AppLoadContext) {
  return {
    clientIp: context.clientIp,
    userAgent: request.headers.get('user-agent') ?? undefined,
  };
}

async function loadScope(request: Request, context: AppLoadContext): Promise<RequestScope> {
  const { config } = context;
  const token = readCookie(request.headers.get('cookie'), config.sessionCookieName) || undefined;
  const base = { ...callerBase(request, context), token };
  let viewer: Viewer | null = null;
  if (token) {
    try {
      viewer =
        (await callApi(config, { ...base, language: anonymousLanguage(request) }, ViewerQuery)).me ?? null;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) throw error;
    }
  }
  const language = viewer ? viewer.language : anonymousLanguage(request);
  return {
    token: viewer ? token : undefined,
    viewer,
    language,
    api: async (document, ...variables) => {
      try {
        return await callApi(config, { ...base, language }, document, ...variables);
      } catch (error) {
        throw toResponse(error, request, context);
      }
    },
  };
}

/** This request's scope; loaders running in one request share one viewer lookup. */
export function requestScope(request: Request, context: AppLoadContext): Promise<RequestScope> {
  let scope = context.memo.get('scope') as Promise<RequestScope> | undefined;
  if (!scope) {
    scope = loadScope(request, context);
    context.memo.set('scope', scope);
  }
  // A thrown Response (API unreachable) reaches every loader of the request: each gets its own copy,
  // since Remix reads the body of each one.
  return scope.catch((error: unknown) => {
    throw error instanceof Response ? error.clone() : error;
  });
}

/** The login page, remembering where the user was going. */
function loginRedirect(request: Request, context: AppLoadContext, reason?: string): Response {
  const url = new URL(request.url);
  const params = new URLSearchParams();
  const target = `${url.pathname}${url.search}`;
  if (target !== '/') params.set('redirectTo', target);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return redirect(`/login${query ? `?${query}` : ''}`, {
    headers: { 'Set-Cookie': clearSessionCookie(context.config) },
  });
}

/** The scope of a logged-in user; anyone else is sent to the login page. */
export async function requireViewer(
  request: Request,
  context: AppLoadContext,
): Promise<RequestScope & { viewer: Viewer; token: string }> {
  const scope = await requestScope(request, context);
  if (!scope.viewer || !scope.token) {
    const hadCookie = readCookie(request.headers.get('cookie'), context.config.sessionCookieName);
    throw loginRedirect(request, context, hadCookie ? 'expired' : undefined);
  }
  return scope as RequestScope & { viewer: Viewer; token: string };
}

/** API failures as HTTP answers: a lost session goes to the login page, the rest to the error page. */
function toResponse(error: unknown, request: Request, context: AppLoadContext): unknown {
  if (!(error instanceof ApiError)) return error;
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return loginRedirect(request, context, 'expired');
    case 'FORBIDDEN':
      return new Response(error.message, { status: 403, statusText: 'Forbidden' });
    case 'NOT_FOUND':
      return new Response(error.message, { status: 404, statusText: 'Not Found' });
    case 'RATE_LIMITED':
      return new Response(error.message, { status: 429, statusText: 'Too Many Requests' });
    default:
      return error;
  }
}

/** A path on this site (not `//host` or `/\\host`), else `fallback`. */
export function localPath(target: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  if (target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

/** Where to go after logging in: a path on this site other than the login and logout pages. */
export function safeRedirect(target: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  const path = localPath(target, fallback);
  return /^\/(login|logout)(\/|\?|$)/.test(path) ? fallback : path;
}
