// Mijn taken on the contacts tab: each theme without a confirmed contact, what to do, and the way to do
// it (an ADMIN adds a contact for the theme; everyone can show the theme's contacts).
import { Link } from '@remix-run/react';
import { AlertIcon, CheckIcon, ClockIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';

export interface TaskItem {
  id: string;
  message: string;
  awaitingConfirmation: boolean;
  /** An unreachable contact person (its address bounced): the task is to correct that contact. */
  contactPersonId?: string | null;
  theme: { id: string; name: string };
}

export function TasksList({ tasks, admin }: { tasks: TaskItem[]; admin: boolean }) {
  const { t } = useI18n();
  return (
    <section className="tasks" aria-labelledby="tasks-title">
      <h3 id="tasks-title">{t('contacts.tasks.title')}</h3>
      {tasks.length === 0 ? (
        <p className="task-done">
          <CheckIcon /> {t('contacts.tasks.none')}
        </p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id} className={task.awaitingConfirmation ? 'task task-waiting' : 'task task-open'}>
              {task.awaitingConfirmation ? <ClockIcon /> : <AlertIcon />}
              <div>
                <p>{task.message}</p>
                {admin && task.contactPersonId ? (
                  <p className="task-links">
                    <Link to={`/organisation/contacts/${encodeURIComponent(task.contactPersonId)}/edit`}>
                      {t('contacts.tasks.correct')}
                    </Link>
                  </p>
                ) : admin || task.awaitingConfirmation ? (
                  <p className="task-links">
                    {admin ? (
                      <Link to={`/organisation/contacts/new?theme=${encodeURIComponent(task.theme.id)}`}>
                        {t('contacts.tasks.add')}
                        <span className="visually-hidden">
                          {' '}
                          {t('contacts.tasks.forTheme', { theme: task.theme.name })}
                        </span>
                      </Link>
                    ) : null}
                    {/* Only a theme waiting for a confirmation has contacts to show (to resend the mail). */}
                    {task.awaitingConfirmation ? (
                      <Link to={`/organisation/contacts?theme=${encodeURIComponent(task.theme.id)}`}>
                        {t('contacts.tasks.show')}
                        <span className="visually-hidden">
                          {' '}
                          {t('contacts.tasks.forTheme', { theme: task.theme.name })}
                        </span>
                      </Link>
                    ) : null}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
