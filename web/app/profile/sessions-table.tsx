// Profiel › Waar u bent aangemeld: one's sessions (device, address, times, status in words and icon),
// each but the current one with a button to end it; the current one logs out.
import { Form, useFetcher } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { CircleIcon, DotIcon } from '../components/icons';
import { Notice } from '../components/notice';
import type { FormResult } from '../forms/form-result';
import { type I18n, useI18n } from '../i18n/i18n';
import { describeUserAgent } from '../user-agent';

export interface SessionRow {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent?: string | null;
  ip?: string | null;
  current: boolean;
}

function deviceName(t: I18n['t'], userAgent: string | null | undefined): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser && os) return t('profile.sessions.deviceOn', { browser, os });
  return browser ?? os ?? t('profile.sessions.unknownDevice');
}

function Time({ value }: { value: string }) {
  const { dateTime } = useI18n();
  return (
    <time dateTime={value} suppressHydrationWarning>
      {dateTime(value)}
    </time>
  );
}

export function SessionsTable({
  sessions,
  result,
}: {
  sessions: SessionRow[];
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const others = sessions.filter((s) => !s.current);
  // Ending a session stays on the page (a fetcher; without JavaScript the form posts as any other).
  const revoke = useFetcher<FormResult>({ key: 'revoke-session' });
  const answer = revoke.data ?? result;
  // The row whose button had the focus is gone: the notice takes it.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (revoke.data) noticeRef.current?.focus();
  }, [revoke.data]);
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('profile.sessions.title')}</h2>
      {answer?.form === 'sessions' && answer.ok && answer.notice ? (
        <div ref={noticeRef} tabIndex={-1} className="notice-anchor">
          <Notice kind="success">
            <p>{answer.notice}</p>
          </Notice>
        </div>
      ) : null}
      <p>{t('profile.sessions.intro')}</p>
      <table className="table table-cards">
        <caption className="visually-hidden">{t('profile.sessions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.sessions.device')}</th>
            <th scope="col">{t('profile.sessions.ip')}</th>
            <th scope="col">{t('profile.sessions.created')}</th>
            <th scope="col">{t('profile.sessions.lastSeen')}</th>
            <th scope="col">{t('profile.sessions.expires')}</th>
            <th scope="col">{t('profile.sessions.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('profile.sessions.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const device = deviceName(t, session.userAgent);
            return (
              <tr key={session.id} className={session.current ? 'row-current' : undefined}>
                <th scope="row" data-label={t('profile.sessions.device')}>
                  {device}
                </th>
                <td data-label={t('profile.sessions.ip')}>{session.ip ?? t('profile.sessions.unknown')}</td>
                <td data-label={t('profile.sessions.created')}>
                  <Time value={session.createdAt} />
                </td>
                <td data-label={t('profile.sessions.lastSeen')}>
                  <Time value={session.lastSeenAt} />
                </td>
                <td data-label={t('profile.sessions.expires')}>
                  <Time value={session.expiresAt} />
                </td>
                <td data-label={t('profile.sessions.status')}>
                  <span className={`status ${session.current ? 'status-current' : 'status-active'}`}>
                    {session.current ? <DotIcon /> : <CircleIcon />}
                    {t(session.current ? 'profile.sessions.current' : 'profile.sessions.active')}
                  </span>
                </td>
                <td className="cell-action">
                  {session.current ? (
                    <Form method="post" action="/logout">
                      <button type="submit" className="button button-secondary button-small">
                        {t('userMenu.logout')}
                      </button>
                    </Form>
                  ) : (
                    <revoke.Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="sessionId" value={session.id} />
                      <button
                        type="submit"
                        className="button button-secondary button-small"
                        aria-label={t('profile.sessions.revokeLabel', { device })}
                      >
                        {t('profile.sessions.revoke')}
                      </button>
                    </revoke.Form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {others.length === 0 ? <EmptyState title={t('profile.sessions.onlyThis')} /> : null}
    </section>
  );
}
