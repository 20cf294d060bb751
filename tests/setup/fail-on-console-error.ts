// A console.error during a test fails it: errors nobody asserted on are bugs, not noise.
import { afterEach } from 'vitest';

const original = console.error;
let logged: unknown[][] = [];

console.error = (...args: unknown[]) => {
  logged.push([...args, new Error('console.error called from').stack]);
  original(...args);
};

afterEach(() => {
  const seen = logged;
  logged = [];
  if (seen.length > 0)
    throw new Error(
      `console.error was called during the test:\n${seen.map((a) => a.map((v) => (v instanceof Error ? (v.stack ?? v.message) : typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' ')).join('\n')}`,
    );
});
