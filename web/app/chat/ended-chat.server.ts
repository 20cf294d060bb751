// The loader's half of the notice for a chat the worker ended by itself (decision 0033; the page's half is
// use-ended-chat.ts): the chat named by `?ended=<id>`, when it ended by itself, with its ticket number.
import { ApiError } from '../graphql/api.server';
import { EndedChatQuery } from '../graphql/chat.server';
import type { RequestScope } from '../session.server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function endedChat(scope: Pick<RequestScope, 'api'>, request: Request) {
  const id = new URL(request.url).searchParams.get('ended') ?? '';
  if (!UUID.test(id)) return null;
  try {
    const { chat } = await scope.api(EndedChatQuery, { id });
    return chat.status === 'ENDED' && chat.endReason
      ? { reason: chat.endReason, number: chat.ticketNumber ?? null }
      : null;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
