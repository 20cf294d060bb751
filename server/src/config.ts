// The one place that reads the environment: every setting, validated once, with embedded defaults.
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const port = z.coerce.number().int().min(0).max(65535);

/** Every environment variable Loket reads; the README's configuration table mirrors this list. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  WEB_PORT: port.default(3000),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  API_URL: z.string().url().optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_USER: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a plain lower-case role name')
    .default('loket_app'),
  DATABASE_APP_PASSWORD: z.string().min(8).default('loket-app-local'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  EMBEDDED_PG_PORT: port.default(5439),
  DATA_DIR: z.string().min(1).default('.data'),
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Loket <no-reply@loket.localhost>'),
  HELPDESK_EMAIL: z.string().email().default('helpdesk@zorg.example'),
  HELPDESK_ADDRESS: z.string().email().optional(),
  UPDATES_ADDRESS: z.string().email().default('updates@zorg.example'),
  MAIL_IN_PORT: port.optional(),
  MAIL_IN_HOST: z.string().min(1).default('127.0.0.1'),
  MAIL_IN_MAX_MB: z.coerce.number().positive().max(1024).default(40),
  MAIL_IN_UNKNOWN_SENDERS: z.enum(['link', 'reject']).default('link'),
  MAIL_IN_AUTO_REPLIES_PER_HOUR: z.coerce.number().int().min(0).default(3),
  MAIL_IN_PER_SENDER_PER_HOUR: z.coerce.number().int().min(1).default(60),
  MAIL_IN_UNUSED_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // The IMAP source (decision 0032): a real mailbox read instead of (or beside) the SMTP listener.
  MAIL_IN_IMAP_HOST: z.string().trim().min(1).optional(),
  MAIL_IN_IMAP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  MAIL_IN_IMAP_TLS: bool.default(true),
  MAIL_IN_IMAP_USER: z.string().min(1).optional(),
  MAIL_IN_IMAP_PASSWORD: z.string().min(1).optional(),
  MAIL_IN_IMAP_FOLDER: z.string().trim().min(1).max(200).default('INBOX'),
  MAIL_IN_IMAP_PROCESSED_FOLDER: z.string().trim().min(1).max(200).default('Loket-verwerkt'),
  MAIL_IN_IMAP_QUARANTINE_FOLDER: z.string().trim().min(1).max(200).default('Loket-quarantaine'),
  MAIL_IN_IMAP_QUEUE: z.enum(['HELPDESK', 'UPDATES']).default('HELPDESK'),
  MAIL_IN_IMAP_IDLE: bool.default(true),
  MAIL_IN_IMAP_POLL_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  // The quarantine alert (decision 0033): held mails at which the helpdesk is mailed, at most once a period.
  QUARANTINE_ALERT_THRESHOLD: z.coerce.number().int().min(0).max(100000).default(5),
  QUARANTINE_ALERT_PERIOD_MINUTES: z.coerce.number().int().min(1).max(10080).default(60),
  // Abandoned chats (decision 0033): minutes after which the worker ends a chat.
  CHAT_WAIT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  CHAT_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(20),
  CHAT_CUSTOMER_GONE_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  DEPARTMENT_NAME: z.string().trim().min(1).max(100).default('Departement Zorg'),
  TICKET_NUMBER_PREFIX: z
    .string()
    .regex(/^[A-Z]{1,6}$/, 'must be 1 to 6 capital letters')
    .default('HD'),
  WORKER: z.enum(['inline', 'off']).default('inline'),
  // Service levels: at risk when less than this share of a target is left; Opgelost closes after these days.
  SLA_AT_RISK_PERCENT: z.coerce.number().min(1).max(99).default(20),
  TICKET_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  // Security incidents of one organisation in one year at which its Beheerders are mailed (once); 0: never.
  SECURITY_INCIDENT_YEARLY_THRESHOLD: z.coerce.number().int().min(0).max(1000).default(3),
  MAIL_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  MAIL_STALLED_AFTER_SECONDS: z.coerce.number().positive().default(60),
  SEED_DEMO: bool.default(true),
  SESSION_COOKIE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('loket_session'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 14),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 2),
  WS_SESSION_CHECK_SECONDS: z.coerce.number().positive().default(60),
  COOKIE_SECURE: bool.optional(),
  // Proxies in front whose X-Forwarded-For is believed, counted from this server: never an address class
  // such as 'loopback', which lets any local client choose its address (decision 0010).
  TRUST_PROXY: z.coerce
    .number({ error: 'must be the number of proxies in front (0: none)' })
    .int()
    .min(0)
    .max(10)
    .default(0),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().positive().default(60),
  CONTACT_CONFIRMATION_TTL_DAYS: z.coerce.number().int().positive().default(14),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(50),
  LOGIN_THROTTLE_MINUTES: z.coerce.number().positive().default(15),
  MAIL_ACTIONS_PER_HOUR: z.coerce.number().int().positive().default(60),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(25),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(50).default(10),
  CLAMAV_URL: z
    .string()
    .url()
    .refine((v) => v.startsWith('tcp://'), 'must look like tcp://host:3310')
    .optional(),
  ATTACHMENT_STORAGE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a region name such as eu-west-1')
    .default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3-63 of a-z, 0-9, . and -')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  // Parts like storage keys' own (see files/storage-key.ts), so that prefix + key is still a safe key.
  S3_PREFIX: z
    .string()
    .regex(/^[\w-]+(\/[\w-]+)*\/?$/, 'must be parts of A-Z, a-z, 0-9, _ and - separated by /')
    .optional(),
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().positive().max(3600).default(30),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(10_000).default(20),
  // Single sign-on through an OpenID Connect issuer (decision 0028); off unless OIDC_ISSUER is set.
  OIDC_ISSUER: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with https:// (or http:// on this machine)')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z
    .string()
    .regex(/(^|\s)openid(\s|$)/, "must include 'openid'")
    .default('openid email profile'),
  OIDC_DISPLAY_NAME: z.string().trim().min(1).max(60).default('single sign-on'),
  OIDC_ORGANISATION_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]+$/, 'must be a claim name')
    .optional(),
  OIDC_NEW_USER_ROLE: z.enum(['MEMBER', 'MEMBER_PLUS', 'ADMIN']).default('MEMBER'),
  PASSWORD_LOGIN: bool.default(true),
  // Tracing (OpenTelemetry, OTLP over HTTP): off unless an endpoint is set.
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('loket'),
  WEBHOOK_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  PRIVACY_EXPORT_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(168),
});

/** Settings only ATTACHMENT_STORAGE=s3 needs; checked in loadConfig, since they depend on it. */
const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** The names of every variable Loket reads. */
export const ENV_VARIABLES = Object.keys(schema.shape);

