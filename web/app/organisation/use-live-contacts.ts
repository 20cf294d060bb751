// Keeps the contacts page current while it is open: when tasksChanged arrives (a contact was added,
// confirmed, changed or removed, here or by someone else), the page's loaders run again and, once the
// new data is shown, the aria-live region says so. The page's own changes are not announced twice: the
// user just saw their notice.
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { TasksChangedDocument } from '../graphql/generated/graphql';
import { announce } from '../live/announce';
import { subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

const OWN_CHANGE_MS = 5000;

export function useLiveContacts(message: string): void {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const lastSubmission = useRef(0);
  const pending = useRef(false);
  const text = useRef(message);
  text.current = message;

  useEffect(() => {
    if (navigation.state === 'submitting') lastSubmission.current = Date.now();
  }, [navigation.state]);

  useEffect(
    () =>
      subscribeLive(TasksChangedDocument, {
        next: () => {
          pending.current = Date.now() - lastSubmission.current > OWN_CHANGE_MS;
          revalidateInBackground(revalidate.current);
        },
      }),
    [],
  );

  useEffect(() => {
    if (revalidator.state === 'idle' && pending.current) {
      pending.current = false;
      announce(text.current);
    }
  }, [revalidator.state]);
}
