// The business calendars, kept in memory by each process: every ticket change and every timer run reads
// its support type's calendar (a join over the closing days), and calendars change a few times a year. A
// change announces itself (triggers → NOTIFY `sla.calendar-changed`, migration TicketSettings) and every
// process drops its copies; the next read goes to the database in the reader's own transaction.
import type { DataSource, EntityManager } from 'typeorm';
import type { PgPubSub } from '../../graphql/pubsub.js';
import { Topic } from '../../graphql/topics.js';
import { Cached } from '../department/department.cache.js';
import type { BusinessCalendar } from './business-time.js';

type ReadCalendar = (em: EntityManager, calendarId: string) => Promise<BusinessCalendar>;

/**
 * One per data source. Until `watch` has subscribed it to the change events it caches nothing (every call
 * reads), so that a process that does not listen never counts with a stale calendar.
 */
class CalendarCache {
  private readonly calendars = new Map<string, Cached<BusinessCalendar>>();
  private watching = false;

  watch(pubsub: PgPubSub): void {
    if (this.watching) return;
    this.watching = true;
    const events = pubsub.subscribe(Topic.CalendarChanged);
    void (async () => {
      for await (const _ of events) this.invalidate();
    })();
    // Changes announced while the event listener was down were never heard.
    pubsub.onReconnect(() => this.invalidate());
  }

  /** Drops every copy, and with it every read under way (it serves only those already waiting for it). */
  invalidate(): void {
    for (const cached of this.calendars.values()) cached.drop();
    this.calendars.clear();
  }

  get(em: EntityManager, calendarId: string, read: ReadCalendar): Promise<BusinessCalendar> {
    if (!this.watching) return read(em, calendarId);
    let cached = this.calendars.get(calendarId);
    if (!cached) {
      cached = new Cached<BusinessCalendar>();
      this.calendars.set(calendarId, cached);
    }
    return cached.get(() => read(em, calendarId));
  }
}

const caches = new WeakMap<DataSource, CalendarCache>();

export function calendarCache(dataSource: DataSource): CalendarCache {
  let cache = caches.get(dataSource);
  if (!cache) {
    cache = new CalendarCache();
    caches.set(dataSource, cache);
  }
  return cache;
}

/** Keeps this process's calendar cache for `app` true from now on (called once at start-up). */
export function watchCalendars(app: { dataSource: DataSource; pubsub: PgPubSub }): void {
  calendarCache(app.dataSource).watch(app.pubsub);
}