/** An S3-compatible bucket for attachments. */
export interface S3Config {
  /** `undefined`: AWS S3 itself, found from the region. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>`, not `<bucket>.<endpoint>/<key>`: what most self-hosted servers need. */
  forcePathStyle: boolean;
  /** Put before every key (without a trailing slash); `''` for none. */
  prefix: string;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  production: boolean;
  logLevel: string;
  host: string;
  port: number;
  webPort: number;
  /** Base of every link Loket mails; never derived from a request's Host header. */
  publicUrl: string;
  /** The GraphQL endpoint the web app calls server-side. */
  apiUrl: string;
  /** Owner connection for migrations; `undefined` means: start the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  databaseAppUser: string;
  databaseAppPassword: string;
  databasePoolSize: number;
  /** How long start-up waits for DATABASE_URL's server to accept us (it may start after Loket). */
  databaseConnectTimeoutSeconds: number;
  embeddedPgPort: number;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where technical questions from the 'Hulp nodig?' widget go. */
  helpdeskEmail: string;
  /** The department's own name, as configured: shown as is in both languages (mails, sender lines). */
  departmentName: string;
  /** Ticket numbers read `<prefix>-YYYY-NNNNNN`. */
  ticketNumberPrefix: string;
  serviceLevels: {
    /** At risk when less than this share of a target is left (SLA_AT_RISK_PERCENT / 100). */
    atRiskShare: number;
    /** Opgelost without a reaction for this many days becomes Gesloten ('003'). */
    autoCloseAfterDays: number;
    /** Security incidents of an organisation in a year that mail its Beheerders, once (0: never; '002'). */
    securityIncidentYearlyThreshold: number;
  };
  mailIn: MailInConfig;
  chat: ChatConfig;
  worker: 'inline' | 'off';
  mailDelivery: {
    /** Mails one worker process delivers at the same time (each holds a database connection meanwhile). */
    concurrency: number;
    /**
     * A pending mail whose job is missing, exhausted, or locked this long by a worker that no longer holds
     * the mail (it died) is queued again; the recovery sweep runs at half this interval.
     */
    stalledAfterSeconds: number;
  };
  seedDemo: boolean;
  session: {
    cookieName: string;
    ttlHours: number;
    idleHours: number;
    /** How often open WebSockets' sessions are checked for expiry and idle time, which no event announces. */
    socketCheckSeconds: number;
    cookieSecure: boolean;
  };
  /** Proxies in front of this server (0: none): Express's `trust proxy` hop count, for client addresses. */
  trustProxy: number;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
  /** How long a contact person's confirmation link works. */
  contactConfirmationTtlDays: number;
  loginThrottle: { maxPerAccount: number; maxPerIp: number; minutes: number };
  /** Mail-causing mutations a user (or, anonymous, an address) may make per hour. */
  mailActionsPerHour: number;
  shutdownTimeoutMs: number;
  uploads: {
    /** Largest attachment accepted, in bytes. */
    maxBytes: number;
    /** Attachments per message. */
    maxFiles: number;
  };
  /** clamd to scan uploads with (tcp://host:port); no scanning when unset. */
  clamavUrl: string | undefined;
  /** Where attachment bytes live: local disk under DATA_DIR/files, or an S3-compatible bucket. */
  attachmentStorage: { kind: 'local' } | ({ kind: 's3' } & S3Config);
  /**
   * Prometheus metrics: on a listener of their own (`port`, on `host`), and/or on the API's port behind
   * `token`. Both unset: no /metrics at all.
   */
  metrics: { port: number | undefined; host: string; token: string | undefined };
  webhooks: {
    /**
     * Endpoints on loopback, link-local and private addresses (and plain http) are refused unless this is
     * on: for tests and closed networks only.
     */
    allowPrivate: boolean;
    /** How long one delivery attempt may take, connection and answer included. */
    timeoutMs: number;
    /** Attempts per delivery before it is FAILED. */
    maxAttempts: number;
    /** The first retry waits about this long, doubling per attempt (capped at 6 hours). */
    retryBaseSeconds: number;
    /** Failed attempts in a row (over all its deliveries) that disable an endpoint. */
    disableAfterFailures: number;
    /** Finished deliveries (with their attempts) older than this are pruned by the nightly retention job. */
    logRetentionDays: number;
  };
  /** `undefined`: no single sign-on. */
  sso: SsoConfig | undefined;
  /** Off: only single sign-on logs in (the password form is gone and the login mutation refuses). */
  passwordLogin: boolean;
  /** OpenTelemetry traces to this OTLP/HTTP endpoint; `undefined`: no tracing at all. */
  tracing: { endpoint: string; serviceName: string } | undefined;
  /** Personal data exports (decision 0029): a ready export not downloaded within this is deleted. */
  privacy: { exportTtlHours: number };
}

