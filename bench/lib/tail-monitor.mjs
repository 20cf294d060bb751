// Preloaded (`node --import`) into every server under test: where its tail latency comes from, over a window
// the bench opens after the warm-up and reads at the end of the load.
// - event-loop delay: perf_hooks.monitorEventLoopDelay, a timer every RESOLUTION_MS whose lateness is the
//   time the loop was busy (Node records the whole interval, so the resolution is subtracted);
// - pool wait: from pg-pool's `connect()` being called (by pool.query too) until it hands out a client,
//   callback and promise forms: the time a request queues for one of the pool's connections (TypeORM,
//   PostGraphile and the raw servers all check out through it);
// - GC: the pauses PerformanceObserver reports as 'gc' entries.
// IPC: `{ type: 'bench:tail-reset' }` opens a new window (answered when done), `{ type: 'bench:tail' }` reads it.
import { createHistogram, monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';
import pg from 'pg';

const RESOLUTION_MS = 10;
const NS_PER_MS = 1e6;

const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
loop.enable();

const waits = createHistogram();
let waitsOver1ms = 0;
let failedWaits = 0;
let gc = { count: 0, totalMs: 0, maxMs: 0 };
let windowStart = performance.now();

function recordWait(start) {
  const ms = performance.now() - start;
  waits.record(Math.max(1, Math.round(ms * NS_PER_MS)));
  if (ms > 1) waitsOver1ms++;
}

// BoundPool (pg.Pool) inherits connect from pg-pool's Pool: patching the base covers every pool in the process.
const basePool = Object.getPrototypeOf(pg.Pool.prototype);
const connect = basePool.connect;
basePool.connect = function timedConnect(callback) {
  const start = performance.now();
  if (typeof callback === 'function')
    return connect.call(this, (error, client, release) => {
      if (error) failedWaits++;
      else recordWait(start);
      callback(error, client, release);
    });
  const pending = connect.call(this);
  pending.then(
    () => recordWait(start),
    () => failedWaits++,
  );
  return pending;
};

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

function reset() {
  loop.reset();
  waits.reset();
  waitsOver1ms = 0;
  failedWaits = 0;
  gc = { count: 0, totalMs: 0, maxMs: 0 };
  windowStart = performance.now();
}

const round = (value, digits = 2) => Number(value.toFixed(digits));
/** Lateness of the loop timer beyond its interval, in ms; null when the window saw no tick. */
const lateness = (ns) => (loop.count ? round(Math.max(0, ns / NS_PER_MS - RESOLUTION_MS)) : null);
const waitMs = (ns) => (waits.count ? round(ns / NS_PER_MS, 3) : null);

function read() {
  const windowMs = performance.now() - windowStart;
  return {
    windowMs: round(windowMs, 0),
    loop: {
      resolutionMs: RESOLUTION_MS,
      samples: loop.count,
      p50Ms: lateness(loop.percentile(50)),
      p99Ms: lateness(loop.percentile(99)),
      maxMs: lateness(loop.max),
    },
    poolWait: {
      count: waits.count,
      meanMs: waitMs(waits.mean),
      p99Ms: waitMs(waits.percentile(99)),
      maxMs: waitMs(waits.max),
      over1ms: waitsOver1ms,
      failed: failedWaits,
    },
    gc: {
      count: gc.count,
      totalMs: round(gc.totalMs),
      maxMs: round(gc.maxMs),
      /** Share of the window spent in GC pauses. */
      share: windowMs > 0 ? round(gc.totalMs / windowMs, 4) : null,
    },
  };
}

process.on('message', (message) => {
  if (message?.type === 'bench:tail-reset') {
    reset();
    process.send?.({ type: 'bench:tail-reset' });
  } else if (message?.type === 'bench:tail') process.send?.({ type: 'bench:tail', ...read() });
});
