// One query or mutation over graphql-ws, answered as HTTP would be: the result, the refusal (a list of
// errors) or the socket's close, so that the two transports can be compared.
import type { Client } from 'graphql-ws';

export type WsAnswer =
  | { data: unknown; errors?: Array<{ message: string; path?: unknown; extensions?: { code?: string } }> }
  | { closed: number; reason: string };

export function wsExecute(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<WsAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: WsAnswer) => {
      if (!settled) resolve(answer);
      settled = true;
    };
    client.subscribe(
      { query, variables },
      {
        next: (value) => settle(value as WsAnswer),
        error: (error) => {
          if (Array.isArray(error)) settle({ data: null, errors: error });
          else {
            const close = error as { code?: number; reason?: string };
            settle({ closed: close.code ?? 0, reason: close.reason ?? String(error) });
          }
        },
        complete: () => settle({ data: null, errors: [{ message: 'completed without an answer' }] }),
      },
    );
  });
}