/** Single sign-on through an OpenID Connect issuer (decision 0028). */
export interface SsoConfig {
  issuer: string;
  clientId: string;
  /** `undefined`: a public client (PKCE only). */
  clientSecret: string | undefined;
  scopes: string;
  /** Shown on the button: 'Aanmelden met <name>'. */
  displayName: string;
  /** Where the issuer sends the browser back: PUBLIC_URL/login/sso/callback. */
  redirectUrl: string;
  /** Where the issuer sends the browser after its own logout: PUBLIC_URL/login. */
  postLogoutUrl: string;
  /**
   * A claim holding an organisation's KBO/external number: a person unknown to Loket whose claim names an
   * organisation becomes its user (role `newUserRole`). `undefined`: unknown people are refused.
   */
  organisationClaim: string | undefined;
  newUserRole: 'MEMBER' | 'MEMBER_PLUS' | 'ADMIN';
}

/** The email intake (SMTP listener), decision 0018. */
export interface MailInConfig {
  /** The listener's port; `undefined`: no listener in this process (`npm start` sets one). */
  port: number | undefined;
  host: string;
  /** Mail to this address (or `local+tag@domain`) becomes a ticket in queue Helpdesk; ticket mails reply here. */
  helpdeskAddress: string;
  /** Mail to this address becomes a ticket in queue Updates. */
  updatesAddress: string;
  /** The largest mail the listener takes (SMTP SIZE); a larger one is refused with 552. */
  maxBytes: number;
  /** What happens to mail from an unknown address: kept for staff to link to an organisation, or refused. */
  unknownSenders: 'link' | 'reject';
  /** Automatic answers one address gets per hour at most (no mail storms between two robots). */
  autoRepliesPerHour: number;
  /** Mails one address may send per hour; more are deferred (451: its server tries again later). */
  perSenderPerHour: number;
  /**
   * Days the raw mails that became nothing are kept (auto-replies and bounces ignored, quarantine discarded
   * by staff); the nightly retention job deletes them after. A ticket's mails go with the ticket.
   */
  unusedRetentionDays: number;
  /** Quarantined mails not yet handled at which the helpdesk (HELPDESK_EMAIL) is alerted; 0: never. */
  quarantineAlertThreshold: number;
  /** At most one quarantine alert mail per this many minutes (no mail storm). */
  quarantineAlertPeriodMinutes: number;
  /** The IMAP source (decision 0032); `undefined`: no mailbox is read (MAIL_IN_IMAP_HOST unset). */
  imap: ImapConfig | undefined;
}

