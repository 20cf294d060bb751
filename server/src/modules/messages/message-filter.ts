// Turns a message list filter into SQL conditions (parameterised), shared by the list and its count.

import type { EntityManager } from 'typeorm';
import { isCalendarDay, isUuid } from '../../domain/validate.js';
import { cappedCountSql, likePattern } from '../../lists/keyset.js';
import type { Direction } from './message.entity.js';

export interface MessageFilter {
  direction?: Direction | null;
  referenceNumber?: string | null;
  themeId?: string | null;
  /** Words in the title or the body. */
  text?: string | null;
  title?: string | null;
  /** Inclusive calendar days (YYYY-MM-DD) in Europe/Brussels. */
  sentFrom?: string | null;
  sentTo?: string | null;
  /** Part of the sender's name (the author, or the department team or handler). */
  sender?: string | null;
  /** Part of the addressee's name: the department team (in either language) or the handler. */
  recipient?: string | null;
  hasAttachments?: boolean | null;
  /** true: only unread messages; false: only read ones (for the viewer). */
  unread?: boolean | null;
}

/** A growing WHERE clause with its parameters. */
export class Conditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(sql: string): void {
    this.sql.push(sql);
  }

  /** A copy to extend (e.g. the count's conditions plus the page's cursor). */
  clone(): Conditions {
    const copy = new Conditions();
    copy.sql.push(...this.sql);
    copy.params.push(...this.params);
    return copy;
  }

  where(): string {
    return this.sql.length > 0 ? `WHERE ${this.sql.join(' AND ')}` : '';
  }

  /** The rows of `from` (e.g. 'ticket t') under these conditions, counted up to `limit` (withCappedTotal). */
  countUpTo(em: Pick<EntityManager, 'query'>, from: string): (limit: number) => Promise<number> {
    return async (limit) => {
      const c = this.clone();
      const counted: Array<{ n: number }> = await em.query(
        cappedCountSql(`FROM ${from} ${c.where()}`, c.param(limit)),
        c.params,
      );
      return counted[0]?.n ?? 0;
    };
  }
}

/** Text anywhere in a message's title or body (alias `m`): the trigram index message_text_trgm_idx. */
export const messageTextMatch = (pattern: string) => `(m.title || ' ' || m.body) ILIKE ${pattern}`;

/** Adds the filter's conditions on message alias `m` for `viewerId`'s read state. */
export function applyMessageFilter(c: Conditions, filter: MessageFilter, viewerId: string): void {
  if (filter.direction) c.add(`m.direction = ${c.param(filter.direction)}`);
  // A theme id that is not an id matches nothing.
  if (filter.themeId) c.add(isUuid(filter.themeId) ? `m.theme_id = ${c.param(filter.themeId)}` : 'false');
  if (filter.referenceNumber?.trim())
    c.add(`m.reference_number ILIKE ${c.param(likePattern(filter.referenceNumber))}`);
  if (filter.title?.trim()) c.add(`m.title ILIKE ${c.param(likePattern(filter.title))}`);
  if (filter.text?.trim()) c.add(messageTextMatch(c.param(likePattern(filter.text))));
  if (filter.sender?.trim()) {
    const p = c.param(likePattern(filter.sender));
    c.add(`(m.sender_label ILIKE ${p}
      OR m.sender_team_id IN (SELECT t.id FROM team t WHERE t.name_nl ILIKE ${p} OR t.name_en ILIKE ${p}))`);
  }
  if (filter.recipient?.trim()) {
    const p = c.param(likePattern(filter.recipient));
    c.add(`(m.addressed_team_id IN (SELECT t.id FROM team t WHERE t.name_nl ILIKE ${p} OR t.name_en ILIKE ${p})
      OR m.addressed_handler_id IN (SELECT u.id FROM app_user u WHERE u.organisation_id IS NULL
        AND (u.first_name || ' ' || u.last_name) ILIKE ${p}))`);
  }
  if (filter.sentFrom && isCalendarDay(filter.sentFrom)) {
    c.add(`m.sent_at >= (${c.param(filter.sentFrom)}::date)::timestamp AT TIME ZONE 'Europe/Brussels'`);
  }
  if (filter.sentTo && isCalendarDay(filter.sentTo)) {
    c.add(`m.sent_at < (${c.param(filter.sentTo)}::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels'`);
  }
  if (filter.hasAttachments === true) c.add('m.attachment_count > 0');
  if (filter.hasAttachments === false) c.add('m.attachment_count = 0');
  if (typeof filter.unread === 'boolean') {
    const exists = `EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = ${c.param(viewerId)})`;
    c.add(filter.unread ? `NOT ${exists}` : exists);
  }
}
