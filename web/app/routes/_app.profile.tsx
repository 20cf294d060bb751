// /profile (Profiel): the account at a glance, personal data, password, language, sessions and
// 'Mijn gegevens downloaden'.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { SessionsQuery } from '../graphql/accounts.server';
import { MyExportsQuery } from '../graphql/privacy.server';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { ExportPanel } from '../profile/export-panel';
import { LanguageForm } from '../profile/language-form';
import { PasswordForm } from '../profile/password-form';
import { PersonalForm } from '../profile/personal-form';
import { profileAction } from '../profile/profile.server';
import { SessionsTable } from '../profile/sessions-table';
import { requireViewer } from '../session.server';

export const meta = titled('profile.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  const [{ mySessions }, { myPersonalDataExports }] = await Promise.all([
    scope.api(SessionsQuery),
    scope.api(MyExportsQuery),
  ]);
  const { viewer } = scope;
  return {
    user: {
      firstName: viewer.firstName,
      lastName: viewer.lastName,
      email: viewer.email,
      phone: viewer.phone ?? '',
      language: viewer.language,
      roles: viewer.roles,
      organisation: viewer.isStaff ? null : (viewer.organisation?.name ?? null),
    },
    sessions: mySessions,
    exports: myPersonalDataExports,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  return profileAction(scope, context, await request.formData());
}

export default function ProfilePage() {
  const { user, sessions, exports } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <p className="lead">{t('profile.intro')}</p>
      <dl className="summary-list" aria-label={t('profile.account')}>
        <div>
          <dt>{t('profile.organisation')}</dt>
          <dd>{user.organisation ?? t('app.department')}</dd>
        </div>
        <div>
          <dt>{t('profile.roles')}</dt>
          <dd>{user.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}</dd>
        </div>
      </dl>
      <div className="panels">
        <PersonalForm saved={user} result={result} />
        <PasswordForm email={user.email} result={result} />
        <LanguageForm current={user.language} result={result} />
        <SessionsTable sessions={sessions} result={result} />
        <ExportPanel exports={exports} result={result} />
      </div>
    </>
  );
}