/** A mailbox the intake reads over IMAP: every mail in `folder` is received and then moved, never deleted. */
export interface ImapConfig {
  host: string;
  /** @default 993 with TLS, 143 without */
  port: number;
  /** Implicit TLS (imaps); off: plain IMAP, upgraded with STARTTLS when the server offers it. */
  tls: boolean;
  user: string;
  password: string;
  /** The folder read. @default INBOX */
  folder: string;
  /** Where a mail goes once it and what it became are committed (a ticket, a reply, ignored, to link). */
  processedFolder: string;
  /** Where a mail goes that Loket quarantined, refused (unknown senders rejected) or could not take whole. */
  quarantineFolder: string;
  /** The queue of a mail none of whose Delivered-To/To/Cc addresses is the helpdesk or updates address. */
  queue: 'HELPDESK' | 'UPDATES';
  /** Waits with IDLE when the server offers it; off (or unoffered): polls every `pollSeconds`. */
  idle: boolean;
  /** The poll interval, and with IDLE the interval of a safety re-read. */
  pollSeconds: number;
}

/** What is wrong with the IMAP settings as a set (each one alone passed the schema). */
function imapProblems(e: Record<string, string | undefined>): string[] {
  const lines: string[] = [];
  const set = ['MAIL_IN_IMAP_USER', 'MAIL_IN_IMAP_PASSWORD', 'MAIL_IN_IMAP_PORT'].filter(
    (name) => e[name] !== undefined,
  );
  if (e.MAIL_IN_IMAP_HOST === undefined) {
    for (const name of set) lines.push(`  ${name}: only used with MAIL_IN_IMAP_HOST, which is not set`);
    return lines;
  }
  for (const name of ['MAIL_IN_IMAP_USER', 'MAIL_IN_IMAP_PASSWORD'])
    if (e[name] === undefined) lines.push(`  ${name}: required when MAIL_IN_IMAP_HOST is set`);
  const folder = (e.MAIL_IN_IMAP_FOLDER ?? 'INBOX').trim().toLowerCase();
  const processed = (e.MAIL_IN_IMAP_PROCESSED_FOLDER ?? 'Loket-verwerkt').trim().toLowerCase();
  const quarantine = (e.MAIL_IN_IMAP_QUARANTINE_FOLDER ?? 'Loket-quarantaine').trim().toLowerCase();
  if (processed === folder)
    lines.push(
      '  MAIL_IN_IMAP_PROCESSED_FOLDER: must differ from MAIL_IN_IMAP_FOLDER (mail would be read again)',
    );
  if (quarantine === folder)
    lines.push(
      '  MAIL_IN_IMAP_QUARANTINE_FOLDER: must differ from MAIL_IN_IMAP_FOLDER (mail would be read again)',
    );
  return lines;
}

