// The benchmark dataset: the demo department and organisations, then `orgs` generated organisations with
// users, contact persons, themes, threads of 1-20 messages, read state and attachments, loaded with COPY.
// Sizes are skewed like a real e-loket: organisation sizes follow Zipf (a few large ones, many small),
// themes are unevenly popular, bodies are log-normally long.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { prepareDatabase } from '../../server/dist/server/src/db/bootstrap.js';
import { createAppDataSource, withCredentials } from '../../server/dist/server/src/db/data-source.js';
import { inScope } from '../../server/dist/server/src/db/scope.js';
import { createLogger } from '../../server/dist/server/src/logger.js';
import { hashPassword } from '../../server/dist/server/src/modules/accounts/password.js';
import { DEMO_PASSWORD, writeDemoData } from '../../server/dist/server/src/seed/demo.js';
import {
  APP_PASSWORD,
  APP_USER,
  CopyWriter,
  databaseUrl,
  dropIndexesAndKeys,
  recreateDatabase,
  setDatasetInfo,
  withClient,
} from './db.mjs';
import { Random, WeightedPicker, zipfWeights } from './random.mjs';
import { TextPool } from './text.mjs';

/** Bump when the generated data changes shape, so that cached datasets are rebuilt. */
export const GENERATOR_VERSION = 1;

/** Every generated user (and the demo users) logs in with this password. */
export const BENCH_PASSWORD = DEMO_PASSWORD;

const gid = (prefix, n) => `00000000-0000-4000-${prefix}-${String(n).padStart(12, '0')}`;

// The department beyond the demo data: more teams and themes, some of them rarely used.
const EXTRA_TEAMS = [
  { id: gid('9100', 1), nameNl: 'Team Woonzorg', nameEn: 'Residential care team' },
  { id: gid('9100', 2), nameNl: 'Team Jeugd en Gezin', nameEn: 'Youth and family team' },
  { id: gid('9100', 3), nameNl: 'Team Financiering', nameEn: 'Funding team' },
];
const EXTRA_THEMES = [
  { code: 'WON', nameNl: 'Woonzorg', nameEn: 'Residential care', team: 0 },
  { code: 'GEZ', nameNl: 'Gezinsondersteuning', nameEn: 'Family support', team: 1 },
  { code: 'KIN', nameNl: 'Kinderopvang', nameEn: 'Childcare', team: 1 },
  { code: 'FIN', nameNl: 'Financiering', nameEn: 'Funding', team: 2 },
  { code: 'INV', nameNl: 'Investeringen', nameEn: 'Investments', team: 2 },
  { code: 'DIG', nameNl: 'Digitalisering', nameEn: 'Digitalisation', team: 0 },
  { code: 'VEI', nameNl: 'Brandveiligheid', nameEn: 'Fire safety', team: 0 },
].map((t, i) => ({ ...t, id: gid('9200', i + 1), teamId: EXTRA_TEAMS[t.team].id, position: 5 + i }));

const FIRST_NAMES =
  `Els Tom Sara Karim Lies Joris An Bart Chloé Dirk Emma Lucas Noor Arthur Louise Finn Olivia Jules
Mila Lars Elise Wout Hanne Pieter Marie Thomas Julie Bram Fien Seppe Lotte Ruben Nina Milan Yasmine Mohamed
Fatima Ilias Amira Kobe Jana Robbe Laura Jonas Eline Stijn Ines Vincent Charlotte Simon Femke Jens`.split(
    /\s+/,
  );
const LAST_NAMES =
  `Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Lambert Dupont
Hermans Aerts Martens Vermeulen Michiels Pauwels Stevens Segers Verstraeten Desmet Coppens Van Damme Bogaert
Declercq Smets El Amrani Vandenberghe Cools Leclercq Van den Broeck Wuyts Verhoeven Hendrickx Mahieu`.split(
    /\s+(?=[A-Z])/,
  );
const ORG_KINDS = ['WZC', 'Dagcentrum', 'Woonzorgnet', 'Thuiszorg', 'Kinderdagverblijf', 'Centrum', 'vzw'];
const ORG_NAMES =
  `De Linde Zonnebloem Hof ter Beke Sint-Jozef De Vlier Ter Meeren Den Olm De Wingerd Het Anker
De Regenboog Sint-Vincentius De Bron Ter Linden Huize Eyckenborch De Meerlaan Het Park De Wilg Sint-Anna
Ter Walle De Notelaar Home Vijverzicht De Pelikaan`.split(/\s+(?=[A-Z])/);

