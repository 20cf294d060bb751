// Where a run's tail latency comes from, as the servers report it (bench/lib/tail-monitor.mjs): combining
// windows (several instances, several rounds) and the table cells shown beside each p99.
import { median } from './stats.mjs';

/** Measures that add up over instances; every other one is taken from the worst instance. */
const ADDED = new Set(['count', 'samples', 'over1ms', 'failed', 'totalMs']);

/** Applies `pick(values, key)` to each numeric leaf of the windows (all of the same shape). */
function merge(tails, pick, key = '') {
  const first = tails[0];
  if (first === null || typeof first !== 'object')
    return pick(
      tails.filter((t) => t != null),
      key,
    );
  return Object.fromEntries(
    Object.keys(first).map((k) => [
      k,
      merge(
        tails.map((t) => t?.[k]),
        pick,
        k,
      ),
    ]),
  );
}

/** The windows of several instances served together: counts added, the rest from the worst instance. */
export function combineTails(tails) {
  const present = tails.filter(Boolean);
  if (present.length === 0) return null;
  return {
    ...merge(present, (values, key) =>
      values.length === 0
        ? null
        : ADDED.has(key)
          ? Number(values.reduce((a, b) => a + b, 0).toFixed(3))
          : Math.max(...values),
    ),
    instances: present.length,
  };
}

/** The median of each measure over rounds (as the rounds' other measures are reported). */
export function medianTail(tails) {
  const present = tails.filter(Boolean);
  if (present.length === 0) return null;
  return merge(present, (values) => (values.length ? median(values) : null));
}

const num = (x) => (x == null ? '–' : x < 1 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

export const TAIL_HEADERS = ['loop delay p99 / max', 'pool wait p99 (> 1 ms)', 'GC share / max pause'];

/** The three cells beside a p99: event-loop delay, pool wait (share of waits over 1 ms), GC pauses. */
export function tailCells(t) {
  if (!t) return ['–', '–', '–'];
  const { loop, poolWait, gc } = t;
  return [
    loop.p99Ms == null ? '–' : `${num(loop.p99Ms)} / ${num(loop.maxMs)} ms`,
    poolWait.count
      ? `${num(poolWait.p99Ms)} ms (${((100 * poolWait.over1ms) / poolWait.count).toFixed(0)} %)`
      : 'none',
    gc.share == null ? '–' : `${(100 * gc.share).toFixed(1)} % / ${num(gc.maxMs)} ms`,
  ];
}

/** The same in one line, for tables whose rows are measures. */
export function tailLine(t) {
  if (!t) return '–';
  const [loop, pool, gc] = tailCells(t);
  return `loop ${loop}; pool ${pool}; GC ${gc}`;
}
