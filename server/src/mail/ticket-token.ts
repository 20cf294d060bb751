// The per-ticket token that threads mail (decision 0018): every mail about a ticket carries it in its
// Reply-To (`helpdesk+t.<token>@domain`) and its Message-ID (`<t.<token>.<uuid>@host>`), so that an answer
// names its ticket in the recipient, In-Reply-To or References. 32 hex digits from a random UUID: not
// guessable, unlike a ticket number.

const TOKEN = /(?:^|[^0-9a-z])t\.([0-9a-f]{32})(?=[.@>])/gi;

/** `local+t.<token>@domain` for the helpdesk address `local@domain`. */
export function ticketReplyAddress(helpdeskAddress: string, token: string): string {
  const at = helpdeskAddress.lastIndexOf('@');
  return `${helpdeskAddress.slice(0, at)}+t.${token}${helpdeskAddress.slice(at)}`;
}

/** What goes before the unique part of a ticket mail's Message-ID. */
export const ticketMessageIdTag = (token: string) => `t.${token}`;

/** The ticket tokens in addresses or Message-IDs, in order of appearance, lower-cased, once each. */
export function ticketTokensIn(values: readonly string[]): string[] {
  const found = new Set<string>();
  for (const value of values)
    for (const m of value.matchAll(TOKEN)) found.add((m[1] as string).toLowerCase());
  return [...found];
}