/**
 * Generates the dataset into `database` (dropped and created). Prints progress with `log`.
 * @param {{ admin: string, database: string, orgs: number, messages: number, seed?: number,
 *           log?: (line: string) => void }} options
 */
export async function generateDataset({ admin, database, orgs, messages, seed = 42, log = console.log }) {
  const started = performance.now();
  const lap = (() => {
    let last = performance.now();
    return (what) => {
      const now = performance.now();
      log(`  ${what} (${((now - last) / 1000).toFixed(1)} s)`);
      last = now;
    };
  })();
  const ownerUrl = databaseUrl(admin, database);
  await recreateDatabase(admin, database);
  await prepareDatabase({
    ownerUrl,
    appUser: APP_USER,
    appPassword: APP_PASSWORD,
    log: createLogger('silent'),
  });
  const app = createAppDataSource(withCredentials(ownerUrl, APP_USER, APP_PASSWORD), 2);
  await app.initialize();
  await inScope(app, { kind: 'system' }, (em) => writeDemoData(em));
  await app.destroy();
  lap('database created, migrations and demo data');

  const random = new Random(seed);
  const text = new TextPool(seed + 1);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = Date.now();
  const YEAR = 365 * 24 * 3600 * 1000;

  // ---- department: teams, themes, staff -------------------------------------------------------------
  const owner = await withClient(ownerUrl, async (c) => {
    for (const t of EXTRA_TEAMS)
      await c.query('INSERT INTO team (id, name_nl, name_en) VALUES ($1, $2, $3)', [
        t.id,
        t.nameNl,
        t.nameEn,
      ]);
    for (const t of EXTRA_THEMES)
      await c.query(
        'INSERT INTO theme (id, code, name_nl, name_en, team_id, position) VALUES ($1, $2, $3, $4, $5, $6)',
        [t.id, t.code, t.nameNl, t.nameEn, t.teamId, t.position],
      );
    const teams = await c.query('SELECT id, name_nl FROM team ORDER BY id');
    const themes = await c.query('SELECT id, code, team_id FROM theme ORDER BY position');
    const staff = await c.query(
      `SELECT u.id, u.first_name, u.last_name, array_agg(m.team_id) AS teams
         FROM app_user u LEFT JOIN team_member m ON m.user_id = u.id
        WHERE u.organisation_id IS NULL GROUP BY u.id`,
    );
    return { teams: teams.rows, themes: themes.rows, staff: staff.rows };
  });
  const teamName = new Map(owner.teams.map((t) => [t.id, t.name_nl]));
  const themes = owner.themes;
  // Theme popularity: a few themes carry most messages, some are rare.
  const themeWeight = zipfWeights(themes.length, 1.2);
  const staffUsers = owner.staff.map((s) => ({ ...s, teams: s.teams.filter(Boolean) }));
  const staffWriter = await new CopyWriter(ownerUrl, 'app_user', [
    'id',
    'organisation_id',
    'email',
    'first_name',
    'last_name',
    'language',
    'roles',
    'status',
    'password_hash',
  ]);
  const memberWriter = new CopyWriter(ownerUrl, 'team_member', ['team_id', 'user_id']);
  for (let i = 0; i < 40; i++) {
    const user = {
      id: gid('9300', i + 1),
      first_name: FIRST_NAMES[(i * 7) % FIRST_NAMES.length],
      last_name: LAST_NAMES[(i * 11) % LAST_NAMES.length],
      teams: [owner.teams[i % owner.teams.length].id],
    };
    if (i % 3 === 0) user.teams.push(owner.teams[(i + 3) % owner.teams.length].id);
    staffWriter.row([
      user.id,
      null,
      `agent${i + 1}@zorg.bench.example`,
      user.first_name,
      user.last_name,
      i % 5 === 0 ? 'en' : 'nl',
      ['AGENT'],
      'ACTIVE',
      passwordHash,
    ]);
    for (const team of new Set(user.teams)) memberWriter.row([team, user.id]);
    staffUsers.push(user);
  }
  await staffWriter.close();
  await memberWriter.close();
  const handlersOfTeam = new Map(
    owner.teams.map((t) => [t.id, staffUsers.filter((s) => s.teams.includes(t.id))]),
  );

  // ---- organisation sizes: Zipf, in shuffled order -----------------------------------------------------
  const weights = random.shuffle(zipfWeights(orgs, 1.0));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((messages * w) / totalWeight)));
  let assigned = sizes.reduce((a, b) => a + b, 0);
  const largest = sizes.indexOf(Math.max(...sizes));
  sizes[largest] += messages - assigned;
  assigned = messages;

  // ---- organisations, their themes, users and contacts: queued, then written in foreign-key order ------
  const cols = {
    organisation: ['id', 'name', 'external_number', 'phone', 'email', 'website_url'],
    organisationTheme: ['organisation_id', 'theme_id'],
    user: [
      'id',
      'organisation_id',
      'email',
      'first_name',
      'last_name',
      'language',
      'roles',
      'status',
      'password_hash',
    ],
    contact: [
      'id',
      'organisation_id',
      'first_name',
      'last_name',
      'email',
      'phone',
      'language',
      'status',
      'confirmed_at',
    ],
    contactTheme: ['organisation_id', 'contact_person_id', 'theme_id'],
  };
  const small = {
    organisation: new CopyWriter(ownerUrl, 'organisation', cols.organisation),
    organisationTheme: new CopyWriter(ownerUrl, 'organisation_theme', cols.organisationTheme),
    user: new CopyWriter(ownerUrl, 'app_user', cols.user),
    contact: new CopyWriter(ownerUrl, 'contact_person', cols.contact),
    contactTheme: new CopyWriter(ownerUrl, 'contact_person_theme', cols.contactTheme),
  };
  let userTotal = 0;
  let contactTotal = 0;
  /** What the message pass needs of each organisation. */
  const organisations = [];
  for (let o = 0; o < orgs; o++) {
    const size = sizes[o];
    const orgId = gid('9400', o + 1);
    const orgName = `${ORG_KINDS[o % ORG_KINDS.length]} ${ORG_NAMES[(o * 13) % ORG_NAMES.length]} ${o + 1}`;
    small.organisation.row([
      orgId,
      orgName,
      `0${String(100 + (o % 900)).padStart(3, '0')}.${String(Math.floor(o / 900) % 1000).padStart(3, '0')}.${String(o % 1000).padStart(3, '0')}`,
      `+32${String(10_000_000 + o)}`,
      `info@org${o + 1}.bench.example`,
      `https://org${o + 1}.bench.example`,
    ]);
    // Larger organisations work with more themes; popular themes are likelier to be among them.
    const themeCount = Math.min(themes.length, 3 + Math.floor(Math.log2(size + 1) / 2));
    const ranked = themes
      .map((_, i) => ({ i, key: themeWeight[i] * (0.3 + random.next()) }))
      .sort((a, b) => b.key - a.key);
    const orgThemes = ranked.slice(0, themeCount).map((r) => r.i);
    for (const index of orgThemes) small.organisationTheme.row([orgId, themes[index].id]);

    const userCount = Math.min(40, 2 + Math.round(Math.log2(size + 1) * 1.5));
    const users = [];
    for (let u = 0; u < userCount; u++) {
      const user = {
        id: gid('9500', ++userTotal),
        first: FIRST_NAMES[random.int(0, FIRST_NAMES.length - 1)],
        last: LAST_NAMES[random.int(0, LAST_NAMES.length - 1)],
      };
      users.push(user);
      small.user.row([
        user.id,
        orgId,
        `u${u + 1}@org${o + 1}.bench.example`,
        user.first,
        user.last,
        random.chance(0.1) ? 'en' : 'nl',
        [u === 0 ? 'ADMIN' : random.chance(0.2) ? 'MEMBER_PLUS' : 'MEMBER'],
        'ACTIVE',
        passwordHash,
      ]);
    }
    const contactCount = Math.min(25, 2 + Math.round(Math.log2(size + 1)));
    const contactsOfTheme = new Map(orgThemes.map((i) => [i, []]));
    const contacts = [];
    for (let k = 0; k < contactCount; k++) {
      const id = gid('9600', ++contactTotal);
      const confirmed = random.chance(0.8);
      contacts.push(id);
      small.contact.row([
        id,
        orgId,
        FIRST_NAMES[random.int(0, FIRST_NAMES.length - 1)],
        LAST_NAMES[random.int(0, LAST_NAMES.length - 1)],
        `contact${k + 1}@org${o + 1}.bench.example`,
        random.chance(0.7) ? `+324${String(random.int(10_000_000, 99_999_999))}` : null,
        'nl',
        confirmed ? 'CONFIRMED' : 'UNCONFIRMED',
        confirmed ? new Date(now - random.next() * 3 * YEAR) : null,
      ]);
      const own = new Set([orgThemes[k % orgThemes.length], random.pick(orgThemes)]);
      for (const index of own) {
        small.contactTheme.row([orgId, id, themes[index].id]);
        contactsOfTheme.get(index)?.push(id);
      }
    }
    organisations.push({ orgId, size, orgThemes, users, contacts, contactsOfTheme });
  }
  const counts = {};
  for (const [name, writer] of Object.entries(small)) counts[name] = await writer.close();
  lap(`${orgs} organisations, ${userTotal} users, ${contactTotal} contacts`);

  // ---- threads and messages: indexes and keys dropped, five COPY streams at once, then rebuilt -----------
  const BULK = ['message', 'message_thread', 'message_read', 'attachment', 'thread_contact'];
  const recreate = await withClient(ownerUrl, (c) => dropIndexesAndKeys(c, BULK));
  const writers = {
    thread: new CopyWriter(ownerUrl, 'message_thread', [
      'id',
      'organisation_id',
      'reference_number',
      'theme_id',
      'title',
      'team_id',
      'assigned_handler_id',
      'created_at',
      'last_message_at',
      'last_direction',
      'message_count',
    ]),
    message: new CopyWriter(ownerUrl, 'message', [
      'id',
      'organisation_id',
      'thread_id',
      'reference_number',
      'theme_id',
      'direction',
      'title',
      'body',
      'author_id',
      'sender_label',
      'addressed_team_id',
      'addressed_handler_id',
      'sent_at',
      'attachment_count',
      'client_key',
    ]),
    read: new CopyWriter(ownerUrl, 'message_read', ['user_id', 'message_id', 'organisation_id', 'read_at']),
    attachment: new CopyWriter(ownerUrl, 'attachment', [
      'id',
      'organisation_id',
      'uploaded_by',
      'message_id',
      'file_name',
      'content_type',
      'size_bytes',
      'sha256',
      'storage_key',
      'scan_status',
      'created_at',
    ]),
    threadContact: new CopyWriter(ownerUrl, 'thread_contact', [
      'id',
      'organisation_id',
      'thread_id',
      'contact_person_id',
      'created_at',
    ]),
  };
  const flushIfNeeded = async (writer, full) => {
    if (full) await writer.flush();
  };

  let referenceCounter = 0;
  let threadTotal = 0;
  const threadLength = new WeightedPicker(Array.from({ length: 20 }, (_, k) => 0.72 ** k));
  const progressEvery = Math.max(1, Math.floor(messages / 10));
  let written = 0;
  let nextProgress = progressEvery;

  for (const { orgId, size, orgThemes, users, contacts, contactsOfTheme } of organisations) {
    const orgThemePicker = new WeightedPicker(orgThemes.map((i) => themeWeight[i]));
    // Threads until the organisation has its share of messages.
    let left = size;
    while (left > 0) {
      const length = Math.min(left, threadLength.index(random) + 1);
      left -= length;
      const themeIndex = orgThemes[orgThemePicker.index(random)];
      const theme = themes[themeIndex];
      const handlers = handlersOfTeam.get(theme.team_id) ?? staffUsers;
      const threadId = random.uuid();
      const title = text.title(random);
      // Spread over three years; replies follow after hours to days.
      const times = [];
      let t = now - random.next() * 3 * YEAR;
      for (let k = 0; k < length; k++) {
        times.push(t);
        t += random.exponential(1.5 * 24 * 3600 * 1000) + 60_000;
      }
      const overshoot = times[times.length - 1] - (now - 60_000);
      if (overshoot > 0) for (let k = 0; k < times.length; k++) times[k] -= overshoot;
      const year = new Date(times[0]).getUTCFullYear();
      const reference = `DZ-${year}-${String(++referenceCounter).padStart(6, '0')}`;
      let direction = random.chance(0.55) ? 'OUTBOUND' : 'INBOUND';
      const handler = random.pick(handlers);
      const assigned = random.chance(0.5) ? handler.id : null;
      let lastDirection = direction;
      for (let k = 0; k < length; k++) {
        if (k > 0 && random.chance(0.8)) direction = direction === 'INBOUND' ? 'OUTBOUND' : 'INBOUND';
        lastDirection = direction;
        const id = random.uuid();
        const sentAt = new Date(times[k]);
        const inbound = direction === 'INBOUND';
        const author = inbound ? (random.chance(0.8) ? handler : random.pick(handlers)) : random.pick(users);
        const authorName = inbound
          ? `${author.first_name} ${author.last_name}`
          : `${author.first} ${author.last}`;
        const label = inbound ? `${authorName} (${teamName.get(theme.team_id)})` : authorName;
        const bodyLength = Math.min(19_000, Math.max(40, Math.round(random.logNormal(300, 0.8))));
        const attachments = random.chance(0.15) ? 1 + Math.floor(random.exponential(0.7)) : 0;
        let full = writers.message.row([
          id,
          orgId,
          threadId,
          reference,
          theme.id,
          direction,
          k === 0 ? title : `Re: ${title}`,
          text.body(random, bodyLength, authorName),
          author.id,
          label,
          inbound ? null : theme.team_id,
          null,
          sentAt,
          attachments,
          id,
        ]);
        await flushIfNeeded(writers.message, full);
        for (let a = 0; a < attachments; a++) {
          full = writers.attachment.row([
            random.uuid(),
            orgId,
            author.id,
            id,
            `bijlage-${a + 1}.pdf`,
            'application/pdf',
            Math.round(random.logNormal(150_000, 1.2)),
            random.uuid().replace(/-/g, '') + random.uuid().replace(/-/g, ''),
            `bench/${id}/${a}`,
            'NOT_SCANNED',
            sentAt,
          ]);
          await flushIfNeeded(writers.attachment, full);
        }
        // Your own messages are read; received ones mostly read by someone of the organisation.
        const readAt = new Date(Math.min(now, times[k] + random.exponential(24 * 3600 * 1000)));
        full = false;
        if (!inbound) full = writers.read.row([author.id, id, orgId, sentAt]);
        else if (random.chance(0.6)) full = writers.read.row([random.pick(users).id, id, orgId, readAt]);
        await flushIfNeeded(writers.read, full);
      }
      let full = writers.thread.row([
        threadId,
        orgId,
        reference,
        theme.id,
        title,
        theme.team_id,
        assigned,
        new Date(times[0]),
        new Date(times[times.length - 1]),
        lastDirection,
        length,
      ]);
      await flushIfNeeded(writers.thread, full);
      const standard = contactsOfTheme.get(themeIndex) ?? [];
      const notified = new Set(standard.length ? [random.pick(standard)] : [random.pick(contacts)]);
      if (random.chance(0.3)) notified.add(random.pick(contacts));
      for (const contactId of notified)
        full = writers.threadContact.row([random.uuid(), orgId, threadId, contactId, new Date(times[0])]);
      await flushIfNeeded(writers.threadContact, full);
      threadTotal++;
      written += length;
      if (written >= nextProgress) {
        log(`  ${written}/${messages} messages`);
        nextProgress += progressEvery;
      }
    }
  }
  for (const [name, writer] of Object.entries(writers)) counts[name] = await writer.close();
  lap('rows copied');

  await withClient(ownerUrl, async (c) => {
    await c.query("SET maintenance_work_mem = '1GB'");
    await c.query('SET max_parallel_maintenance_workers = 2');
    for (const sql of [...recreate.keys, ...recreate.indexes]) await c.query(sql);
    lap('indexes and keys recreated');
    for (const sql of recreate.foreignKeys) await c.query(sql);
    lap('foreign keys recreated and validated');
    await c.query(`SELECT setval('message_reference_seq', $1)`, [referenceCounter + 1]);
    await c.query('VACUUM (ANALYZE)');
    lap('vacuum and analyze');
  });

  const seconds = (performance.now() - started) / 1000;
  const sizeRows = await withClient(ownerUrl, (c) =>
    c.query(
      `SELECT pg_size_pretty(pg_database_size(current_database())) AS database,
              pg_size_pretty(pg_total_relation_size('message')) AS message`,
    ),
  );
  const info = {
    generator: GENERATOR_VERSION,
    orgs,
    messages,
    seed,
    threads: threadTotal,
    users: userTotal,
    contacts: contactTotal,
    counts,
    largestOrganisation: Math.max(...sizes),
    smallestOrganisation: Math.min(...sizes),
    medianOrganisation: [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)],
    seconds: Math.round(seconds),
    size: sizeRows.rows[0],
    generatedAt: new Date().toISOString(),
  };
  await setDatasetInfo(admin, database, info);
  return info;
}
