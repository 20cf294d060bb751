// A chat the worker ended by itself (decision 0033: nobody took it, nobody wrote, the customer left, the
// desk closed) disappears from the page when the live event makes it read itself again. This hook then
// goes to `?ended=<id>` (replacing the history entry): the loader reads that chat (ended-chat.server.ts)
// and the page says why, with the ticket it became. The chat the viewer ended itself (`endedHere`) is told
// by its action's notice instead.
import { useNavigate } from '@remix-run/react';
import { useEffect, useRef } from 'react';

export function useEndedChatNotice(ids: string[], endedHere: string | null | undefined): void {
  const navigate = useNavigate();
  const previous = useRef<string[]>(ids);
  const key = ids.join(',');
  useEffect(() => {
    const now = key ? key.split(',') : [];
    const gone = previous.current.filter((id) => !now.includes(id) && id !== endedHere);
    previous.current = now;
    if (gone[0]) navigate(`?ended=${gone[0]}`, { replace: true, preventScrollReset: true });
  }, [key, endedHere, navigate]);
}
