// Whether a chat's customer still has the chat open (decision 0033): the customer's page follows the chat
// over a WebSocket subscription (chatUpdated); when this process's last such subscription of a chat ends
// (page closed, connection lost), `chat.customer_gone_at` is set, and a new one clears it. The worker ends
// a chat whose customer stayed gone CHAT_CUSTOMER_GONE_MINUTES (chat-abandon.ts). Per process: a customer
// with two tabs on two server instances is gone when either closes, and back with the next event of the
// other (it re-subscribes only after a drop) — the grace minutes cover a reload and a reconnect.
import type { AppServices, Ctx } from '../../context.js';
import { inScope } from '../../db/scope.js';

const open = new Map<string, number>();

/** The customer opened the chat: not gone (runs in the subscription's operation). */
export async function customerPresent(ctx: Ctx, chatId: string): Promise<void> {
  const em = await ctx.tx.manager();
  await em.query('UPDATE chat SET customer_gone_at = NULL WHERE id = $1 AND customer_gone_at IS NOT NULL', [
    chatId,
  ]);
}

/** Wraps the customer's event stream of a chat: when the last one of this process ends, the customer left. */
export function untilCustomerLeaves<T>(
  app: AppServices,
  chatId: string,
  source: AsyncIterableIterator<T>,
): AsyncIterableIterator<T> {
  open.set(chatId, (open.get(chatId) ?? 0) + 1);
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    const still = (open.get(chatId) ?? 1) - 1;
    if (still > 0) {
      open.set(chatId, still);
      return;
    }
    open.delete(chatId);
    inScope(app.dataSource, { kind: 'system' }, (em) =>
      em.query(
        `UPDATE chat SET customer_gone_at = now() WHERE id = $1 AND status <> 'ENDED' AND customer_gone_at IS NULL`,
        [chatId],
      ),
    ).catch((error: unknown) =>
      app.log.warn({ err: error, chat: chatId }, 'could not mark the customer gone'),
    );
  };
  return {
    next: () => source.next(),
    return: (value?: unknown) => {
      leave();
      return source.return
        ? source.return(value)
        : Promise.resolve({ done: true as const, value: value as T });
    },
    throw: (error?: unknown) => {
      leave();
      return source.throw ? source.throw(error) : Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
