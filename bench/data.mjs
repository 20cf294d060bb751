// `npm run bench:data -- --orgs 1000 --messages 1000000 [--db loket_bench] [--seed 42]`: generates the
// benchmark dataset into its own database (dropped first) and prints the counts and the time it took.
import { count, parseArgs } from './lib/args.mjs';
import { generateDataset } from './lib/dataset.mjs';
import { adminUrl } from './lib/db.mjs';

const options = parseArgs();
const orgs = count(options.orgs, 1000);
const messages = count(options.messages, 1_000_000);
const database = typeof options.db === 'string' ? options.db : 'loket_bench';
const seed = count(options.seed, 42);

console.log(`generating ${orgs} organisations and ${messages} messages into ${database}`);
const info = await generateDataset({ admin: adminUrl(), database, orgs, messages, seed });
console.log(JSON.stringify(info, null, 2));
console.log(`done in ${info.seconds} s`);
