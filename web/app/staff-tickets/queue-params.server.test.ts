// The queue view's address: what it accepts, what it drops, and the API filter it becomes.
import { describe, expect, it } from 'vitest';
import { queueFilter, readQueueParams, withDefaultView } from './queue-params.server';

const ID = '0b0e3c9a-6a0c-4f52-9d55-2f2b7f4f7c11';
const read = (query: string) => readQueueParams(new URL(`http://loket.test/staff/tickets?${query}`));

describe('readQueueParams', () => {
  it('keeps known views, statuses, sorts and ids, and drops anything else', () => {
    expect(read(`view=mine&queue=${ID}&status=POSTPONED&sort=NUMBER&q=+facturen+`)).toMatchObject({
      view: 'mine',
      queue: ID,
      status: 'POSTPONED',
      sort: 'NUMBER',
      q: 'facturen',
    });
    expect(read('view=everything&queue=12&status=LOST&sort=RANDOM&organisation=x')).toMatchObject({
      view: '',
      queue: '',
      status: '',
      sort: 'UPDATED',
      organisation: '',
    });
  });
});

describe('queueFilter', () => {
  it('shows the open tickets by default, every status with "all", one status when chosen', () => {
    expect(queueFilter(read('')).statuses).toEqual(['NEW', 'ANSWERED', 'OPEN', 'POSTPONED']);
    expect(queueFilter(read('status=all')).statuses).toBeNull();
    expect(queueFilter(read('status=CLOSED')).statuses).toEqual(['CLOSED']);
  });

  it('turns the views into mine / unassigned, which an assignee filter does not override', () => {
    expect(queueFilter(read(`view=unassigned&assignee=${ID}`))).toMatchObject({
      mine: null,
      unassigned: true,
      assigneeId: null,
    });
    expect(queueFilter(read(`assignee=${ID}&label=${ID}&q=HD-2026-000001`))).toMatchObject({
      mine: null,
      unassigned: null,
      assigneeId: ID,
      labelId: ID,
      search: 'HD-2026-000001',
    });
  });

  it('filters on one service-level state when chosen, and ignores an unknown one', () => {
    expect(queueFilter(read('sla=AT_RISK&sort=SLA'))).toMatchObject({ slaStates: ['AT_RISK'] });
    expect(read('sla=AT_RISK&sort=SLA')).toMatchObject({ sla: 'AT_RISK', sort: 'SLA' });
    expect(queueFilter(read('sla=LATE')).slaStates).toBeNull();
  });
});

describe("'Mijn wachtrijen' (decision 0035)", () => {
  it('is the default of a bare address for who works queues, never when a view or queue was asked for', () => {
    expect(withDefaultView(read(''), true).view).toBe('queues');
    expect(withDefaultView(read(''), false).view).toBe('');
    expect(withDefaultView(read('view=all'), true).view).toBe('all');
    expect(withDefaultView(read(`queue=${ID}`), true).view).toBe('');
    expect(queueFilter(withDefaultView(read(''), true))).toMatchObject({ myQueues: true, mine: null });
    expect(queueFilter(read('view=all')).myQueues).toBeNull();
    // The assignee filter stays for the queue views, not for one person's.
    expect(queueFilter(read(`view=queues&assignee=${ID}`)).assigneeId).toBe(ID);
    expect(queueFilter(read(`view=mine&assignee=${ID}`)).assigneeId).toBeNull();
  });
});