/** When the job ends a chat by itself (decision 0033); the desk's closing time always ends it. */
interface ChatConfig {
  /** A chat nobody took for this many minutes. */
  waitMinutes: number;
  /** A taken chat in which neither side wrote for this many minutes. */
  idleMinutes: number;
  /** A chat whose customer's page (socket) has been gone this many minutes. */
  customerGoneMinutes: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError naming each wrong variable. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  // An empty variable counts as unset, so `FOO= npm start` falls back to the default.
  const cleaned = Object.fromEntries(
    Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  const lines = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  if (cleaned.ATTACHMENT_STORAGE === 's3') {
    for (const name of S3_REQUIRED)
      if (cleaned[name] === undefined) lines.push(`  ${name}: required when ATTACHMENT_STORAGE=s3`);
  }
  lines.push(...imapProblems(cleaned));
  if (cleaned.OIDC_ISSUER !== undefined && cleaned.OIDC_CLIENT_ID === undefined)
    lines.push('  OIDC_CLIENT_ID: required when OIDC_ISSUER is set');
  if (
    cleaned.PASSWORD_LOGIN !== undefined &&
    /^(false|0|no)$/.test(cleaned.PASSWORD_LOGIN) &&
    !cleaned.OIDC_ISSUER
  )
    lines.push('  PASSWORD_LOGIN: can only be off when OIDC_ISSUER is set (nobody could log in)');
  if (!parsed.success || lines.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL.replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    host: e.HOST,
    port: e.PORT,
    webPort: e.WEB_PORT,
    publicUrl,
    apiUrl: e.API_URL ?? `http://127.0.0.1:${e.PORT}/graphql`,
    databaseUrl: e.DATABASE_URL,
    databaseAppUser: e.DATABASE_APP_USER,
    databaseAppPassword: e.DATABASE_APP_PASSWORD,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseConnectTimeoutSeconds: e.DATABASE_CONNECT_TIMEOUT_SECONDS,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dataDir: path.resolve(e.DATA_DIR),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    helpdeskEmail: e.HELPDESK_EMAIL,
    departmentName: e.DEPARTMENT_NAME,
    ticketNumberPrefix: e.TICKET_NUMBER_PREFIX,
    serviceLevels: {
      atRiskShare: e.SLA_AT_RISK_PERCENT / 100,
      autoCloseAfterDays: e.TICKET_AUTO_CLOSE_DAYS,
      securityIncidentYearlyThreshold: e.SECURITY_INCIDENT_YEARLY_THRESHOLD,
    },
    mailIn: {
      port: e.MAIL_IN_PORT,
      host: e.MAIL_IN_HOST,
      helpdeskAddress: (e.HELPDESK_ADDRESS ?? e.HELPDESK_EMAIL).toLowerCase(),
      updatesAddress: e.UPDATES_ADDRESS.toLowerCase(),
      maxBytes: Math.round(e.MAIL_IN_MAX_MB * 1024 * 1024),
      unknownSenders: e.MAIL_IN_UNKNOWN_SENDERS,
      autoRepliesPerHour: e.MAIL_IN_AUTO_REPLIES_PER_HOUR,
      perSenderPerHour: e.MAIL_IN_PER_SENDER_PER_HOUR,
      unusedRetentionDays: e.MAIL_IN_UNUSED_RETENTION_DAYS,
      quarantineAlertThreshold: e.QUARANTINE_ALERT_THRESHOLD,
      quarantineAlertPeriodMinutes: e.QUARANTINE_ALERT_PERIOD_MINUTES,
      imap: e.MAIL_IN_IMAP_HOST
        ? {
            host: e.MAIL_IN_IMAP_HOST,
            port: e.MAIL_IN_IMAP_PORT ?? (e.MAIL_IN_IMAP_TLS ? 993 : 143),
            tls: e.MAIL_IN_IMAP_TLS,
            // Present: checked above.
            user: e.MAIL_IN_IMAP_USER ?? '',
            password: e.MAIL_IN_IMAP_PASSWORD ?? '',
            folder: e.MAIL_IN_IMAP_FOLDER,
            processedFolder: e.MAIL_IN_IMAP_PROCESSED_FOLDER,
            quarantineFolder: e.MAIL_IN_IMAP_QUARANTINE_FOLDER,
            queue: e.MAIL_IN_IMAP_QUEUE,
            idle: e.MAIL_IN_IMAP_IDLE,
            pollSeconds: e.MAIL_IN_IMAP_POLL_SECONDS,
          }
        : undefined,
    },
    chat: {
      waitMinutes: e.CHAT_WAIT_MINUTES,
      idleMinutes: e.CHAT_IDLE_MINUTES,
      customerGoneMinutes: e.CHAT_CUSTOMER_GONE_MINUTES,
    },
    worker: e.WORKER,
    mailDelivery: {
      concurrency: e.MAIL_DELIVERY_CONCURRENCY,
      stalledAfterSeconds: e.MAIL_STALLED_AFTER_SECONDS,
    },
    seedDemo: e.SEED_DEMO,
    session: {
      cookieName: e.SESSION_COOKIE_NAME,
      ttlHours: e.SESSION_TTL_HOURS,
      idleHours: e.SESSION_IDLE_HOURS,
      socketCheckSeconds: e.WS_SESSION_CHECK_SECONDS,
      cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    },
    trustProxy: e.TRUST_PROXY,
    invitationTtlHours: e.INVITATION_TTL_HOURS,
    passwordResetTtlMinutes: e.PASSWORD_RESET_TTL_MINUTES,
    contactConfirmationTtlDays: e.CONTACT_CONFIRMATION_TTL_DAYS,
    loginThrottle: {
      maxPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      minutes: e.LOGIN_THROTTLE_MINUTES,
    },
    mailActionsPerHour: e.MAIL_ACTIONS_PER_HOUR,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    uploads: { maxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024), maxFiles: e.UPLOAD_MAX_FILES },
    clamavUrl: e.CLAMAV_URL,
    attachmentStorage:
      e.ATTACHMENT_STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            // Present: checked above.
            bucket: e.S3_BUCKET ?? '',
            accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
            // A custom endpoint (MinIO, Ceph, …) rarely has per-bucket host names; AWS does.
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? e.S3_ENDPOINT !== undefined,
            prefix: (e.S3_PREFIX ?? '').replace(/\/$/, ''),
          }
        : { kind: 'local' },
    metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST, token: e.METRICS_TOKEN },
    webhooks: {
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryBaseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS,
      disableAfterFailures: e.WEBHOOK_DISABLE_AFTER_FAILURES,
      logRetentionDays: e.WEBHOOK_LOG_RETENTION_DAYS,
    },
    privacy: {
      exportTtlHours: e.PRIVACY_EXPORT_TTL_HOURS,
    },
    sso: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          // Present: checked above.
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET,
          scopes: e.OIDC_SCOPES,
          displayName: e.OIDC_DISPLAY_NAME,
          redirectUrl: `${publicUrl}/login/sso/callback`,
          postLogoutUrl: `${publicUrl}/login`,
          organisationClaim: e.OIDC_ORGANISATION_CLAIM,
          newUserRole: e.OIDC_NEW_USER_ROLE,
        }
      : undefined,
    passwordLogin: e.PASSWORD_LOGIN,
    tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT
      ? { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, ''), serviceName: e.OTEL_SERVICE_NAME }
      : undefined,
  };
}
