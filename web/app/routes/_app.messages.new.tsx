// /messages/new (Stuur nieuw bericht), also reached from 'Hulp nodig?' (?teamId=, ?handlerId=) and from a
// theme page (?themeId=): theme, title, text, attachments and the Contactdetails, which start from the
// theme's confirmed contacts. Choosing another theme loads its contacts (with JavaScript at once;
// without, through 'Thema kiezen'), keeping what was typed and the contacts added. After sending, the
// new thread opens with the confirmation naming who received the message.
import { randomUUID } from 'node:crypto';
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useLocation, useNavigate } from '@remix-run/react';
import type { ChangeEvent } from 'react';
import attachmentsCss from '../attachments/attachments.css?url';
import { Field, SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf } from '../forms/form-result';
import { MessagesDraftContactsQuery, MessagesNewContextQuery } from '../graphql/messages.server';
import { useI18n } from '../i18n/i18n';
import { composeAction } from '../messages/compose.server';
import { ComposeForm } from '../messages/compose-form';
import { TITLE_MAX } from '../messages/compose-state';
import { fullName } from '../messages/format';
import { teamsFirst } from '../messages/help.server';
import { HelpWidget } from '../messages/help-widget';
import messagesCss from '../messages/messages.css?url';
import { titled } from '../meta';
import { requireViewer } from '../session.server';
import { loadTicketOptions } from '../tickets/help-ticket.server';
import { useHydrated } from '../use-hydrated';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: messagesCss },
  { rel: 'stylesheet', href: attachmentsCss },
];

export const meta = titled('msg.new.title');

const FORM = 'new';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  if (scope.viewer.isStaff) throw redirect('/staff/messages/new');
  const search = new URL(request.url).searchParams;
  const [{ myOrganisation, teams }, ticketOptions] = await Promise.all([
    scope.api(MessagesNewContextQuery),
    loadTicketOptions(scope),
  ]);
  const themes = myOrganisation?.themes ?? [];
  const handlerId = search.get('handlerId');
  const team =
    teams.find((t) => t.id === search.get('teamId')) ??
    (handlerId ? teams.find((t) => t.handlers.some((h) => h.id === handlerId)) : undefined);
  const handler = team?.handlers.find((h) => h.id === handlerId) ?? null;
  const theme =
    themes.find((th) => th.id === search.get('themeId')) ??
    (team ? themes.find((th) => th.teamId === team.id) : undefined);
  const contacts = theme
    ? (await scope.api(MessagesDraftContactsQuery, { themeId: theme.id })).draftThreadContacts
    : [];
  return {
    themes: themes.map(({ id, name }) => ({ id, name })),
    themeId: theme?.id ?? '',
    team: team ? { id: team.id, name: team.name } : null,
    handler: handler ? { id: handler.id, name: fullName(handler) } : null,
    contacts,
    clientKey: randomUUID(),
    isAdmin: scope.viewer.roles.includes('ADMIN'),
    help: { teams: teamsFirst(teams, theme?.teamId ?? team?.id), email: scope.viewer.email, ticketOptions },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  return composeAction(scope, context, request, { kind: 'new', form: FORM, contacts: [] });
}

export default function NewMessagePage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const own = result?.form === FORM ? result : undefined;
  const { t } = useI18n();
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const location = useLocation();
  const themeId = own?.themeId ?? data.themeId;

  const recipient = data.handler
    ? `${data.handler.name} (${data.team?.name ?? ''})`
    : (data.team?.name ?? null);
  const hidden: Record<string, string> = {};
  if (data.team) hidden.teamId = data.team.id;
  if (data.handler) hidden.handlerId = data.handler.id;

  // With JavaScript another theme loads its contacts at once (the typed text stays).
  const chooseTheme = (event: ChangeEvent<HTMLSelectElement>) => {
    if (!hydrated) return;
    const search = new URLSearchParams(location.search);
    if (event.target.value) search.set('themeId', event.target.value);
    else search.delete('themeId');
    navigate(`${location.pathname}?${search}`, { replace: true, preventScrollReset: true });
  };

  return (
    <>
      <p className="back-link">
        <Link to="/messages">
          <span aria-hidden="true">← </span>
          {t('msg.detail.back')}
        </Link>
      </p>
      <h1>{t('msg.new.title')}</h1>
      <p className="lead">{t('msg.new.intro')}</p>
      {recipient ? (
        <Notice kind="info" live={false}>
          <p>{t('msg.new.recipient', { recipient })}</p>
          <p>
            <Link to={themeId ? `/messages/new?themeId=${themeId}` : '/messages/new'}>
              {t('msg.new.recipient.reset')}
            </Link>
          </p>
        </Notice>
      ) : null}
      {data.themes.length === 0 ? (
        <Notice kind="warning" live={false}>
          <p>{t('msg.new.noThemes')}</p>
        </Notice>
      ) : null}
      <ComposeForm
        form={FORM}
        contacts={data.contacts}
        contactsKey={data.themeId}
        clientKey={data.clientKey}
        result={own}
        isAdmin={data.isAdmin}
        headingLevel={2}
        hidden={hidden}
        labels={{ themeId: t('msg.col.theme'), title: t('msg.compose.title') }}
        bodyLabel={t('msg.compose.body')}
        before={(values) => (
          <>
            <div className="theme-choice">
              <SelectField
                form={FORM}
                name="themeId"
                label={t('msg.col.theme')}
                hint={t(recipient ? 'msg.new.theme.hintPicked' : 'msg.new.theme.hint')}
                defaultValue={values.themeId ?? themeId}
                errors={errorsOf(own, FORM, 'themeId')}
                onChange={chooseTheme}
              >
                <option value="">{t('msg.new.theme.choose')}</option>
                {data.themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
              </SelectField>
              {hydrated ? null : (
                <button type="submit" name="intent" value="choose-theme" className="button button-secondary">
                  {t('msg.new.theme.submit')}
                </button>
              )}
            </div>
            <Field
              form={FORM}
              name="title"
              label={t('msg.compose.title')}
              defaultValue={values.title ?? ''}
              errors={errorsOf(own, FORM, 'title')}
              maxLength={TITLE_MAX}
              autoComplete="off"
            />
          </>
        )}
        cancel={<Link to="/messages">{t('msg.compose.cancel')}</Link>}
      />
      <HelpWidget
        teams={data.help.teams}
        email={data.help.email}
        ticketOptions={data.help.ticketOptions}
        folded
      />
    </>
  );
}
