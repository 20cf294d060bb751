// Prints the GraphQL schema to schema/schema.graphql (--write) or fails when the committed file differs
// from what the resolvers produce (--check, run in CI).
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildLoketSchema } from '../graphql/schema.js';

const file = path.resolve(process.cwd(), 'schema/schema.graphql');
const header = '# Generated from the resolvers by `npm run schema:emit`. Do not edit by hand.\n\n';

const printed = `${header + printSchema(lexicographicSortSchema(await buildLoketSchema()))}\n`;
if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) {
    process.stderr.write('schema/schema.graphql is out of date: run `npm run schema:emit` and commit it.\n');
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql is up to date\n');
} else {
  await writeFile(file, printed);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}
