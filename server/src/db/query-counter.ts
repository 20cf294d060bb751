// A TypeORM logger that counts the SQL statements the application sends (tests and bench/ read the
// count: a page must not cost more statements as it grows) and otherwise stays silent.
import type { Logger, QueryRunner } from 'typeorm';

export class QueryCounter implements Logger {
  /** Statements sent since start-up. */
  total = 0;

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.total++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
