// Keeps every read of RETURNING on queryRows: em.query() answers [rows, rowCount] for UPDATE and DELETE,
// so a RETURNING read through it yields undefined ids (revocations that revoked nothing, issue 10).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('raw SQL with RETURNING', () => {
  it('is read through queryRows everywhere in server/src', () => {
    const offenders: string[] = [];
    // `.query(` or `.query<…>(` whose first argument is a template or string literal mentioning RETURNING.
    const call = /\.query(?:<[^>]*>)?\(\s*(`[^`]*`|'[^']*')/g;
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(call)) {
        if (/\bRETURNING\b/i.test(match[1] ?? '')) offenders.push(path.relative(SRC, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
