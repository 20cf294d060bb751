// `npm run seed`: applies migrations and writes the demo data when the database has no organisation yet.
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { createLogger } from '../logger.js';
import { seedDemoDataIfEmpty } from '../seed/demo.js';
import { printDemoLogins } from '../seed/demo-logins.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
try {
  const seeded = await seedDemoDataIfEmpty({ dataSource: db.dataSource, log, config });
  process.stdout.write(
    seeded ? 'Demo data written.\n' : 'The database already has organisations; nothing written.\n',
  );
  printDemoLogins(process.stdout);
} finally {
  await db.close();
}
