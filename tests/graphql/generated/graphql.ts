/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An opaque position in a list: pass back a `cursor`, `startCursor` or `endCursor` as it came. */
  Cursor: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A calendar day, YYYY-MM-DD (e.g. 2026-03-05), that exists (no 2026-02-30, no year 0). */
  Day: { input: string; output: string; }
};

export type AddContactPersonInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** Dutch when not given. */
  language?: InputMaybe<Language>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** One or more themes of the organisation. */
  themeIds: Array<Scalars['ID']['input']>;
};

/** What an administration audit event is about. */
export type AdminHistoryKind =
  | 'KNOWLEDGE_BASE'
  | 'ORGANISATION'
  | 'STAFF'
  | 'TEAM'
  | 'THEME'
  | 'TICKET_SETTINGS'
  | 'WEBHOOK';

export type AssignThreadPayload = {
  errors: Array<UserError>;
  thread?: Maybe<Thread>;
};

export type Attachment = {
  /** Sniffed from the content. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
};

/** Who changed what, when (organisation data, contact persons, users). */
export type AuditEvent = {
  /** e.g. organisation.updated, contact.added, contact.confirmed. */
  action: Scalars['String']['output'];
  /** Null for the system (e.g. a contact confirming). */
  actor?: Maybe<User>;
  changes: Array<AuditFieldChange>;
  createdAt: Scalars['DateTimeISO']['output'];
  entityId?: Maybe<Scalars['ID']['output']>;
  /** e.g. organisation, contact_person, user. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null for a change of the department. */
  organisation?: Maybe<Organisation>;
};

export type AuditEventConnection = {
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type AuditEventEdge = {
  cursor: Scalars['Cursor']['output'];
  node: AuditEvent;
};

/** One changed field of an audit event, with its old and new value as text. */
export type AuditFieldChange = {
  field: Scalars['String']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

/** The whole week: weekdays left out are closed. */
export type CalendarInput = {
  timeZone: Scalars['String']['input'];
  week: Array<OpeningHoursInput>;
};

/** The department's office calendar (Belgian public holidays are always closed). */
export type CalendarSettings = {
  /** Dates first (in order), then the yearly days. */
  closingDays: Array<ClosingDay>;
  id: Scalars['ID']['output'];
  timeZone: Scalars['String']['output'];
  /** Weekday order; a weekday without hours is closed. */
  week: Array<OpeningHours>;
};

/** A ticket category (decision 0036): what customers choose on a new ticket. */
export type CategorySettings = {
  /** Offered on new tickets; an inactive one still shows on the tickets that have it. */
  active: Scalars['Boolean']['output'];
  /** Stable, made from the English name when created. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  /** Lower first on the ticket form. */
  position: Scalars['Int']['output'];
  /** Tickets with this category (one in use cannot be removed). */
  ticketCount: Scalars['Int']['output'];
};

export type ChangeLegalHoldInput = {
  /** true: put on hold; false: lift the hold. */
  hold: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** Why (3 to 500 characters); kept in the audit history. */
  reason: Scalars['String']['input'];
  record: LegalHoldRecord;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangeStaffRoleInput = {
  role: StaffRole;
  userId: Scalars['ID']['input'];
};

export type ChangeUserRoleInput = {
  /** Your own password confirms the change. */
  currentPassword: Scalars['String']['input'];
  role: TenantRole;
  userId: Scalars['ID']['input'];
};

/** An office-hours chat between an organisation user and an agent. */
export type Chat = {
  /** The agent's first name (customers see no more of the department). */
  agentName?: Maybe<Scalars['String']['output']>;
  /** Staff: who asks. */
  customer?: Maybe<User>;
  /** Set when the chat ended by itself. */
  endReason?: Maybe<ChatEndReason>;
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Oldest first. */
  messages: Array<ChatMessage>;
  organisation?: Maybe<Organisation>;
  startedAt: Scalars['DateTimeISO']['output'];
  status: ChatStatus;
  /** The first line of the question. */
  subject: Scalars['String']['output'];
  takenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The ticket the chat became, once ended. */
  ticketNumber?: Maybe<Scalars['String']['output']>;
};

/** Whether the chat is offered now, and else when the desk opens. */
export type ChatAvailability = {
  /** At least one agent takes chats now. */
  agentsAvailable: Scalars['Boolean']['output'];
  /** A chat can be started now (open and an agent available). */
  offered: Scalars['Boolean']['output'];
  /** Within business hours (the helpdesk calendar). */
  open: Scalars['Boolean']['output'];
  /** When the desk opens next (now while open). */
  opensAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Why the chat ended by itself: NOT_TAKEN (no agent took it in time), IDLE (nobody wrote), CUSTOMER_GONE (the customer left the page), DESK_CLOSED (the helpdesk closed). */
export type ChatEndReason =
  | 'CUSTOMER_GONE'
  | 'DESK_CLOSED'
  | 'IDLE'
  | 'NOT_TAKEN';

export type ChatMessage = {
  body: Scalars['String']['output'];
  /** Written by the agent. */
  byStaff: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Written by you. */
  mine: Scalars['Boolean']['output'];
};

export type ChatPayload = {
  chat?: Maybe<Chat>;
  errors: Array<UserError>;
};

/** WAITING for an agent, ACTIVE with one, ENDED (registered as a ticket). */
export type ChatStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'WAITING';

/** An extra closing day: one date, or the same day every year. */
export type ClosingDay = {
  /** MM-DD, every year. */
  everyYearOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  onDate?: Maybe<Scalars['Day']['output']>;
};

/** Either `onDate` or `everyYearOn`. */
export type ClosingDayInput = {
  /** MM-DD */
  everyYearOn?: InputMaybe<Scalars['String']['input']>;
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
  onDate?: InputMaybe<Scalars['Day']['input']>;
};

export type CompleteSingleSignOnInput = {
  /** The callback address the issuer sent the browser to, with its query ('?code=…'). */
  callbackUrl: Scalars['String']['input'];
  codeVerifier: Scalars['String']['input'];
  nonce: Scalars['String']['input'];
  state: Scalars['String']['input'];
};

/** The answer to opening a confirmation link. */
export type ConfirmContactPersonPayload = {
  /** What happened and what to do next, in the viewer's language. */
  message: Scalars['String']['output'];
  /** Null for an unknown link. */
  organisationName?: Maybe<Scalars['String']['output']>;
  status: ContactConfirmationStatus;
  /** The contact's themes, in the viewer's language. */
  themeNames: Array<Scalars['String']['output']>;
};

/** What opening a confirmation link did. */
export type ContactConfirmationStatus =
  /** The contact had already confirmed this address (e.g. a second click). */
  | 'ALREADY_CONFIRMED'
  /** The contact is confirmed now. */
  | 'CONFIRMED'
  /** The link is too old; an ADMIN of the organisation can resend it. */
  | 'EXPIRED'
  /** Unknown link, or one for an address the contact no longer has. */
  | 'INVALID'
  /** The link was used before, and the contact is unconfirmed again since. */
  | 'USED';

/** A contact person (contactpersoon) of an organisation, for one or more themes. */
export type ContactPerson = {
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  /** Set when a mail to this address finally failed; null again once the address changes. */
  emailUndeliverable?: Maybe<EmailUndeliverable>;
  firstName: Scalars['String']['output'];
  /** Whether a user of the organisation (active or invited) has this email address. */
  hasAccess: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The language of the mails the contact receives. */
  language: Language;
  lastName: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
  /** E.164, e.g. +3250123456. */
  phone?: Maybe<Scalars['String']['output']>;
  status: ContactPersonStatus;
  themes: Array<Theme>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ContactPersonConnection = {
  edges: Array<ContactPersonEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type ContactPersonEdge = {
  cursor: Scalars['Cursor']['output'];
  node: ContactPerson;
};

export type ContactPersonFilter = {
  status?: InputMaybe<ContactPersonStatus>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

export type ContactPersonPayload = {
  contactPerson?: Maybe<ContactPerson>;
  errors: Array<UserError>;
};

/** Only CONFIRMED contacts receive message notifications. */
export type ContactPersonStatus =
  | 'CONFIRMED'
  | 'UNCONFIRMED';

/** A new organisation: the enterprise number (KBO) or recognition number, or both. */
export type CreateOrganisationInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** 10 digits with valid check digits (mod 97). */
  enterpriseNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  recognitionNumber?: InputMaybe<Scalars['String']['input']>;
  /** At least one. */
  themeIds: Array<Scalars['ID']['input']>;
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A new team: its names (unique in each language) and its address, if any. */
export type CreateTeamInput = {
  /** The team's own address; empty: mail goes to its handlers. */
  email?: InputMaybe<Scalars['String']['input']>;
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
};

/** A new theme: a short code, its names (unique in each language) and its team. */
export type CreateThemeInput = {
  /** 2 to 10 capitals or digits, starting with a letter (e.g. ERK); cannot change. */
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
  /** The team that receives its messages. */
  teamId: Scalars['ID']['input'];
};

export type CreateTicketInput = {
  acknowledgePrivacyWarning?: InputMaybe<Scalars['Boolean']['input']>;
  /** Your uploads (POST /attachments), several allowed. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  categoryId: Scalars['ID']['input'];
  /** Default PORTAL. */
  channel?: InputMaybe<CustomerTicketChannel>;
  /** Generated by the client per form: a double submit creates one ticket. */
  clientKey: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** The closed ticket this one follows up on. */
  previousTicketId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  supportTypeId: Scalars['ID']['input'];
};

export type CreateTicketPayload = {
  errors: Array<UserError>;
  /** Personal data found: send again with acknowledgePrivacyWarning to create the ticket anyway. */
  privacyWarnings: Array<PrivacyWarning>;
  ticket?: Maybe<Ticket>;
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes: Array<WebhookEventType>;
  /** https://, publicly reachable. */
  url: Scalars['String']['input'];
};

export type CustomerTicketChannel =
  | 'PORTAL'
  | 'WIDGET';

export type DeactivateUserInput = {
  /** Your own password confirms the change. */
  currentPassword: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

/** An article that users said solved their question ('dit loste mijn vraag op'). */
export type DeflectingArticle = {
  articleId: Scalars['ID']['output'];
  slug: Scalars['String']['output'];
  ticketsAvoided: Scalars['Int']['output'];
  /** In the viewer's language. */
  title: Scalars['String']['output'];
};

export type DeflectionPayload = {
  errors: Array<UserError>;
  /** Whether it was recorded (no errors). */
  recorded: Scalars['Boolean']['output'];
};

/** Staff: how well the knowledge base answers questions before they become tickets. */
export type DeflectionReport = {
  /** Subjects for which the ticket form suggested articles. */
  suggestionsShown: Scalars['Int']['output'];
  /** Tickets filed after articles were suggested. */
  ticketsAfterSuggestions: Scalars['Int']['output'];
  /** 'This solved my question': tickets avoided. */
  ticketsAvoided: Scalars['Int']['output'];
  /** The articles that avoided the most tickets in the period, most first ('top', default 10). */
  topArticles: Array<DeflectingArticle>;
};

/** INBOUND: department → organisation ('Ontvangen'); OUTBOUND: organisation → department ('Verstuurd'). */
export type Direction =
  | 'INBOUND'
  | 'OUTBOUND';

export type DiscardInboundMailInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Why a contact person's address cannot be mailed, and since when. */
export type EmailUndeliverable = {
  /** The mail server's answer, e.g. '550 No such user'. */
  reason: Scalars['String']['output'];
  since: Scalars['DateTimeISO']['output'];
  source: UndeliverableSource;
};

export type EndChatInput = {
  chatId: Scalars['ID']['input'];
  /** Agent, when solved: the solution. */
  solution?: InputMaybe<Scalars['String']['input']>;
  /** Agent: the chat solved the question (the ticket becomes Opgelost); else Nieuw. */
  solved?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mail that finally failed (refused by the SMTP server, or every retry failed). */
export type FailedMail = {
  attempts: Scalars['Int']['output'];
  failedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  organisationName?: Maybe<Scalars['String']['output']>;
  /** The SMTP server's last answer, e.g. '550 No such user'. */
  reason: Scalars['String']['output'];
  recipient: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  /** What kind of mail, e.g. contact-confirmation. */
  template: Scalars['String']['output'];
};

/** A mail the email intake received (staff only). */
export type InboundMail = {
  /** Where staff download the raw mail (message/rfc822). */
  downloadPath: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the privacy guard found (kinds). */
  privacyFindings: Array<Scalars['String']['output']>;
  /** Why it is held, or how it was threaded. */
  reason?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTimeISO']['output'];
  recipients: Array<Scalars['String']['output']>;
  /** The From address. */
  sender: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  status: InboundMailStatus;
  subject: Scalars['String']['output'];
  /** The label the privacy guard suggests (a code). */
  suggestedLabel?: Maybe<Scalars['String']['output']>;
  ticketId?: Maybe<Scalars['ID']['output']>;
  ticketNumber?: Maybe<Scalars['String']['output']>;
};

export type InboundMailConnection = {
  edges: Array<InboundMailEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type InboundMailEdge = {
  cursor: Scalars['Cursor']['output'];
  node: InboundMail;
};

export type InboundMailPayload = {
  errors: Array<UserError>;
  inboundMail?: Maybe<InboundMail>;
};

/** What a received mail became: TICKET (new ticket), REPLY (entry on a ticket), QUARANTINED (failed a check), TO_LINK (unknown sender, Te koppelen), IGNORED (automatic mail or bounce), DISCARDED (by staff). */
export type InboundMailStatus =
  | 'DISCARDED'
  | 'IGNORED'
  | 'QUARANTINED'
  | 'REPLY'
  | 'TICKET'
  | 'TO_LINK';

/** An organisation's Beheerder (ADMIN), invited by mail to choose a password. */
export type InviteOrganisationAdminInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** nl (default) or en: the mail and the account. */
  language?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
};

export type InviteOrganisationAdminPayload = {
  errors: Array<UserError>;
  user?: Maybe<User>;
};

/** A new staff user, invited by mail to choose a password. */
export type InviteStaffUserInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  /** nl (default) or en: the mail and the account. */
  language?: InputMaybe<Language>;
  lastName: Scalars['String']['input'];
  role: StaffRole;
};

export type InviteUserInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  language?: InputMaybe<Language>;
  lastName: Scalars['String']['input'];
  roles: Array<Role>;
};

/** An article or news item of the public knowledge base. */
export type KnowledgeItem = {
  bodyEn: Scalars['String']['output'];
  /** The body in the viewer's language as HTML rendered from its Markdown: raw HTML is escaped and links other than http(s), mailto and relative ones are dropped. */
  bodyHtml: Scalars['String']['output'];
  bodyNl: Scalars['String']['output'];
  category: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: KnowledgeItemKind;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The address: /kennisbank/<slug> or /nieuws/<slug>. */
  slug: Scalars['String']['output'];
  status: KnowledgeItemStatus;
  /** A plain-text opening of the body in the viewer's language. */
  summary: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  /** The title in the viewer's language. */
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  /** The Markdown sources, for editing. */
  titleNl: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type KnowledgeItemConnection = {
  edges: Array<KnowledgeItemEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type KnowledgeItemEdge = {
  cursor: Scalars['Cursor']['output'];
  node: KnowledgeItem;
};

/** ARTICLE: a solution or explanation; NEWS: a dated announcement. */
export type KnowledgeItemKind =
  | 'ARTICLE'
  | 'NEWS';

export type KnowledgeItemPayload = {
  errors: Array<UserError>;
  item?: Maybe<KnowledgeItem>;
};

/** DRAFT: seen by the department admins only; PUBLISHED: readable by anyone, logged in or not. */
export type KnowledgeItemStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** An article that matches a search, best first. */
export type KnowledgeSearchHit = {
  item: KnowledgeItem;
  /** The full-text rank (higher is better). */
  rank: Scalars['Float']['output'];
  /** Where the words matched, in plain text. */
  snippet: Array<SnippetPart>;
};

export type KnowledgeSearchHitConnection = {
  edges: Array<KnowledgeSearchHitEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type KnowledgeSearchHitEdge = {
  cursor: Scalars['Cursor']['output'];
  node: KnowledgeSearchHit;
};

/** nl (Dutch, nl-BE, the default) or en (English). */
export type Language =
  | 'en'
  | 'nl';

/** A thread's or ticket's legal hold: while on hold, retention never deletes it. */
export type LegalHold = {
  /** When it was last put on hold or lifted. */
  heldAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who last put it on hold or lifted it. */
  heldByName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The thread's reference number or the ticket's number. */
  label: Scalars['String']['output'];
  onHold: Scalars['Boolean']['output'];
  organisationName: Scalars['String']['output'];
  /** Why it was last put on hold or lifted. */
  reason?: Maybe<Scalars['String']['output']>;
  record: LegalHoldRecord;
  title: Scalars['String']['output'];
};

export type LegalHoldConnection = {
  edges: Array<LegalHoldEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type LegalHoldEdge = {
  cursor: Scalars['Cursor']['output'];
  node: LegalHold;
};

export type LegalHoldPayload = {
  errors: Array<UserError>;
  /** The hold after the change; none on errors. */
  legalHold?: Maybe<LegalHold>;
};

/** THREAD: a message thread (by its reference number). TICKET: a ticket (by its number). */
export type LegalHoldRecord =
  | 'THREAD'
  | 'TICKET';

export type LegalHoldTarget =
  | 'CONTACT'
  | 'THREAD'
  | 'TICKET'
  | 'USER';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** How people log in on this installation. */
export type LoginOptions = {
  /** False: the password form is off; single sign-on only. */
  password: Scalars['Boolean']['output'];
  singleSignOn?: Maybe<SingleSignOnOption>;
};

export type LoginPayload = {
  errors: Array<UserError>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The session token, also set as an httpOnly cookie; send it as `Authorization: Bearer <token>`. */
  token?: Maybe<Scalars['String']['output']>;
  user?: Maybe<User>;
};

/** A message in a thread. The body is plain text: never render it as HTML. */
export type Message = {
  addressedHandler?: Maybe<User>;
  addressedTeam?: Maybe<Team>;
  attachmentCount: Scalars['Int']['output'];
  attachments: Array<Attachment>;
  author?: Maybe<User>;
  /** Plain text with line breaks. */
  body: Scalars['String']['output'];
  direction: Direction;
  id: Scalars['ID']['output'];
  organisation: Organisation;
  /** Read by you. */
  read: Scalars['Boolean']['output'];
  referenceNumber: Scalars['String']['output'];
  /** Who sent it, as shown in lists, in the viewer's language: "An Peeters (Recognition team)"; the department's name when no team. */
  senderLabel: Scalars['String']['output'];
  sentAt: Scalars['DateTimeISO']['output'];
  theme: Theme;
  thread: Thread;
  title: Scalars['String']['output'];
};

export type MessageConnection = {
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type MessageCounts = {
  inbound: Scalars['Int']['output'];
  outbound: Scalars['Int']['output'];
  unreadInbound: Scalars['Int']['output'];
};

export type MessageEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Message;
};

/** Filters on every column of the message lists; all optional, combined with AND. */
export type MessageFilterInput = {
  direction?: InputMaybe<Direction>;
  hasAttachments?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the addressee's name: the team (Dutch or English name) or the handler. */
  recipient?: InputMaybe<Scalars['String']['input']>;
  /** Part of the reference number. */
  referenceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Part of the sender's name. */
  sender?: InputMaybe<Scalars['String']['input']>;
  /** First day (Europe/Brussels). */
  sentFrom?: InputMaybe<Scalars['Day']['input']>;
  /** Last day (Europe/Brussels). */
  sentTo?: InputMaybe<Scalars['Day']['input']>;
  /** Words in the title or the text. */
  text?: InputMaybe<Scalars['String']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** true: unread only; false: read only. */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MovedThreadsPayload = {
  /** How many open threads moved to the theme's team. */
  moved: Scalars['Int']['output'];
};

export type Mutation = {
  /** Choose a password with an invitation link; logs you in. */
  acceptInvitation: LoginPayload;
  /** DEPARTMENT_ADMIN: an extra closing day; open tickets' due times follow. */
  addClosingDay: TicketSettingsPayload;
  /** ADMIN: add a contact person; they are mailed a confirmation link. */
  addContactPerson: ContactPersonPayload;
  /** DEPARTMENT_ADMIN: a staff user becomes a handler of the team. */
  addTeamMember: TeamPayload;
  /** Staff: an internal note, never shown to the organisation. */
  addTicketNote: TicketPayload;
  /** Adds a colleague (or, staff, a staff member) to the ticket. */
  addTicketParticipant: TicketPayload;
  /** 'Hulp nodig?' → 'Technische helpdesk': mails the question to the helpdesk, and a receipt to your own account address (where the helpdesk answers). */
  askTechnicalHelpdesk: OkPayload;
  /** Staff: assign a thread to a handler of its team (null: unassign). */
  assignThread: AssignThreadPayload;
  /** Staff: assign to a staff member (null: unassign). */
  assignTicket: TicketPayload;
  /** DEPARTMENT_ADMIN: puts a thread or ticket on legal hold, or lifts it, with the reason (audited). */
  changeLegalHold: LegalHoldPayload;
  /** Ends your other sessions. */
  changePassword: OkPayload;
  /** DEPARTMENT_ADMIN: the role of another staff user (not your own; the department keeps an active DEPARTMENT_ADMIN). Counts at once. */
  changeStaffRole: StaffUserPayload;
  /** ADMIN: give a colleague one role of three, confirmed with your password (not your own role; the organisation keeps an active ADMIN). Another organisation's user is NOT_FOUND. */
  changeUserRole: UserPayload;
  /** Completes a single sign-on with the issuer's answer; logs the person in or says why not. */
  completeSingleSignOn: LoginPayload;
  /** Public: open a confirmation link. Never logs anyone in or changes a session. */
  confirmContactPerson: ConfirmContactPersonPayload;
  /** Takes the new email address of your account with the link mailed to it by updateProfile (no login needed). */
  confirmEmailChange: OkPayload;
  /** DEPARTMENT_ADMIN: a new organisation. */
  createOrganisation: OrganisationPayload;
  /** DEPARTMENT_ADMIN: a new team, without members. */
  createTeam: TeamPayload;
  /** DEPARTMENT_ADMIN: a new theme, owned by a team. */
  createTheme: ThemePayload;
  /** A new ticket ('Verstuur ticket' or 'Hulp nodig?'). */
  createTicket: CreateTicketPayload;
  /** DEPARTMENT_ADMIN: a new ticket category (names in Dutch and English), offered at once. */
  createTicketCategory: TicketSettingsPayload;
  /** DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): register an endpoint; the payload carries its signing secret, once. */
  createWebhookEndpoint: WebhookEndpointPayload;
  /** DEPARTMENT_ADMIN: its users can no longer log in and their sessions end at once; data is kept. */
  deactivateOrganisation: Organisation;
  /** DEPARTMENT_ADMIN: deactivates a staff user: their sessions end at once, login (also single sign-on) is refused. Not yourself, not the last active DEPARTMENT_ADMIN. */
  deactivateStaffUser: StaffUserPayload;
  /** ADMIN: deactivate a colleague, confirmed with your password: their sessions end at once. Not yourself, not the last active ADMIN. */
  deactivateUser: UserPayload;
  /** DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): remove an endpoint with its delivery log. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Staff: discard a held mail with a reason; audited. */
  discardInboundMail: InboundMailPayload;
  /** End the chat: it is registered as a ticket (channel CHAT) with the transcript. */
  endChat: ChatPayload;
  /** DEPARTMENT_ADMIN: anonymises a person; what they wrote stays. Refused (errors) under legal retention. */
  erasePerson: PrivacyPayload;
  /** ADMIN: invite a contact person to the e-loket as a user. */
  inviteContactPerson: UserPayload;
  /** DEPARTMENT_ADMIN: invites a Beheerder (ADMIN) of an organisation, e.g. its first. */
  inviteOrganisationAdmin: InviteOrganisationAdminPayload;
  /** DEPARTMENT_ADMIN: invites a staff user (AGENT or DEPARTMENT_ADMIN) by mail to choose a password. */
  inviteStaffUser: StaffUserPayload;
  /** ADMIN: invite a colleague by email. */
  inviteUser: UserPayload;
  login: LoginPayload;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Marks every message of the thread read for you (on opening it). */
  markThreadRead: Thread;
  /** Staff: merge a duplicate into another ticket of the same organisation; returns the target. */
  mergeTicket: TicketPayload;
  /** DEPARTMENT_ADMIN: moves the theme's open threads (waiting for the department) to the theme's current team. */
  moveOpenThreads: MovedThreadsPayload;
  /** DEPARTMENT_ADMIN: the theme's new messages go to another team; existing threads keep theirs (see moveOpenThreads). */
  moveTheme: ThemePayload;
  /** Staff: move the ticket to another queue. */
  moveTicketQueue: TicketPayload;
  /** DEPARTMENT_ADMIN: open an outage (it shows as a banner). */
  openOutage: OutagePayload;
  /** DEPARTMENT_ADMIN: its users can log in again. */
  reactivateOrganisation: Organisation;
  /** DEPARTMENT_ADMIN: reactivates a staff user (one who never chose a password is invited again). */
  reactivateStaffUser: StaffUserPayload;
  /** ADMIN: reactivate a deactivated colleague (one who never chose a password is invited again). */
  reactivateUser: UserPayload;
  /** An organisation's user: record the articles the new-ticket form suggested, and how it ended. */
  recordTicketDeflection: DeflectionPayload;
  /** Staff: register a ticket taken by phone or mail. */
  registerTicket: CreateTicketPayload;
  /** DEPARTMENT_ADMIN: remove a closing day; due times follow. */
  removeClosingDay: TicketSettings;
  /** ADMIN: remove a contact person (who is mailed about it). The removed id. */
  removeContactPerson: Scalars['ID']['output'];
  /** DEPARTMENT_ADMIN: a handler leaves the team. */
  removeTeamMember: TeamPayload;
  /** Staff: remove a ticket's attachment with a reason ('002' §3, privacy incident): the file and the raw mail it came with are erased from storage; the timeline shows the removal and the reason. */
  removeTicketAttachment: TicketPayload;
  /** DEPARTMENT_ADMIN: remove a category no ticket has; one in use is refused (make it inactive instead). */
  removeTicketCategory: TicketSettingsPayload;
  /** Staff: make a held mail (quarantined, Te koppelen, ignored) a ticket entry after all; audited. */
  replayInboundMail: InboundMailPayload;
  /** DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): send a finished delivery again (same webhook-id and body). */
  replayWebhookDelivery: WebhookDelivery;
  /** A reply in a thread ('Beantwoorden'), by either side. */
  replyToThread: SendMessagePayload;
  /** A public reply, by either side. */
  replyToTicket: TicketPayload;
  /** Mails a reset link if an active account has this address (else a mail saying none has). Always true: nobody learns which accounts exist. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Asks for an export of personal data; the requester is mailed when it can be downloaded. */
  requestPersonalDataExport: PersonalDataExport;
  /** Ask to close the ticket; the body gives the reason ('000'). */
  requestTicketClose: TicketPayload;
  /** ADMIN: mail an unconfirmed contact a new confirmation link (at most once per 5 minutes). */
  resendContactConfirmation: ContactPersonPayload;
  /** ADMIN: mail a fresh invitation link to a user who has not accepted. */
  resendInvitation: User;
  /** DEPARTMENT_ADMIN: a new invitation link for a staff user still invited. */
  resendStaffInvitation: StaffUser;
  resetPassword: OkPayload;
  /** Staff: queue a failed mail again (and lift its contact's undeliverable mark). */
  retryFailedMail: Scalars['Boolean']['output'];
  revokeSession: Scalars['Boolean']['output'];
  /** DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): a new signing secret (in the payload, once); the previous one keeps signing for a while. */
  rotateWebhookSecret: WebhookEndpointPayload;
  /** DEPARTMENT_ADMIN: create (no itemId) or change an article or news item. */
  saveKnowledgeItem: KnowledgeItemPayload;
  /** Write in a chat: its customer, or the agent who took it. */
  sendChatMessage: ChatPayload;
  /** An organisation's new message ('Stuur nieuw bericht'). */
  sendMessage: SendMessagePayload;
  /** Staff: a new message to an organisation. */
  sendMessageToOrganisation: SendMessagePayload;
  /** Staff: say whether you take chats now. */
  setChatAgentAvailable: Scalars['Boolean']['output'];
  setLanguage: UserPayload;
  /** DEPARTMENT_ADMIN: puts a legal hold on a person, thread or ticket, or lifts it. */
  setLegalHold: Scalars['Boolean']['output'];
  /** DEPARTMENT_ADMIN: a theme's or queue's retention period. */
  setRetentionPeriod: PrivacyPayload;
  /** DEPARTMENT_ADMIN: the helpdesk queues a staff user works. */
  setStaffQueues: StaffUserPayload;
  /** DEPARTMENT_ADMIN: whether a team's handler is offered to organisations in 'Hulp nodig?'. */
  setTeamMemberHelp: TeamPayload;
  /** Staff: the ticket's labels (replaces them). */
  setTicketLabels: TicketPayload;
  /** Your mails of this ticket on or off ('Geen meldingen meer'). */
  setTicketNotifications: TicketPayload;
  /** Staff: set the status (see TicketStatus and allowedStatuses). */
  setTicketStatus: TicketPayload;
  /** Organisation user: start a chat (refused outside business hours or with no agent). */
  startChat: ChatPayload;
  /** Begins a single sign-on at the issuer. */
  startSingleSignOn: SingleSignOnStartPayload;
  /** Staff: take a waiting chat. */
  takeChat: ChatPayload;
  /** DEPARTMENT_ADMIN: the office calendar's hours and time zone; open tickets' due times follow. */
  updateBusinessCalendar: TicketSettingsPayload;
  /** ADMIN: change a contact person; they are mailed the changed fields. A new email address must be confirmed again. */
  updateContactPerson: ContactPersonPayload;
  /** ADMIN: phone, email and website of your organisation. DEPARTMENT_ADMIN: every field of any organisation. (AGENT: none.) */
  updateOrganisation: OrganisationPayload;
  /** DEPARTMENT_ADMIN: add a step to an outage's timeline; RESOLVED ends it. */
  updateOutage: OutagePayload;
  /** Change your name or phone, confirmed with your password. A new email address is taken once confirmed with the link mailed to it. */
  updateProfile: UserPayload;
  /** DEPARTMENT_ADMIN: a queue's texts and auto-resolve period. */
  updateQueueSettings: TicketSettingsPayload;
  /** DEPARTMENT_ADMIN: new targets of a support type; running tickets keep the ones they have. */
  updateSupportTypeTargets: TicketSettingsPayload;
  /** DEPARTMENT_ADMIN: a team's names and address. */
  updateTeam: TeamPayload;
  /** DEPARTMENT_ADMIN: a theme's names (nl and en). */
  updateTheme: ThemePayload;
  /** DEPARTMENT_ADMIN: a theme's unread-reminder period (business days; null: none). */
  updateThemeReminder: TicketSettingsPayload;
  /** DEPARTMENT_ADMIN: a category's names, order and whether it is offered (inactive: tickets keep it). */
  updateTicketCategory: TicketSettingsPayload;
  /** Staff: category, type, planned version, expected date. */
  updateTicketDetails: TicketPayload;
  /** DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): change an endpoint, or switch it off or on again. */
  updateWebhookEndpoint: WebhookEndpointPayload;
};


export type MutationAcceptInvitationArgs = {
  input: TokenPasswordInput;
};


export type MutationAddClosingDayArgs = {
  input: ClosingDayInput;
};


export type MutationAddContactPersonArgs = {
  input: AddContactPersonInput;
};


export type MutationAddTeamMemberArgs = {
  input: TeamMemberInput;
};


export type MutationAddTicketNoteArgs = {
  input: TicketReplyInput;
};


export type MutationAddTicketParticipantArgs = {
  ticketId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationAskTechnicalHelpdeskArgs = {
  input: TechnicalQuestionInput;
};


export type MutationAssignThreadArgs = {
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  referenceNumber: Scalars['String']['input'];
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationChangeLegalHoldArgs = {
  input: ChangeLegalHoldInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangeStaffRoleArgs = {
  input: ChangeStaffRoleInput;
};


export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


export type MutationCompleteSingleSignOnArgs = {
  input: CompleteSingleSignOnInput;
};


export type MutationConfirmContactPersonArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationCreateThemeArgs = {
  input: CreateThemeInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationCreateTicketCategoryArgs = {
  input: NewTicketCategoryInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeactivateOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeactivateStaffUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationDiscardInboundMailArgs = {
  input: DiscardInboundMailInput;
};


export type MutationEndChatArgs = {
  input: EndChatInput;
};


export type MutationErasePersonArgs = {
  input: PersonInput;
};


export type MutationInviteContactPersonArgs = {
  id: Scalars['ID']['input'];
  roles: Array<Role>;
};


export type MutationInviteOrganisationAdminArgs = {
  input: InviteOrganisationAdminInput;
};


export type MutationInviteStaffUserArgs = {
  input: InviteStaffUserInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkThreadReadArgs = {
  referenceNumber: Scalars['String']['input'];
};


export type MutationMergeTicketArgs = {
  intoTicketId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationMoveOpenThreadsArgs = {
  themeId: Scalars['ID']['input'];
};


export type MutationMoveThemeArgs = {
  teamId: Scalars['ID']['input'];
  themeId: Scalars['ID']['input'];
};


export type MutationMoveTicketQueueArgs = {
  queueId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationOpenOutageArgs = {
  input: OpenOutageInput;
};


export type MutationReactivateOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactivateStaffUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordTicketDeflectionArgs = {
  input: RecordDeflectionInput;
};


export type MutationRegisterTicketArgs = {
  input: RegisterTicketInput;
};


export type MutationRemoveClosingDayArgs = {
  closingDayId: Scalars['ID']['input'];
};


export type MutationRemoveContactPersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveTeamMemberArgs = {
  input: TeamMemberInput;
};


export type MutationRemoveTicketAttachmentArgs = {
  attachmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveTicketCategoryArgs = {
  categoryId: Scalars['ID']['input'];
};


export type MutationReplayInboundMailArgs = {
  input: ReplayInboundMailInput;
};


export type MutationReplayWebhookDeliveryArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationReplyToThreadArgs = {
  input: ReplyInput;
};


export type MutationReplyToTicketArgs = {
  input: TicketReplyInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestPersonalDataExportArgs = {
  input: RequestPersonalDataExportInput;
};


export type MutationRequestTicketCloseArgs = {
  input: TicketReplyInput;
};


export type MutationResendContactConfirmationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResendInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResendStaffInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  input: TokenPasswordInput;
};


export type MutationRetryFailedMailArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


export type MutationSaveKnowledgeItemArgs = {
  input: SaveKnowledgeItemInput;
};


export type MutationSendChatMessageArgs = {
  input: SendChatMessageInput;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSendMessageToOrganisationArgs = {
  input: StaffSendMessageInput;
};


export type MutationSetChatAgentAvailableArgs = {
  available: Scalars['Boolean']['input'];
};


export type MutationSetLanguageArgs = {
  language: Language;
};


export type MutationSetLegalHoldArgs = {
  input: SetLegalHoldInput;
};


export type MutationSetRetentionPeriodArgs = {
  input: SetRetentionPeriodInput;
};


export type MutationSetStaffQueuesArgs = {
  input: SetStaffQueuesInput;
};


export type MutationSetTeamMemberHelpArgs = {
  input: SetTeamMemberHelpInput;
};


export type MutationSetTicketLabelsArgs = {
  labelIds: Array<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationSetTicketNotificationsArgs = {
  notify: Scalars['Boolean']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationSetTicketStatusArgs = {
  input: SetTicketStatusInput;
};


export type MutationStartChatArgs = {
  input: StartChatInput;
};


export type MutationTakeChatArgs = {
  chatId: Scalars['ID']['input'];
};


export type MutationUpdateBusinessCalendarArgs = {
  input: CalendarInput;
};


export type MutationUpdateContactPersonArgs = {
  input: UpdateContactPersonInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdateOutageArgs = {
  input: UpdateOutageInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateQueueSettingsArgs = {
  input: QueueSettingsInput;
};


export type MutationUpdateSupportTypeTargetsArgs = {
  input: SupportTypeTargetsInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateThemeArgs = {
  input: UpdateThemeInput;
};


export type MutationUpdateThemeReminderArgs = {
  input: ThemeReminderInput;
};


export type MutationUpdateTicketCategoryArgs = {
  input: TicketCategoryInput;
};


export type MutationUpdateTicketDetailsArgs = {
  input: UpdateTicketDetailsInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

export type NewThreadContactInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Also a standard contact of the theme (added to the contacts, confirmation mailed). */
  standard: Scalars['Boolean']['input'];
};

export type NewTicketCategoryInput = {
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
  /** Lower first; left out: last. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type OkPayload = {
  errors: Array<UserError>;
  ok: Scalars['Boolean']['output'];
};

export type OpenOutageInput = {
  messageEn: Scalars['String']['input'];
  messageNl: Scalars['String']['input'];
  service: Scalars['String']['input'];
  /** INVESTIGATING unless told. */
  status?: InputMaybe<OutageStatus>;
  titleEn: Scalars['String']['input'];
  titleNl: Scalars['String']['input'];
};

/** Opening hours on one weekday (local time of the calendar). */
export type OpeningHours = {
  /** HH:MM */
  closesAt: Scalars['String']['output'];
  /** HH:MM */
  opensAt: Scalars['String']['output'];
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: Scalars['Int']['output'];
};

export type OpeningHoursInput = {
  closesAt: Scalars['String']['input'];
  opensAt: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

/** A care organisation (voorziening): the tenant. */
export type Organisation = {
  /** Set while deactivated: its users cannot log in. */
  deactivatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** The Belgian enterprise number (KBO), as 0123.456.749. */
  enterpriseNumber?: Maybe<Scalars['String']['output']>;
  /** KBO or recognition number. */
  externalNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The recognition number (erkenningsnummer). */
  recognitionNumber?: Maybe<Scalars['String']['output']>;
  /** The themes the organisation works with. */
  themes: Array<Theme>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The organisation's users. */
  users: Array<User>;
  websiteUrl?: Maybe<Scalars['String']['output']>;
};

export type OrganisationConnection = {
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type OrganisationEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Organisation;
};

export type OrganisationPayload = {
  errors: Array<UserError>;
  organisation?: Maybe<Organisation>;
};

/** A disruption of a service (storing), public. */
export type Outage = {
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The affected service. */
  service: Scalars['String']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
  status: OutageStatus;
  /** In the viewer's language. */
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  titleNl: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Oldest first. */
  updates: Array<OutageUpdate>;
};

export type OutageConnection = {
  edges: Array<OutageEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type OutageEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Outage;
};

export type OutagePayload = {
  errors: Array<UserError>;
  outage?: Maybe<Outage>;
};

/** An outage is open until RESOLVED; open outages show as a banner on every page. */
export type OutageStatus =
  | 'IDENTIFIED'
  | 'INVESTIGATING'
  | 'RESOLVED';

/** A step in an outage's timeline. */
export type OutageUpdate = {
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** In the viewer's language. */
  message: Scalars['String']['output'];
  status: OutageStatus;
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['Cursor']['output']>;
};

export type PersonInput = {
  id: Scalars['ID']['input'];
  kind: PersonKind;
};

/** USER: a login. CONTACT: a contact person of an organisation. */
export type PersonKind =
  | 'CONTACT'
  | 'USER';

/** Everything Loket holds about one person, as a ZIP of JSON and attachments. */
export type PersonalDataExport = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** Where a READY export is downloaded (GET, with the session), once. */
  downloadPath: Scalars['String']['output'];
  downloadedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  readyAt?: Maybe<Scalars['DateTimeISO']['output']>;
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  status: PersonalDataExportStatus;
  subjectId: Scalars['ID']['output'];
  subjectKind: PersonKind;
};

/** PENDING: being built. READY: downloadable once. DOWNLOADED, EXPIRED (not downloaded in time): gone. FAILED: could not be built. */
export type PersonalDataExportStatus =
  | 'DOWNLOADED'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'READY';

export type PriorityTarget = {
  /** Business minutes. */
  minutes: Scalars['Int']['output'];
  priority: TicketPriority;
};

export type PriorityTargetInput = {
  minutes: Scalars['Int']['input'];
  priority: TicketPriority;
};

export type PrivacyPayload = {
  errors: Array<UserError>;
  ok: Scalars['Boolean']['output'];
};

/** A person Loket holds data about, as the privacy tools find them. */
export type PrivacyPerson = {
  email: Scalars['String']['output'];
  erased: Scalars['Boolean']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PersonKind;
  lastName: Scalars['String']['output'];
  legalHold: Scalars['Boolean']['output'];
  /** None: department staff. */
  organisationName?: Maybe<Scalars['String']['output']>;
};

export type PrivacyPersonConnection = {
  edges: Array<PrivacyPersonEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type PrivacyPersonEdge = {
  cursor: Scalars['Cursor']['output'];
  node: PrivacyPerson;
};

/** Personal data found in a message: sending requires acknowledging it. */
export type PrivacyWarning = {
  field: Scalars['String']['output'];
  kind: SensitiveDataKind;
  /** The number found, mostly masked. */
  masked: Scalars['String']['output'];
  /** In the viewer's language. */
  message: Scalars['String']['output'];
};

export type Query = {
  /** DEPARTMENT_ADMIN: the audit events of what is administered, newest first. */
  adminHistory: AuditEventConnection;
  /** DEPARTMENT_ADMIN: one team. */
  adminTeam: Team;
  /** DEPARTMENT_ADMIN: the teams by name, paged. */
  adminTeams: TeamConnection;
  /** DEPARTMENT_ADMIN: one theme. */
  adminTheme: Theme;
  /** DEPARTMENT_ADMIN: the themes in display order, paged. */
  adminThemes: ThemeConnection;
  /** A chat of yours (staff: any); NOT_FOUND otherwise. */
  chat: Chat;
  /** Staff: whether you take chats now. */
  chatAgentAvailable: Scalars['Boolean']['output'];
  /** Whether the chat is offered now, and when the desk opens. */
  chatAvailability: ChatAvailability;
  /** Public: what opening this confirmation link would answer, changing nothing; null while it can still confirm. */
  contactConfirmationLink?: Maybe<ConfirmContactPersonPayload>;
  /** One contact person; NOT_FOUND for another organisation's. */
  contactPerson: ContactPerson;
  /** The organisation's contact persons by last name, first name. Users of the organisation read their own; staff name the organisation. */
  contactPersons: ContactPersonConnection;
  /** The contacts a new message on this theme starts with: the theme's confirmed contacts. */
  draftThreadContacts: Array<ThreadContact>;
  /** Staff: the newest mails that finally failed (at most 100). */
  failedMails: Array<FailedMail>;
  /** Staff: the mails the intake received with this status (quarantine, Te koppelen, …), newest first. */
  inboundMails: InboundMailConnection;
  /** Public: one published article (a draft: DEPARTMENT_ADMIN). */
  knowledgeArticle: KnowledgeItem;
  /** Public: published articles, most recently updated first. drafts: true adds drafts (DEPARTMENT_ADMIN). */
  knowledgeArticles: KnowledgeItemConnection;
  /** DEPARTMENT_ADMIN: the last retention run. */
  lastRetentionRun?: Maybe<RetentionRun>;
  /** Staff: a thread's (by reference number) or ticket's (by number) legal hold. */
  legalHold: LegalHold;
  /** DEPARTMENT_ADMIN: the threads and tickets on legal hold, newest hold first, 25 a page. */
  legalHolds: LegalHoldConnection;
  /** How people log in here: password, single sign-on, or both. */
  loginOptions: LoginOptions;
  /** The logged-in user, or null. */
  me?: Maybe<User>;
  /** NOT_FOUND for another organisation's message. */
  message: Message;
  /** Counts for badges. */
  messageCounts: MessageCounts;
  /** The organisation's messages, newest first, a page at a time ('Volgende'/'Vorige'): 20 unless `first` or `last` asks for 1 to 100. */
  messages: MessageConnection;
  /** Your organisation; null for department staff. */
  myOrganisation?: Maybe<Organisation>;
  /** The exports the viewer asked for, newest first (the last 10). */
  myPersonalDataExports: Array<PersonalDataExport>;
  /** Your sessions that are still valid, newest first. */
  mySessions: Array<Session>;
  /** Public: one published news item (a draft: DEPARTMENT_ADMIN). */
  newsItem: KnowledgeItem;
  /** Public: published news, most recently updated first. drafts: true adds drafts (DEPARTMENT_ADMIN). */
  newsItems: KnowledgeItemConnection;
  /** Public: the outages not yet resolved (the banner), oldest first. */
  openOutages: Array<Outage>;
  /** NOT_FOUND for another tenant's organisation. */
  organisation: Organisation;
  /** Who changed the organisation's data and contacts, newest first. ADMINs of the organisation and staff. */
  organisationHistory: AuditEventConnection;
  /** ADMIN: one user of your organisation; NOT_FOUND for another's. */
  organisationUser: User;
  /** ADMIN: your organisation's users by name, paged. */
  organisationUsers: UserConnection;
  /** Staff: every organisation, by name. */
  organisations: OrganisationConnection;
  /** Public: one outage with its timeline. */
  outage: Outage;
  /** Public: every outage, newest first. */
  outages: OutageConnection;
  /** DEPARTMENT_ADMIN: users and contact persons whose name or address contains `search` (2 to 200 characters; shorter: none), by name, 25 a page. */
  privacyPeople: PrivacyPersonConnection;
  /** Staff: how many mails wait in quarantine, not yet handled. */
  quarantineCount: Scalars['Int']['output'];
  /** DEPARTMENT_ADMIN: every theme and queue with its retention period and what the next nightly run would delete. */
  retentionOverview: RetentionOverview;
  /** Organisation user: your chat that has not ended yet. */
  runningChat?: Maybe<Chat>;
  /** Public: published articles matching the words, in the viewer's language (Dutch or English stemming), best first, with highlighted snippets. */
  searchKnowledgeBase: KnowledgeSearchHitConnection;
  /** Staff: security incidents per organisation for each year from `from` to `to` (days; their years, inclusive). */
  securityIncidentCounts: Array<SecurityIncidentCount>;
  /** Staff: per month, queue and support type, tickets created from `from` to `to` (days, inclusive): targets met and breached, median business times. */
  serviceLevelReport: Array<ServiceLevelReportRow>;
  /** Where to end the issuer's session too after logging out (RP-initiated logout); null when this session did not come from the issuer or the issuer offers no logout. */
  singleSignOutUrl?: Maybe<Scalars['String']['output']>;
  /** Staff: chats waiting for an agent (oldest first), then your own. */
  staffChats: Array<Chat>;
  /** Staff: threads across organisations, latest activity first. */
  staffInbox: ThreadConnection;
  /** DEPARTMENT_ADMIN: every helpdesk queue, to choose those a user works. */
  staffQueueChoices: Array<TicketQueue>;
  /** Staff: every ticket, by queue, assignee and filters. */
  staffTickets: TicketConnection;
  /** DEPARTMENT_ADMIN: one staff user; NOT_FOUND for an organisation's user. */
  staffUser: StaffUser;
  /** DEPARTMENT_ADMIN: the department's staff users by name, searched (name, email) and filtered, paged. */
  staffUsers: StaffUserConnection;
  /** Your organisation's tasks: each theme without a confirmed contact person. Staff name the organisation. */
  tasks: Array<Task>;
  /** The department's teams, for the 'Hulp nodig?' list and routing. */
  teams: Array<Team>;
  /** Every theme of the department, in display order. */
  themes: Array<Theme>;
  /** A thread by reference number (Berichthistoriek); NOT_FOUND for another organisation. */
  thread: Thread;
  /** A ticket by number or id; NOT_FOUND when it does not exist or you may not see it. */
  ticket: Ticket;
  /** The categories a ticket can have (mandatory on a new ticket): the active ones in their order; staff may ask for the inactive ones too (last). */
  ticketCategories: Array<TicketOption>;
  /** Staff: tickets per category created from `from` to `to` (days, inclusive, Brussels): every active category, and inactive ones that had tickets. */
  ticketCategoryCounts: Array<TicketCategoryCount>;
  /** Staff: suggestions shown, tickets avoided and tickets filed anyway, and the articles that avoided most, in the period (since a moment and/or from and to days, inclusive, Brussels; all time when left out). */
  ticketDeflectionReport: DeflectionReport;
  /** Labels: staff see all, organisations those shown to them. */
  ticketLabels: Array<TicketOption>;
  /** Staff: every queue with its number of open tickets. */
  ticketQueueCounts: Array<TicketQueueCount>;
  /** DEPARTMENT_ADMIN: targets, queues, calendar, reminders. */
  ticketSettings: TicketSettings;
  /** The support types (reference 003). */
  ticketSupportTypes: Array<TicketOption>;
  /** The organisation's tickets you may see: a MEMBER their own and those they take part in. */
  tickets: TicketConnection;
  /** DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): one webhook endpoint. */
  webhookEndpoint: WebhookEndpoint;
  /** DEPARTMENT_ADMIN: the department's webhook endpoints; an organisation's ADMIN: its organisation's. */
  webhookEndpoints: WebhookEndpointConnection;
  /** The event types the viewer's endpoints may ask for: an organisation's endpoints get its own events only. */
  webhookEventTypes: Array<WebhookEventType>;
};


export type QueryAdminHistoryArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<AdminHistoryKind>;
};


export type QueryAdminTeamArgs = {
  teamId: Scalars['ID']['input'];
};


export type QueryAdminTeamsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAdminThemeArgs = {
  themeId: Scalars['ID']['input'];
};


export type QueryAdminThemesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChatArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactConfirmationLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryContactPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactPersonsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<ContactPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDraftThreadContactsArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  themeId: Scalars['ID']['input'];
};


export type QueryInboundMailsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status: InboundMailStatus;
};


export type QueryKnowledgeArticleArgs = {
  slug: Scalars['String']['input'];
};


export type QueryKnowledgeArticlesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  drafts?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLegalHoldArgs = {
  key: Scalars['String']['input'];
  record: LegalHoldRecord;
};


export type QueryLegalHoldsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessageCountsArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<MessageFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNewsItemArgs = {
  slug: Scalars['String']['input'];
};


export type QueryNewsItemsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  drafts?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationUsersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<UserStatus>;
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOutageArgs = {
  outageId: Scalars['ID']['input'];
};


export type QueryOutagesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPrivacyPeopleArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QuerySearchKnowledgeBaseArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySecurityIncidentCountsArgs = {
  from: Scalars['Day']['input'];
  to: Scalars['Day']['input'];
};


export type QueryServiceLevelReportArgs = {
  from: Scalars['Day']['input'];
  to: Scalars['Day']['input'];
};


export type QueryStaffInboxArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<StaffInboxFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffTicketsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<StaffTicketFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: TicketSort;
};


export type QueryStaffUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  role?: InputMaybe<StaffRole>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};


export type QueryTasksArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryThreadArgs = {
  referenceNumber: Scalars['String']['input'];
};


export type QueryTicketArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTicketCategoriesArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryTicketCategoryCountsArgs = {
  from: Scalars['Day']['input'];
  to: Scalars['Day']['input'];
};


export type QueryTicketDeflectionReportArgs = {
  from?: InputMaybe<Scalars['Day']['input']>;
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['Day']['input']>;
  top?: Scalars['Int']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  filter?: InputMaybe<TicketFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sort?: TicketSort;
  view?: TicketView;
};


export type QueryWebhookEndpointArgs = {
  endpointId: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A queue with what the customer is told and its automation. */
export type QueueSettings = {
  /** Beantwoord without a customer reaction this many days becomes Opgelost. */
  autoResolveAfterDays: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  expectedReactionEn?: Maybe<Scalars['String']['output']>;
  expectedReactionNl?: Maybe<Scalars['String']['output']>;
  explanationEn: Scalars['String']['output'];
  explanationNl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  /** The resolution clock pauses while a ticket is in this queue. */
  pausesClock: Scalars['Boolean']['output'];
};

export type QueueSettingsInput = {
  autoResolveAfterDays: Scalars['Int']['input'];
  expectedReactionEn?: InputMaybe<Scalars['String']['input']>;
  expectedReactionNl?: InputMaybe<Scalars['String']['input']>;
  explanationEn: Scalars['String']['input'];
  explanationNl: Scalars['String']['input'];
  queueId: Scalars['ID']['input'];
};

/** Who received a sent message. */
export type Recipient = {
  handlerId?: Maybe<Scalars['ID']['output']>;
  kind: RecipientKind;
  /** E.g. "Team Subsidies" or "An Peeters (Team Erkenning)". */
  name: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  teamId?: Maybe<Scalars['ID']['output']>;
};

export type RecipientKind =
  | 'HANDLER'
  | 'ORGANISATION'
  | 'TEAM';

/** What the new-ticket form suggested for a subject: with ticketId when a ticket followed, with solvedArticleId when the user said an article solved the question (a ticket avoided). */
export type RecordDeflectionInput = {
  query: Scalars['String']['input'];
  shownArticleIds: Array<Scalars['ID']['input']>;
  solvedArticleId?: InputMaybe<Scalars['ID']['input']>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterTicketInput = {
  categoryId: Scalars['ID']['input'];
  channel: StaffTicketChannel;
  clientKey: Scalars['String']['input'];
  description: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  previousTicketId?: InputMaybe<Scalars['ID']['input']>;
  requesterEmail?: InputMaybe<Scalars['String']['input']>;
  /** A user of the organisation; else requesterEmail. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  supportTypeId: Scalars['ID']['input'];
};

export type ReplayInboundMailInput = {
  id: Scalars['ID']['input'];
  /** Required when the sender's address is not known: the organisation the mail belongs to. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReplyInput = {
  acknowledgePrivacyWarning?: InputMaybe<Scalars['Boolean']['input']>;
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  clientKey: Scalars['String']['input'];
  contacts?: InputMaybe<ThreadContactChangesInput>;
  referenceNumber: Scalars['String']['input'];
};

export type RequestPersonalDataExportInput = {
  /** Whose data; none: the viewer's own. Someone else's: DEPARTMENT_ADMIN only. */
  person?: InputMaybe<PersonInput>;
};

export type RetentionOverview = {
  /** Closed tickets, after their closing. */
  queues: Array<RetentionRule>;
  /** Message threads, after their last message. */
  themes: Array<RetentionRule>;
};

/** A theme's or queue's retention period and what the next nightly run would delete. */
export type RetentionRule = {
  code: Scalars['String']['output'];
  /** Threads (theme) or closed tickets (queue) the next run would delete: past the period, not on hold. */
  due: Scalars['Int']['output'];
  /** Threads or tickets on legal hold (kept whatever the period). */
  held: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** In the viewer's language. */
  name: Scalars['String']['output'];
  /** Days; none: kept for ever. */
  retentionDays?: Maybe<Scalars['Int']['output']>;
};

/** One run of the retention job and what it deleted. */
export type RetentionRun = {
  exports: Scalars['Int']['output'];
  /** Stored files removed: attachments, raw mails, expired exports. */
  files: Scalars['Int']['output'];
  finishedAt: Scalars['DateTimeISO']['output'];
  inboundMails: Scalars['Int']['output'];
  startedAt: Scalars['DateTimeISO']['output'];
  threads: Scalars['Int']['output'];
  tickets: Scalars['Int']['output'];
  webhookDeliveries: Scalars['Int']['output'];
};

/** THEME: a theme's message threads, after their last message. QUEUE: a queue's closed tickets. */
export type RetentionTarget =
  | 'QUEUE'
  | 'THEME';

/** Tenant roles ADMIN (Beheerder), MEMBER (Medewerker), MEMBER_PLUS (Medewerker+); staff roles AGENT, DEPARTMENT_ADMIN. */
export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'DEPARTMENT_ADMIN'
  | 'MEMBER'
  | 'MEMBER_PLUS';

export type RotateWebhookSecretInput = {
  endpointId: Scalars['ID']['input'];
  /** How long the previous secret still signs too (hours, 0 to 168; default 24). */
  keepPreviousHours?: InputMaybe<Scalars['Int']['input']>;
};

/** A new article or news item (no itemId), or changes to one. */
export type SaveKnowledgeItemInput = {
  /** Markdown. */
  bodyEn: Scalars['String']['input'];
  /** Markdown. */
  bodyNl: Scalars['String']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind: KnowledgeItemKind;
  slug: Scalars['String']['input'];
  status: KnowledgeItemStatus;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  titleEn: Scalars['String']['input'];
  titleNl: Scalars['String']['input'];
};

/** Tickets labelled as a security incident (Helpdesk or Helpdesk Light) of one organisation, by year of creation ('002' yearly review). */
export type SecurityIncidentCount = {
  incidents: Scalars['Int']['output'];
  /** When the organisation's Beheerders were mailed that the year's threshold was reached. */
  noticeSentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type SendChatMessageInput = {
  body: Scalars['String']['input'];
  chatId: Scalars['ID']['input'];
  clientKey: Scalars['String']['input'];
};

export type SendMessageInput = {
  acknowledgePrivacyWarning?: InputMaybe<Scalars['Boolean']['input']>;
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  /** Generated by the client once per message: a retry yields the same message. */
  clientKey: Scalars['String']['input'];
  contacts?: InputMaybe<ThreadContactChangesInput>;
  /** A handler picked in 'Hulp nodig?'. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** A team picked in 'Hulp nodig?'. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  themeId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type SendMessagePayload = {
  errors: Array<UserError>;
  message?: Maybe<Message>;
  /** Not sent: acknowledge with acknowledgePrivacyWarning to send anyway. */
  privacyWarnings: Array<PrivacyWarning>;
  recipient?: Maybe<Recipient>;
};

/** Belgian national register number, Dutch BSN, or IBAN. */
export type SensitiveDataKind =
  | 'BE_NATIONAL_NUMBER'
  | 'IBAN'
  | 'NL_BSN';

/** Service levels of the tickets created in one month, in one queue, of one support type. */
export type ServiceLevelReportRow = {
  created: Scalars['Int']['output'];
  /** Median business minutes to the first public staff reply. */
  medianReactionMinutes?: Maybe<Scalars['Int']['output']>;
  /** Median business minutes to Opgelost. */
  medianResolutionMinutes?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM (Brussels time). */
  month: Scalars['String']['output'];
  /** The queue's name in the viewer's language. */
  queue: Scalars['String']['output'];
  queueCode: Scalars['String']['output'];
  reactionBreached: Scalars['Int']['output'];
  reactionMet: Scalars['Int']['output'];
  /** Met of met + breached, in %; null when none decided. */
  reactionMetPercent?: Maybe<Scalars['Float']['output']>;
  resolutionBreached: Scalars['Int']['output'];
  resolutionMet: Scalars['Int']['output'];
  resolutionMetPercent?: Maybe<Scalars['Float']['output']>;
  /** The support type's name in the viewer's language. */
  supportType: Scalars['String']['output'];
  supportTypeCode: Scalars['String']['output'];
};

/** One of your login sessions. */
export type Session = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** True for the session this request uses. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTimeISO']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type SetLegalHoldInput = {
  hold: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  target: LegalHoldTarget;
};

export type SetRetentionPeriodInput = {
  id: Scalars['ID']['input'];
  /** Days; none: kept for ever. */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
  target: RetentionTarget;
};

export type SetStaffQueuesInput = {
  /** Every queue the user works (may be empty); replaces the previous choice. */
  queueIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

/** Whether a team's member is offered to organisations in 'Hulp nodig?'. */
export type SetTeamMemberHelpInput = {
  offeredInHelp: Scalars['Boolean']['input'];
  teamId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type SetTicketStatusInput = {
  /** Required for POSTPONED: a day after today. */
  postponedUntil?: InputMaybe<Scalars['Day']['input']>;
  /** Required for RESOLVED: mailed to the requester. */
  solution?: InputMaybe<Scalars['String']['input']>;
  status: TicketStatus;
  ticketId: Scalars['ID']['input'];
};

/** An OpenID Connect issuer people log in with. */
export type SingleSignOnOption = {
  /** Shown on the button: 'Aanmelden met <name>'. */
  name: Scalars['String']['output'];
};

/** The way to the issuer. Keep state, nonce and codeVerifier for the browser that goes (a short-lived, httpOnly cookie) and send them back with the answer. */
export type SingleSignOnStartPayload = {
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  codeVerifier?: Maybe<Scalars['String']['output']>;
  errors: Array<UserError>;
  nonce?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
};

/** Service level of the targets still running: at risk when less than 20 % (configurable) is left. */
export type SlaState =
  | 'AT_RISK'
  | 'BREACHED'
  | 'ON_TRACK';

/** A piece of a search snippet; `match` marks the words that matched. */
export type SnippetPart = {
  match: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type StaffInboxFilterInput = {
  /** Every team (read access is department-wide). */
  allTeams?: InputMaybe<Scalars['Boolean']['input']>;
  assignedHandlerId?: InputMaybe<Scalars['ID']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  referenceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Default: your own teams. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the title or in any message of the thread. */
  text?: InputMaybe<Scalars['String']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation wrote last. */
  unanswered?: InputMaybe<Scalars['Boolean']['input']>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The one role of a staff user: AGENT (dossierbehandelaar) or DEPARTMENT_ADMIN (also an agent). */
export type StaffRole =
  | 'AGENT'
  | 'DEPARTMENT_ADMIN';

export type StaffSendMessageInput = {
  acknowledgePrivacyWarning?: InputMaybe<Scalars['Boolean']['input']>;
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  clientKey: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  themeId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type StaffTicketChannel =
  | 'EMAIL'
  | 'PHONE';

export type StaffTicketFilterInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  labelId?: InputMaybe<Scalars['ID']['input']>;
  /** Assigned to me. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** In the queues I work (Mijn wachtrijen). */
  myQueues?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** A ticket number, or keywords (Dutch full text). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only tickets in these service-level states. */
  slaStates?: InputMaybe<Array<SlaState>>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  supportTypeId?: InputMaybe<Scalars['ID']['input']>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A user of the department (no organisation), as its administration sees them. */
export type StaffUser = {
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  language: Language;
  lastName: Scalars['String']['output'];
  /** The helpdesk queues the user works. */
  queues: Array<TicketQueue>;
  role: StaffRole;
  status: UserStatus;
  /** The teams the user handles messages for (managed under teams). */
  teams: Array<Team>;
};

export type StaffUserConnection = {
  edges: Array<StaffUserEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type StaffUserEdge = {
  cursor: Scalars['Cursor']['output'];
  node: StaffUser;
};

export type StaffUserPayload = {
  errors: Array<UserError>;
  staffUser?: Maybe<StaffUser>;
};

export type StartChatInput = {
  /** Makes a retried start harmless. */
  clientKey: Scalars['String']['input'];
  question: Scalars['String']['input'];
};

export type Subscription = {
  /** One chat as it changes (taken, a message, ended); its customer and staff only. */
  chatUpdated: Chat;
  /** Messages as they are sent: an organisation's users get their organisation's (optionally of one theme or thread); staff get every team's or one team's. */
  messageAdded: Message;
  /** Your badge counts, whenever a message arrives for your organisation or you read messages. */
  messageCountsChanged: MessageCounts;
  /** Ids of your sessions as they are revoked (a client whose own session is revoked logs out). */
  mySessionRevoked: Scalars['ID']['output'];
  /** The open outages, whenever one is opened, updated or resolved (the live banner). */
  openOutagesChanged: Array<Outage>;
  /** Staff: the number of mails in quarantine, whenever a mail goes in or is handled. */
  quarantineCountChanged: Scalars['Int']['output'];
  /** Staff: the waiting chats and your own, whenever a chat starts, is taken or ends. */
  staffChatsChanged: Array<Chat>;
  /** Your organisation's task list, each time a change alters it. */
  tasksChanged: Array<Task>;
  /** Staff: the queue counts, whenever tickets enter, leave or change in a queue. */
  ticketQueueChanged: Array<TicketQueueCount>;
  /** One ticket as it changes (entry, status, assignment); re-read under your own rights. */
  ticketUpdated: Ticket;
};


export type SubscriptionChatUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionMessageAddedArgs = {
  referenceNumber?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTicketUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** A support type with its service-level targets (business minutes). */
export type SupportTypeSettings = {
  /** Counted 24/7 (Major incident) rather than in the office calendar. */
  alwaysOpen: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  /** Reaction target; null: 'op afspraak' (no automatic target). */
  reactionMinutes?: Maybe<Scalars['Int']['output']>;
  /** Resolution per ticket priority ('by priority', Problem), used when resolutionMinutes is null. */
  resolutionByPriority: Array<PriorityTarget>;
  /** Resolution target; null: 'op afspraak'. */
  resolutionMinutes?: Maybe<Scalars['Int']['output']>;
};

export type SupportTypeTargetsInput = {
  /** Business minutes; null: 'op afspraak'. */
  reactionMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Resolution per priority (replaces them; [] removes them); left out: kept. */
  resolutionByPriority?: InputMaybe<Array<PriorityTargetInput>>;
  resolutionMinutes?: InputMaybe<Scalars['Int']['input']>;
  supportTypeId: Scalars['ID']['input'];
};

/** Something the organisation should do, e.g. give a contact person for a theme. */
export type Task = {
  /** Waiting for a contact to confirm (rather than no contact at all). */
  awaitingConfirmation: Scalars['Boolean']['output'];
  /** CONTACT_PERSON_UNREACHABLE: the contact person. */
  contactPersonId?: Maybe<Scalars['ID']['output']>;
  /** Stable, e.g. contact-missing:<themeId>. */
  id: Scalars['ID']['output'];
  kind: TaskKind;
  /** What to do, in the viewer's language. */
  message: Scalars['String']['output'];
  theme: Theme;
};

export type TaskKind =
  /** A theme of the organisation has no confirmed contact person. */
  | 'CONTACT_PERSON_MISSING'
  /** A contact person's address is undeliverable (a mail to it was refused or bounced). */
  | 'CONTACT_PERSON_UNREACHABLE';

/** A department team; receives the messages on its themes. */
export type Team = {
  email?: Maybe<Scalars['String']['output']>;
  /** The dossier handlers (dossierbehandelaars) of the team. */
  handlers: Array<User>;
  /** The team's active handlers offered to organisations in 'Hulp nodig?' (they may be addressed directly). */
  helpHandlers: Array<User>;
  id: Scalars['ID']['output'];
  /** DEPARTMENT_ADMIN: the staff users (not deactivated) who could join the team. */
  memberCandidates: Array<User>;
  /** DEPARTMENT_ADMIN: the team's members (any status) with their 'Hulp nodig?' flag. */
  members: Array<TeamMember>;
  /** Name in the viewer's language. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
};

export type TeamConnection = {
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type TeamEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Team;
};

/** A team's member (handler), for the administration. */
export type TeamMember = {
  /** Offered to organisations in 'Hulp nodig?'. */
  offeredInHelp: Scalars['Boolean']['output'];
  user: User;
};

/** A staff user as a member (handler) of a team. */
export type TeamMemberInput = {
  /** Offered in 'Hulp nodig?' (default true) when added. */
  offeredInHelp?: InputMaybe<Scalars['Boolean']['input']>;
  teamId: Scalars['ID']['input'];
  /** A staff user of the department. */
  userId: Scalars['ID']['input'];
};

export type TeamPayload = {
  errors: Array<UserError>;
  team?: Maybe<Team>;
};

export type TechnicalQuestionInput = {
  question: Scalars['String']['input'];
};

/** The one role of a user of an organisation: ADMIN (Beheerder), MEMBER_PLUS, MEMBER. */
export type TenantRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'MEMBER_PLUS';

/** A theme (thema), owned by a department team. */
export type Theme = {
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Name in the viewer's language. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  /** DEPARTMENT_ADMIN: the theme's open threads (waiting for the department) that are with another team than the theme's: what moveOpenThreads would move. */
  openThreadsElsewhere: Scalars['Int']['output'];
  team: Team;
  teamId: Scalars['ID']['output'];
};

export type ThemeConnection = {
  edges: Array<ThemeEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type ThemeEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Theme;
};

export type ThemePayload = {
  errors: Array<UserError>;
  theme?: Maybe<Theme>;
};

export type ThemeReminderInput = {
  themeId: Scalars['ID']['input'];
  /** Business days; null: no reminders. */
  unreadReminderDays?: InputMaybe<Scalars['Int']['input']>;
};

/** A theme and its reminder of unread e-loket messages. */
export type ThemeReminderSettings = {
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  /** Business days before a reminder; null: no reminders. */
  unreadReminderDays?: Maybe<Scalars['Int']['output']>;
};

/** A thread (Berichthistoriek): every message with the same reference number. */
export type Thread = {
  assignedHandler?: Maybe<User>;
  /** Who of the organisation is told of replies. */
  contacts: Array<ThreadContact>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastMessageAt: Scalars['DateTimeISO']['output'];
  latestMessage?: Maybe<Message>;
  messageCount: Scalars['Int']['output'];
  /** Every message of both directions, oldest first. */
  messages: Array<Message>;
  organisation: Organisation;
  referenceNumber: Scalars['String']['output'];
  team: Team;
  theme: Theme;
  title: Scalars['String']['output'];
  /** The organisation wrote last: the department has to answer. */
  unanswered: Scalars['Boolean']['output'];
};

export type ThreadConnection = {
  edges: Array<ThreadEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

/** A contact notified of replies in a thread (Contactdetails). */
export type ThreadContact = {
  /** Receives notifications (standard contacts must have confirmed their address). */
  confirmed: Scalars['Boolean']['output'];
  contactPersonId?: Maybe<Scalars['ID']['output']>;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  /** The contact person id (standard contact) or the one-off contact id. */
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** A standard contact of the theme (else: for this thread only). */
  standard: Scalars['Boolean']['output'];
};

/** Changes to the Contactdetails, saved with the message. */
export type ThreadContactChangesInput = {
  add?: InputMaybe<Array<NewThreadContactInput>>;
  /** Removed from this thread only. */
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
  update?: InputMaybe<Array<ThreadContactUpdateInput>>;
};

export type ThreadContactUpdateInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ThreadEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Thread;
};

/** A ticket of the technical helpdesk. Subject and description are plain text. */
export type Ticket = {
  /** The statuses staff may set from here. */
  allowedStatuses: Array<TicketStatus>;
  assignee?: Maybe<User>;
  category: TicketOption;
  channel: TicketChannel;
  /** The resolution clock stands still (Uitgesteld, Wacht op reactie, Opgelost). */
  clockPaused: Scalars['Boolean']['output'];
  /** Staff: business minutes the resolution clock stood still in pauses that ended (a running pause counts once it ends). Null for organisations. */
  clockPausedMinutes?: Maybe<Scalars['Int']['output']>;
  /** The customer asked to close it. */
  closeRequestedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** Oldest first; internal notes only for staff. */
  entries: Array<TicketEntry>;
  /** What the customer may expect (003): the agent's expectedResolutionOn when set, else the day the resolution is due; null while the clock is paused or without target. */
  expectedResolutionDate?: Maybe<Scalars['Day']['output']>;
  expectedResolutionOn?: Maybe<Scalars['Day']['output']>;
  firstResponseAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Service level: answer due (filled by the SLA clock). */
  firstResponseDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Organisations see only labels shown to customers. */
  labels: Array<TicketOption>;
  /** The ticket this duplicate was merged into. */
  mergedInto?: Maybe<Ticket>;
  /** You receive its mails (false after "Geen meldingen meer"). */
  notifyMe: Scalars['Boolean']['output'];
  /** E.g. HD-2026-000123. */
  number: Scalars['String']['output'];
  organisation: Organisation;
  participants: Array<TicketParticipant>;
  /** Version the solution is planned in (queue Gepland). */
  plannedVersion?: Maybe<Scalars['String']['output']>;
  /** Uitgesteld: waiting for the customer until. */
  postponedUntil?: Maybe<Scalars['Day']['output']>;
  /** The closed ticket this one follows up on. */
  previousTicket?: Maybe<Ticket>;
  /** Set by staff; shown to the customer too. */
  priority: TicketPriority;
  /** With the explanation for the customer. */
  queue: TicketQueue;
  /** Null for a requester known only by address. */
  requester?: Maybe<User>;
  requesterEmail: Scalars['String']['output'];
  /** Service level: resolution due (paused time not counted). */
  resolutionDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Staff: the service level of the targets still running (a paused resolution keeps its state). Null for organisations and when no target runs. */
  slaState?: Maybe<SlaState>;
  solution?: Maybe<Scalars['String']['output']>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  supportType: TicketOption;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Tickets of one category created in a period (issue 16). */
export type TicketCategoryCount = {
  category: TicketOption;
  /** Created in the period (merged duplicates left out). */
  created: Scalars['Int']['output'];
  /** Of those, not yet resolved or closed. */
  open: Scalars['Int']['output'];
};

export type TicketCategoryInput = {
  /** false: no longer offered on new tickets (tickets that have it keep it). */
  active: Scalars['Boolean']['input'];
  categoryId: Scalars['ID']['input'];
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
  /** Lower first; left out: kept. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** How the ticket came in. */
export type TicketChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'PHONE'
  | 'PORTAL'
  | 'WIDGET';

export type TicketConnection = {
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type TicketEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Ticket;
};

/** One entry of the conversation and timeline. Bodies are plain text. */
export type TicketEntry = {
  /** Files (download: GET /attachments/:id). */
  attachments: Array<Attachment>;
  author?: Maybe<User>;
  /** The sender’s address of an entry that came by mail. */
  authorEmail?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  /** Written by department staff. */
  byStaff: Scalars['Boolean']['output'];
  /** The customer's request to close the ticket; the body gives the reason. */
  closeRequest: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set for EVENT entries. */
  event?: Maybe<TicketEventData>;
  id: Scalars['ID']['output'];
  kind: TicketEntryKind;
};

/** A public reply, an internal note (staff only) or a timeline event. */
export type TicketEntryKind =
  | 'EVENT'
  | 'NOTE'
  | 'REPLY';

/** What a timeline event records; which fields are set depends on `type`. */
export type TicketEventData = {
  fields?: Maybe<Array<Scalars['String']['output']>>;
  /** ATTACHMENT_REMOVED: the file that was removed. */
  fileName?: Maybe<Scalars['String']['output']>;
  from?: Maybe<Scalars['String']['output']>;
  /** The other ticket of a merge. */
  number?: Maybe<Scalars['String']['output']>;
  /** ATTACHMENT_REMOVED: why (shown to the customer). */
  reason?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
  /** CREATED, STATUS, QUEUE, ASSIGNED, MERGED_INTO, MERGED_FROM, DETAILS, CATEGORY (from and to: category ids) or ATTACHMENT_REMOVED. */
  type: Scalars['String']['output'];
};

/** Filters of the ticket lists; all optional, combined with AND. */
export type TicketFilterInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** A ticket number, or keywords (Dutch full text). */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  supportTypeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A category, support type or label. */
export type TicketOption = {
  /** Offered on new tickets; an inactive category still shows on the tickets that have it. */
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Name in the viewer's language. */
  name: Scalars['String']['output'];
};

export type TicketParticipant = {
  /** Receives the ticket's mails ('Geen meldingen meer' switches this off). */
  notify: Scalars['Boolean']['output'];
  user: User;
};

export type TicketPayload = {
  errors: Array<UserError>;
  ticket?: Maybe<Ticket>;
};

/** Laag, Normaal (default), Hoog, Kritiek. */
export type TicketPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

/** A queue (afdeling, reference 002 §4). */
export type TicketQueue = {
  code: Scalars['String']['output'];
  /** The reaction the customer may expect. */
  expectedReaction?: Maybe<Scalars['String']['output']>;
  /** What the queue means for the customer (shown on the ticket). */
  explanation: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** New tickets start here (Helpdesk). */
  isDefault: Scalars['Boolean']['output'];
  /** Name in the viewer's language. */
  name: Scalars['String']['output'];
  /** Functioneel overleg: the next meeting. */
  nextMeetingOn?: Maybe<Scalars['Day']['output']>;
};

export type TicketQueueCount = {
  /** Tickets in the queue not yet resolved or closed. */
  openCount: Scalars['Int']['output'];
  queue: TicketQueue;
  /** Whether you work this queue (set by a DEPARTMENT_ADMIN under staff users). */
  worksHere: Scalars['Boolean']['output'];
};

export type TicketReplyInput = {
  /** Your uploads (POST /attachments). */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  clientKey: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};

export type TicketSettings = {
  calendar: CalendarSettings;
  /** All categories, active and inactive, in their order. */
  categories: Array<CategorySettings>;
  queues: Array<QueueSettings>;
  supportTypes: Array<SupportTypeSettings>;
  themes: Array<ThemeReminderSettings>;
};

/** The settings after the change; null (and errors) when nothing was saved. */
export type TicketSettingsPayload = {
  errors: Array<UserError>;
  settings?: Maybe<TicketSettings>;
};

/** UPDATED and NUMBER newest first. SLA (staff): breached, at risk, on track, then without target; customers get UPDATED. */
export type TicketSort =
  | 'NUMBER'
  | 'SLA'
  | 'STATUS'
  | 'UPDATED';

/** Nieuw, Beantwoord, Open, Uitgesteld, Opgelost, Gesloten (reference 002 §4). */
export type TicketStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'NEW'
  | 'OPEN'
  | 'POSTPONED'
  | 'RESOLVED';

/** Mijn tickets, Openstaande tickets (not yet resolved), Alle tickets — within what your role sees. */
export type TicketView =
  | 'ALL'
  | 'MINE'
  | 'OPEN';

export type TokenPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type UndeliverableSource =
  /** A bounce message came back by mail after the mail was accepted. */
  | 'BOUNCE'
  /** The SMTP server refused the mail permanently (5xx), or every retry failed. */
  | 'SMTP_REJECTION';

/** Every field is replaced; a null phone clears it, a null language keeps it. */
export type UpdateContactPersonInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  themeIds: Array<Scalars['ID']['input']>;
};

/** Fields left out stay as they are; null clears an optional one. An ADMIN changes phone, email and websiteUrl; staff every field. */
export type UpdateOrganisationInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** Staff: 10 digits with valid check digits (mod 97). */
  enterpriseNumber?: InputMaybe<Scalars['String']['input']>;
  externalNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Belgian, Dutch or international (E.164). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Staff. */
  recognitionNumber?: InputMaybe<Scalars['String']['input']>;
  /** Staff: the themes the organisation works with. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A full address starting with https:// or http://. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A new step in the timeline; RESOLVED closes the outage (its end is now). */
export type UpdateOutageInput = {
  messageEn: Scalars['String']['input'];
  messageNl: Scalars['String']['input'];
  outageId: Scalars['ID']['input'];
  status: OutageStatus;
};

export type UpdateProfileInput = {
  /** Your current password confirms the change. */
  currentPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A team's names and address. */
export type UpdateTeamInput = {
  /** The team's own address; empty: mail goes to its handlers. */
  email?: InputMaybe<Scalars['String']['input']>;
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

/** A theme's names (unique in each language). Moving it to a team: moveTheme. */
export type UpdateThemeInput = {
  nameEn: Scalars['String']['input'];
  nameNl: Scalars['String']['input'];
  themeId: Scalars['ID']['input'];
};

export type UpdateTicketDetailsInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Null clears it; leave out to keep it. */
  expectedResolutionOn?: InputMaybe<Scalars['Day']['input']>;
  /** Empty clears it. */
  plannedVersion?: InputMaybe<Scalars['String']['input']>;
  /** A new priority recomputes the resolution target where it depends on it (Problem). */
  priority?: InputMaybe<TicketPriority>;
  supportTypeId?: InputMaybe<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
};

/** Fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** true: switch it on again (its failure count starts over); false: switch it off. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  endpointId: Scalars['ID']['input'];
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A login: a user of an organisation, or department staff (no organisation). */
export type User = {
  email: Scalars['String']['output'];
  /** Erased (decision 0029): the names are a stored placeholder; show the reader's 'deleted user' instead. */
  erased: Scalars['Boolean']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Department staff (no organisation). */
  isStaff: Scalars['Boolean']['output'];
  language: Language;
  lastName: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  organisationId?: Maybe<Scalars['ID']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  status: UserStatus;
  /** The department teams a staff member handles for (empty for others). */
  teams: Array<Team>;
  /** The one role of a user of an organisation (null for department staff). */
  tenantRole?: Maybe<TenantRole>;
};

export type UserConnection = {
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type UserEdge = {
  cursor: Scalars['Cursor']['output'];
  node: User;
};

/** A validation failure: nothing was saved. `field` is the dotted input path. */
export type UserError = {
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** In the viewer's language. */
  message: Scalars['String']['output'];
};

export type UserPayload = {
  errors: Array<UserError>;
  user?: Maybe<User>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

/** One attempt of a delivery: what the receiver answered, or the error. */
export type WebhookAttempt = {
  attemptedAt: Scalars['DateTimeISO']['output'];
  error?: Maybe<Scalars['String']['output']>;
  latencyMs: Scalars['Int']['output'];
  /** The first KiB of the answer. */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** Null: no HTTP answer (see error). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event for one endpoint, with the log of its attempts. */
export type WebhookDelivery = {
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The payload type, e.g. message.created. */
  eventType: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Also the webhook-id header: the same on every attempt. */
  id: Scalars['ID']['output'];
  /** Oldest first. */
  log: Array<WebhookAttempt>;
  /** The JSON body sent (and signed). */
  payload: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type WebhookDeliveryEdge = {
  cursor: Scalars['Cursor']['output'];
  node: WebhookDelivery;
};

/** PENDING: waiting for its (next) attempt. FAILED: every attempt failed, or the endpoint was off. */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** A receiver of events: a URL and the event types it wants. */
export type WebhookEndpoint = {
  /** Failed attempts in a row; it is disabled at WEBHOOK_DISABLE_AFTER_FAILURES. */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The delivery log, newest first: each event sent, its status and every attempt. */
  deliveries: WebhookDeliveryConnection;
  description: Scalars['String']['output'];
  disabledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was disabled. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  eventTypes: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  status: WebhookEndpointStatus;
  url: Scalars['String']['output'];
};


/** A receiver of events: a URL and the event types it wants. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookEndpointConnection = {
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** True when there are more rows than totalCount: lists that can grow without bound stop counting at 1,000. */
  totalCountCapped?: Maybe<Scalars['Boolean']['output']>;
};

export type WebhookEndpointEdge = {
  cursor: Scalars['Cursor']['output'];
  node: WebhookEndpoint;
};

export type WebhookEndpointPayload = {
  endpoint?: Maybe<WebhookEndpoint>;
  errors: Array<UserError>;
  /** The new signing secret (whsec_…): shown once, on creation and rotation only. */
  secret?: Maybe<Scalars['String']['output']>;
};

/** DISABLED: switched off by hand, or after failing too often in a row. */
export type WebhookEndpointStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** What a webhook is told about; the payload's `type` is the lower-case dotted name (MESSAGE_CREATED: "message.created"). */
export type WebhookEventType =
  | 'CONTACT_CONFIRMED'
  | 'MESSAGE_CREATED'
  | 'THREAD_ASSIGNED'
  | 'TICKET_CREATED'
  | 'TICKET_UPDATED';

export type RetentionE2eTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type RetentionE2eTicketMutation = { createTicket: { errors: Array<{ code: string }>, ticket?: { id: string, number: string } | null } };

export type E2eThemeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type E2eThemeIdsQuery = { themes: Array<{ id: string, code: string }> };

export type AccountsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMeQuery = { me?: { email: string, firstName: string, roles: Array<Role>, organisation?: { name: string } | null } | null };

export type AccountsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsLogoutMutation = { logout: boolean };

export type AccountsLogout2MutationVariables = Exact<{ [key: string]: never; }>;


export type AccountsLogout2Mutation = { logout: boolean };

export type AccountsMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMySessionsQuery = { mySessions: Array<{ id: string, current: boolean }> };

export type AccountsRevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountsRevokeSessionMutation = { revokeSession: boolean };

export type AccountsRevokeSession2MutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountsRevokeSession2Mutation = { revokeSession: boolean };

export type AccountsRequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type AccountsRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type AccountsResetPasswordMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type AccountsResetPasswordMutation = { resetPassword: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type AccountsInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type AccountsInviteUserMutation = { inviteUser: { user?: { id: string, email: string, status: UserStatus, roles: Array<Role> } | null, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type AccountsAcceptInvitationMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type AccountsAcceptInvitationMutation = { acceptInvitation: { token?: string | null, user?: { email: string, status: UserStatus, organisation?: { name: string } | null } | null, errors: Array<{ field?: string | null, code: string }> } };

export type AccountsResendInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountsResendInvitationMutation = { resendInvitation: { status: UserStatus } };

export type AccountsUpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type AccountsUpdateProfileMutation = { updateProfile: { user?: { firstName: string, email: string, phone?: string | null } | null, errors: Array<{ field?: string | null, code: string }> } };

export type AccountsConfirmEmailChangeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AccountsConfirmEmailChangeMutation = { confirmEmailChange: { ok: boolean, errors: Array<{ code: string }> } };

export type AccountsMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMe2Query = { me?: { id: string } | null };

export type AccountsChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type AccountsChangeUserRoleMutation = { changeUserRole: { user?: { roles: Array<Role> } | null, errors: Array<{ field?: string | null, code: string }> } };

export type AccountsMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMe3Query = { me?: { email: string } | null };

export type AdministrationCreateMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type AdministrationCreateMutation = { createOrganisation: { errors: Array<{ field?: string | null, code: string, message: string }>, organisation?: { id: string, name: string, enterpriseNumber?: string | null, recognitionNumber?: string | null, email?: string | null, deactivatedAt?: string | null, themes: Array<{ id: string }> } | null } };

export type AdministrationInviteAdminMutationVariables = Exact<{
  input: InviteOrganisationAdminInput;
}>;


export type AdministrationInviteAdminMutation = { inviteOrganisationAdmin: { errors: Array<{ field?: string | null, code: string }>, user?: { id: string, email: string, roles: Array<Role>, status: UserStatus } | null } };

export type AdministrationAcceptMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type AdministrationAcceptMutation = { acceptInvitation: { token?: string | null, errors: Array<{ field?: string | null, code: string }> } };

export type AdministrationDeactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdministrationDeactivateMutation = { deactivateOrganisation: { id: string, deactivatedAt?: string | null } };

export type AdministrationReactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdministrationReactivateMutation = { reactivateOrganisation: { id: string, deactivatedAt?: string | null } };

export type AdministrationUpdateMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type AdministrationUpdateMutation = { updateOrganisation: { errors: Array<{ field?: string | null, code: string }>, organisation?: { enterpriseNumber?: string | null, recognitionNumber?: string | null, themes: Array<{ id: string }> } | null } };

export type AdministrationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministrationMeQuery = { me?: { email: string, roles: Array<Role> } | null };

export type AdministrationHistoryQueryVariables = Exact<{
  kind?: InputMaybe<AdminHistoryKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type AdministrationHistoryQuery = { adminHistory: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { action: string, entityType: string, entityId?: string | null, actor?: { email: string } | null, organisation?: { name: string } | null, changes: Array<{ field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type AdministrationLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AdministrationLoginMutation = { login: { token?: string | null, errors: Array<{ code: string }> } };

export type AdministrationMoveThemeMutationVariables = Exact<{
  themeId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
}>;


export type AdministrationMoveThemeMutation = { moveTheme: { errors: Array<{ field?: string | null, code: string }>, theme?: { id: string, team: { id: string } } | null } };

export type AdministrationMoveThreadsMutationVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type AdministrationMoveThreadsMutation = { moveOpenThreads: { moved: number } };

export type FanoutSetLanguageMutationVariables = Exact<{ [key: string]: never; }>;


export type FanoutSetLanguageMutation = { setLanguage: { errors: Array<{ code: string }> } };

export type FanoutReadAndLanguageSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FanoutReadAndLanguageSubscription = { messageAdded: { title: string, read: boolean, theme: { name: string } } };

export type FanoutPersonalFieldSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FanoutPersonalFieldSubscription = { messageAdded: { title: string, read: boolean } };

export type FanoutGroupSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FanoutGroupSubscription = { messageAdded: { title: string, theme: { name: string }, author?: { lastName: string } | null } };

export type FanoutResendInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FanoutResendInvitationMutation = { resendInvitation: { id: string } };

export type FanoutChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type FanoutChangeUserRoleMutation = { changeUserRole: { errors: Array<{ code: string }> } };

export type FanoutMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FanoutMeQuery = { me?: { email: string } | null };

export type FanoutLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type FanoutLogoutMutation = { logout: boolean };

export type FanoutThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type FanoutThemesQuery = { themes: Array<{ code: string, name: string, team: { nameNl: string } }> };

export type FanoutHandlersQueryVariables = Exact<{ [key: string]: never; }>;


export type FanoutHandlersQuery = { teams: Array<{ handlers: Array<{ email: string, firstName: string }> }> };

export type AbandonSetAvailableMutationVariables = Exact<{
  available: Scalars['Boolean']['input'];
}>;


export type AbandonSetAvailableMutation = { setChatAgentAvailable: boolean };

export type AbandonStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type AbandonStartMutation = { startChat: { errors: Array<{ field?: string | null, code: string }>, chat?: { id: string, status: ChatStatus } | null } };

export type AbandonTakeMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
}>;


export type AbandonTakeMutation = { takeChat: { errors: Array<{ code: string }>, chat?: { id: string, status: ChatStatus } | null } };

export type AbandonSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type AbandonSendMutation = { sendChatMessage: { errors: Array<{ field?: string | null, code: string }>, chat?: { id: string } | null } };

export type AbandonEndMutationVariables = Exact<{
  input: EndChatInput;
}>;


export type AbandonEndMutation = { endChat: { errors: Array<{ code: string }>, chat?: { id: string, status: ChatStatus, ticketNumber?: string | null, endReason?: ChatEndReason | null } | null } };

export type AbandonUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AbandonUpdatedSubscription = { chatUpdated: { id: string, status: ChatStatus, endReason?: ChatEndReason | null, ticketNumber?: string | null } };

export type AbandonTicketQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type AbandonTicketQuery = { ticket: { channel: TicketChannel, status: TicketStatus, subject: string, entries: Array<{ kind: TicketEntryKind, body: string, byStaff: boolean }> } };

export type ChatAvailabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatAvailabilityQuery = { chatAvailability: { open: boolean, agentsAvailable: boolean, offered: boolean, opensAt?: string | null } };

export type ChatSetAvailableMutationVariables = Exact<{
  available: Scalars['Boolean']['input'];
}>;


export type ChatSetAvailableMutation = { setChatAgentAvailable: boolean };

export type ChatStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatStartMutation = { startChat: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string, status: ChatStatus, subject: string } | null } };

export type ChatTakeMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
}>;


export type ChatTakeMutation = { takeChat: { errors: Array<{ code: string }>, chat?: { id: string, status: ChatStatus, agentName?: string | null } | null } };

export type ChatSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatSendMutation = { sendChatMessage: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string } | null } };

export type ChatEndMutationVariables = Exact<{
  input: EndChatInput;
}>;


export type ChatEndMutation = { endChat: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string, status: ChatStatus, ticketNumber?: string | null } | null } };

export type ChatRunningQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatRunningQuery = { runningChat?: { id: string, status: ChatStatus, messages: Array<{ body: string, byStaff: boolean, mine: boolean }> } | null };

export type ChatOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChatOneQuery = { chat: { id: string, status: ChatStatus } };

export type ChatUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChatUpdatedSubscription = { chatUpdated: { id: string, status: ChatStatus, messages: Array<{ body: string, byStaff: boolean, mine: boolean }> } };

export type ChatQueueSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ChatQueueSubscription = { staffChatsChanged: Array<{ id: string, status: ChatStatus, subject: string, customer?: { email: string } | null, organisation?: { name: string } | null }> };

export type ChatTicketQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type ChatTicketQuery = { ticket: { channel: TicketChannel, status: TicketStatus, subject: string, entries: Array<{ kind: TicketEntryKind, body: string, byStaff: boolean }> } };

export type ChatStaffListQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatStaffListQuery = { staffChats: Array<{ id: string }> };

export type ContactsContactFieldsFragment = { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, themes: Array<{ id: string, name: string }> };

export type ContactsContactPersonsQueryVariables = Exact<{
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<ContactPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ContactsContactPersonsQuery = { contactPersons: { totalCount?: number | null, edges: Array<{ cursor: string, node: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, themes: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type ContactsAddContactPersonMutationVariables = Exact<{
  input: AddContactPersonInput;
}>;


export type ContactsAddContactPersonMutation = { addContactPerson: { errors: Array<{ field?: string | null, code: string, message: string }>, contactPerson?: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, themes: Array<{ id: string, name: string }> } | null } };

export type ContactsUpdateContactPersonMutationVariables = Exact<{
  input: UpdateContactPersonInput;
}>;


export type ContactsUpdateContactPersonMutation = { updateContactPerson: { errors: Array<{ field?: string | null, code: string, message: string }>, contactPerson?: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, themes: Array<{ id: string, name: string }> } | null } };

export type ContactsRemoveContactPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactsRemoveContactPersonMutation = { removeContactPerson: string };

export type ContactsResendContactConfirmationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactsResendContactConfirmationMutation = { resendContactConfirmation: { errors: Array<{ field?: string | null, code: string, message: string }>, contactPerson?: { id: string, status: ContactPersonStatus } | null } };

export type ContactsInviteContactPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type ContactsInviteContactPersonMutation = { inviteContactPerson: { errors: Array<{ field?: string | null, code: string }>, user?: { email: string, status: UserStatus, roles: Array<Role> } | null } };

export type ContactsConfirmContactPersonMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ContactsConfirmContactPersonMutation = { confirmContactPerson: { status: ContactConfirmationStatus, message: string, organisationName?: string | null, themeNames: Array<string> } };

export type ContactsTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsTasksQuery = { tasks: Array<{ id: string, kind: TaskKind, awaitingConfirmation: boolean, message: string, theme: { id: string, code: string } }> };

export type ContactsTasksChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ContactsTasksChangedSubscription = { tasksChanged: Array<{ id: string, awaitingConfirmation: boolean, message: string, theme: { code: string } }> };

export type ContactsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsMeQuery = { me?: { email: string } | null };

export type ContactsTasks2QueryVariables = Exact<{
  o?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ContactsTasks2Query = { tasks: Array<{ id: string }> };

export type ContactsTasks3QueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsTasks3Query = { tasks: Array<{ id: string }> };

export type ContactsContactPersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactsContactPersonQuery = { contactPerson: { email: string } };

export type ContactsTasks4QueryVariables = Exact<{
  o?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ContactsTasks4Query = { tasks: Array<{ id: string }> };

export type ContactsAddedMutationVariables = Exact<{
  input: AddContactPersonInput;
  missing: Scalars['ID']['input'];
}>;


export type ContactsAddedMutation = { removed: string, added: { contactPerson?: { id: string } | null, errors: Array<{ code: string }> } };

export type GdprRequestExportMutationVariables = Exact<{
  input: RequestPersonalDataExportInput;
}>;


export type GdprRequestExportMutation = { requestPersonalDataExport: { id: string, status: PersonalDataExportStatus, subjectKind: PersonKind, subjectId: string, downloadPath: string } };

export type GdprMyExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type GdprMyExportsQuery = { myPersonalDataExports: Array<{ id: string, status: PersonalDataExportStatus, downloadedAt?: string | null }> };

export type GdprEraseMutationVariables = Exact<{
  input: PersonInput;
}>;


export type GdprEraseMutation = { erasePerson: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type GdprHoldMutationVariables = Exact<{
  input: SetLegalHoldInput;
}>;


export type GdprHoldMutation = { setLegalHold: boolean };

export type GdprRetentionMutationVariables = Exact<{
  input: SetRetentionPeriodInput;
}>;


export type GdprRetentionMutation = { setRetentionPeriod: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type GdprCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type GdprCreateTicketMutation = { createTicket: { errors: Array<{ code: string }>, ticket?: { id: string, number: string } | null } };

export type GdprMeQueryVariables = Exact<{ [key: string]: never; }>;


export type GdprMeQuery = { me?: { id: string, firstName: string } | null };

export type GdprPeopleQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type GdprPeopleQuery = { privacyPeople: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ node: { kind: PersonKind, id: string, lastName: string, erased: boolean } }> } };

export type GdprTicketRequesterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GdprTicketRequesterQuery = { ticket: { requester?: { id: string, firstName: string, lastName: string, erased: boolean } | null } };

export type GdprSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type GdprSendMutation = { sendMessage: { errors: Array<{ code: string }>, message?: { id: string } | null } };

export type HelpdeskAskMutationVariables = Exact<{
  input: TechnicalQuestionInput;
}>;


export type HelpdeskAskMutation = { askTechnicalHelpdesk: { ok: boolean, errors: Array<{ field?: string | null, code: string }> } };

export type KbSaveMutationVariables = Exact<{
  input: SaveKnowledgeItemInput;
}>;


export type KbSaveMutation = { saveKnowledgeItem: { errors: Array<{ field?: string | null, code: string, message: string }>, item?: { id: string, slug: string, status: KnowledgeItemStatus, title: string, bodyHtml: string, publishedAt?: string | null } | null } };

export type KbArticleQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type KbArticleQuery = { knowledgeArticle: { id: string, title: string, bodyHtml: string, status: KnowledgeItemStatus, tags: Array<string>, category: string } };

export type KbArticlesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  drafts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type KbArticlesQuery = { knowledgeArticles: { edges: Array<{ node: { slug: string, status: KnowledgeItemStatus } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type KbSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbSearchQuery = { searchKnowledgeBase: { edges: Array<{ node: { rank: number, item: { id: string, slug: string, title: string }, snippet: Array<{ text: string, match: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor?: string | null } } };

export type KbOpenOutageMutationVariables = Exact<{
  input: OpenOutageInput;
}>;


export type KbOpenOutageMutation = { openOutage: { errors: Array<{ field?: string | null, code: string }>, outage?: { id: string, status: OutageStatus, title: string, updates: Array<{ status: OutageStatus, message: string }> } | null } };

export type KbUpdateOutageMutationVariables = Exact<{
  input: UpdateOutageInput;
}>;


export type KbUpdateOutageMutation = { updateOutage: { errors: Array<{ field?: string | null, code: string }>, outage?: { id: string, status: OutageStatus, endedAt?: string | null, updates: Array<{ status: OutageStatus }> } | null } };

export type KbOpenOutagesQueryVariables = Exact<{ [key: string]: never; }>;


export type KbOpenOutagesQuery = { openOutages: Array<{ id: string, title: string, service: string, status: OutageStatus }> };

export type KbOutagesLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type KbOutagesLiveSubscription = { openOutagesChanged: Array<{ id: string, title: string, status: OutageStatus }> };

export type KbNewsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbNewsPageQuery = { newsItems: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type KbOutagesPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbOutagesPageQuery = { outages: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type KbDeflectMutationVariables = Exact<{
  input: RecordDeflectionInput;
}>;


export type KbDeflectMutation = { recordTicketDeflection: { recorded: boolean, errors: Array<{ field?: string | null, code: string }> } };

export type KbReportQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type KbReportQuery = { ticketDeflectionReport: { suggestionsShown: number, ticketsAvoided: number, ticketsAfterSuggestions: number } };

export type FlowThreadQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type FlowThreadQuery = { thread: { referenceNumber: string, title: string, unanswered: boolean, messageCount: number, theme: { code: string }, team: { nameNl: string }, assignedHandler?: { email: string } | null, messages: Array<{ direction: Direction, body: string, senderLabel: string, attachments: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number }> }>, contacts: Array<{ id: string, firstName: string, lastName: string, email: string, standard: boolean, confirmed: boolean }> } };

export type FlowMessageAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FlowMessageAddedSubscription = { messageAdded: { title: string, direction: Direction, referenceNumber: string } };

export type FlowMessageCountsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FlowMessageCountsChangedSubscription = { messageCountsChanged: { unreadInbound: number } };

export type FlowInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowInboxQuery = { messages: { totalCount?: number | null, edges: Array<{ node: { referenceNumber: string, title: string, read: boolean, theme: { name: string }, author?: { lastName: string } | null } }> } };

export type FlowReadStateQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type FlowReadStateQuery = { thread: { messages: Array<{ read: boolean }> } };

export type FlowMarkThreadReadMutationVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type FlowMarkThreadReadMutation = { markThreadRead: { id: string } };

export type FlowMessageCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowMessageCountsQuery = { messageCounts: { inbound: number, outbound: number, unreadInbound: number } };

export type FlowUnansweredQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type FlowUnansweredQuery = { staffInbox: { edges: Array<{ node: { referenceNumber: string, unanswered: boolean, organisation: { name: string }, latestMessage?: { direction: Direction } | null } }> } };

export type FlowMessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FlowMessageQuery = { message: { id: string } };

export type FlowMessageTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowMessageTotalQuery = { messages: { totalCount?: number | null } };

export type FlowSendNewMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type FlowSendNewMutation = { sendMessage: { message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null, errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ kind: SensitiveDataKind, field: string, masked: string, message: string }> } };

export type FlowContactPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowContactPersonsQuery = { contactPersons: { edges: Array<{ node: { email: string, status: ContactPersonStatus, themes: Array<{ code: string }> } }> } };

export type FlowTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowTeamsQuery = { teams: Array<{ id: string, nameNl: string, handlers: Array<{ id: string, lastName: string }> }> };

export type FlowDraftThreadContactsQueryVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type FlowDraftThreadContactsQuery = { draftThreadContacts: Array<{ email: string, standard: boolean }> };

export type FlowAssignThreadMutationVariables = Exact<{
  ref: Scalars['String']['input'];
  h?: InputMaybe<Scalars['ID']['input']>;
}>;


export type FlowAssignThreadMutation = { assignThread: { thread?: { assignedHandler?: { lastName: string } | null } | null, errors: Array<{ field?: string | null, code: string }> } };

export type FlowTeamHandlersQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowTeamHandlersQuery = { teams: Array<{ nameNl: string, handlers: Array<{ id: string, lastName: string }> }> };

export type FlowStaffInboxQueryVariables = Exact<{
  filter?: InputMaybe<StaffInboxFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type FlowStaffInboxQuery = { staffInbox: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ node: { title: string, team: { nameNl: string } } }> } };

export type FlowMyTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowMyTeamsQuery = { me?: { teams: Array<{ nameNl: string }> } | null };

export type FlowMessagesOfNoThemeQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowMessagesOfNoThemeQuery = { messages: { totalCount?: number | null } };

export type FlowStaffInboxOfNoTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowStaffInboxOfNoTeamQuery = { staffInbox: { totalCount?: number | null } };

export type FlowMessagesOfNoOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type FlowMessagesOfNoOrganisationQuery = { messages: { totalCount?: number | null } };

export type FlowMessagePageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type FlowMessagePageQuery = { messages: { pageInfo: { startCursor?: string | null, endCursor?: string | null, hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ node: { title: string } }> } };

export type ListsMessagesQueryVariables = Exact<{
  filter?: InputMaybe<MessageFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ListsMessagesQuery = { messages: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ node: { id: string, title: string, referenceNumber: string, direction: Direction, read: boolean, attachmentCount: number, senderLabel: string, theme: { code: string } } }> } };

export type ListsMarkThreadReadMutationVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type ListsMarkThreadReadMutation = { markThreadRead: { id: string } };

export type ListsFullPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ListsFullPageQuery = { messages: { edges: Array<{ node: { title: string, read: boolean, theme: { name: string }, author?: { firstName: string } | null, organisation: { name: string }, attachments: Array<{ fileName: string }>, thread: { referenceNumber: string } } }> } };

export type ListsThreadTitlesQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type ListsThreadTitlesQuery = { thread: { messages: Array<{ title: string }> } };

export type ListsThreadAuthorsQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type ListsThreadAuthorsQuery = { thread: { messages: Array<{ title: string, read: boolean, author?: { email: string } | null }> } };

export type ListsMessageAddedOnThemeSubscriptionVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type ListsMessageAddedOnThemeSubscription = { messageAdded: { title: string, organisation: { name: string } } };

export type ListsTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListsTeamsQuery = { teams: Array<{ id: string, nameNl: string }> };

export type ListsMessageAddedForTeamSubscriptionVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type ListsMessageAddedForTeamSubscription = { messageAdded: { title: string, direction: Direction } };

export type OrgUsersListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  status?: InputMaybe<UserStatus>;
}>;


export type OrgUsersListQuery = { organisationUsers: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, email: string, lastName: string, status: UserStatus, tenantRole?: TenantRole | null } }> } };

export type OrgUsersChangeRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type OrgUsersChangeRoleMutation = { changeUserRole: { user?: { id: string, roles: Array<Role>, tenantRole?: TenantRole | null } | null, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type OrgUsersDeactivateMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type OrgUsersDeactivateMutation = { deactivateUser: { user?: { id: string, status: UserStatus } | null, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type OrgUsersReactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgUsersReactivateMutation = { reactivateUser: { user?: { id: string, status: UserStatus } | null, errors: Array<{ field?: string | null, code: string }> } };

export type OrgUsersInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type OrgUsersInviteMutation = { inviteUser: { user?: { id: string, status: UserStatus, tenantRole?: TenantRole | null } | null, errors: Array<{ field?: string | null, code: string }> } };

export type OrgUsersResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgUsersResendMutation = { resendInvitation: { status: UserStatus } };

export type OrgUsersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgUsersMeQuery = { me?: { email: string, roles: Array<Role> } | null };

export type OrgUsersAcceptMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type OrgUsersAcceptMutation = { acceptInvitation: { errors: Array<{ code: string }> } };

export type OrganisationUpdateMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type OrganisationUpdateMutation = { updateOrganisation: { errors: Array<{ field?: string | null, code: string, message: string }>, organisation?: { id: string, name: string, externalNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null } | null } };

export type OrganisationHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type OrganisationHistoryQuery = { organisationHistory: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, action: string, entityType: string, entityId?: string | null, createdAt: string, actor?: { email: string, firstName: string, lastName: string } | null, changes: Array<{ field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type OrganisationMineQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationMineQuery = { myOrganisation?: { id: string, phone?: string | null } | null };

export type OrganisationNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationNameQuery = { organisation: { name: string } };

export type OrganisationAddContactMutationVariables = Exact<{
  input: AddContactPersonInput;
}>;


export type OrganisationAddContactMutation = { addContactPerson: { errors: Array<{ code: string }> } };

export type OrganisationConfirmContactMutationVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type OrganisationConfirmContactMutation = { confirmContactPerson: { status: ContactConfirmationStatus } };

export type QuarantineAlertCountQueryVariables = Exact<{ [key: string]: never; }>;


export type QuarantineAlertCountQuery = { quarantineCount: number };

export type QuarantineAlertLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type QuarantineAlertLiveSubscription = { quarantineCountChanged: number };

export type QuarantineAlertHeldQueryVariables = Exact<{ [key: string]: never; }>;


export type QuarantineAlertHeldQuery = { inboundMails: { edges: Array<{ node: { id: string } }> } };

export type QuarantineAlertDiscardMutationVariables = Exact<{
  input: DiscardInboundMailInput;
}>;


export type QuarantineAlertDiscardMutation = { discardInboundMail: { errors: Array<{ code: string }> } };

export type RetentionPageOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionPageOverviewQuery = { retentionOverview: { themes: Array<{ id: string, code: string, name: string, retentionDays?: number | null, due: number, held: number }>, queues: Array<{ id: string, code: string, name: string, retentionDays?: number | null, due: number, held: number }> }, lastRetentionRun?: { startedAt: string, finishedAt: string, threads: number, tickets: number, inboundMails: number, files: number, webhookDeliveries: number, exports: number } | null };

export type RetentionPageHoldsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type RetentionPageHoldsQuery = { legalHolds: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { record: LegalHoldRecord, id: string, label: string, title: string, organisationName: string, onHold: boolean, reason?: string | null, heldAt?: string | null, heldByName?: string | null } }> } };

export type RetentionPageHoldOfQueryVariables = Exact<{
  record: LegalHoldRecord;
  key: Scalars['String']['input'];
}>;


export type RetentionPageHoldOfQuery = { legalHold: { record: LegalHoldRecord, id: string, label: string, onHold: boolean, reason?: string | null, heldByName?: string | null } };

export type RetentionPageChangeHoldMutationVariables = Exact<{
  input: ChangeLegalHoldInput;
}>;


export type RetentionPageChangeHoldMutation = { changeLegalHold: { errors: Array<{ field?: string | null, code: string, message: string }>, legalHold?: { id: string, onHold: boolean, reason?: string | null, heldByName?: string | null } | null } };

export type RetentionPagePeriodMutationVariables = Exact<{
  input: SetRetentionPeriodInput;
}>;


export type RetentionPagePeriodMutation = { setRetentionPeriod: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type RetentionPageCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type RetentionPageCreateTicketMutation = { createTicket: { errors: Array<{ code: string }>, ticket?: { id: string, number: string } | null } };

export type IncidentsCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type IncidentsCreateTicketMutation = { createTicket: { errors: Array<{ code: string }>, ticket?: { id: string } | null } };

export type IncidentsLabelMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  labelIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IncidentsLabelMutation = { setTicketLabels: { errors: Array<{ code: string }> } };

export type IncidentsCountsQueryVariables = Exact<{
  from: Scalars['Day']['input'];
  to: Scalars['Day']['input'];
}>;


export type IncidentsCountsQuery = { securityIncidentCounts: Array<{ organisationId: string, organisationName: string, year: number, incidents: number, noticeSentAt?: string | null }> };

export type RevocationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationMeQuery = { me?: { email: string } | null };

export type RevocationMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationMySessionsQuery = { mySessions: Array<{ id: string, current: boolean }> };

export type RevocationMySessionRevokedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RevocationMySessionRevokedSubscription = { mySessionRevoked: string };

export type RevocationChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type RevocationChangePasswordMutation = { changePassword: { ok: boolean, errors: Array<{ code: string }> } };

export type RevocationRequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RevocationRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type RevocationResetPasswordMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type RevocationResetPasswordMutation = { resetPassword: { ok: boolean } };

export type SsoLoginOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoLoginOptionsQuery = { loginOptions: { password: boolean, singleSignOn?: { name: string } | null } };

export type SsoStartMutationVariables = Exact<{ [key: string]: never; }>;


export type SsoStartMutation = { startSingleSignOn: { authorizationUrl?: string | null, state?: string | null, nonce?: string | null, codeVerifier?: string | null, errors: Array<{ code: string }> } };

export type SsoCompleteMutationVariables = Exact<{
  input: CompleteSingleSignOnInput;
}>;


export type SsoCompleteMutation = { completeSingleSignOn: { token?: string | null, errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, email: string, status: UserStatus, roles: Array<Role>, organisationId?: string | null } | null } };

export type SsoSignOutUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoSignOutUrlQuery = { singleSignOutUrl?: string | null };

export type SsoMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoMeQuery = { me?: { id: string, email: string } | null };

export type WalkStaffInboxQueryVariables = Exact<{
  filter?: InputMaybe<StaffInboxFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WalkStaffInboxQuery = { staffInbox: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ node: { title: string } }> } };

export type StaffUsersListQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
  status?: InputMaybe<UserStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type StaffUsersListQuery = { staffUsers: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, email: string, lastName: string, role: StaffRole, status: UserStatus, teams: Array<{ nameNl: string }>, queues: Array<{ code: string }> } }> } };

export type StaffUsersOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffUsersOneQuery = { staffUser: { id: string, role: StaffRole, status: UserStatus, queues: Array<{ id: string }> } };

export type StaffUsersInviteMutationVariables = Exact<{
  input: InviteStaffUserInput;
}>;


export type StaffUsersInviteMutation = { inviteStaffUser: { errors: Array<{ field?: string | null, code: string, message: string }>, staffUser?: { id: string, email: string, role: StaffRole, status: UserStatus } | null } };

export type StaffUsersAcceptMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type StaffUsersAcceptMutation = { acceptInvitation: { token?: string | null, errors: Array<{ field?: string | null, code: string }> } };

export type StaffUsersResendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffUsersResendMutation = { resendStaffInvitation: { status: UserStatus } };

export type StaffUsersChangeRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type StaffUsersChangeRoleMutation = { changeStaffRole: { errors: Array<{ field?: string | null, code: string, message: string }>, staffUser?: { id: string, role: StaffRole } | null } };

export type StaffUsersSetQueuesMutationVariables = Exact<{
  input: SetStaffQueuesInput;
}>;


export type StaffUsersSetQueuesMutation = { setStaffQueues: { errors: Array<{ field?: string | null, code: string, message: string }>, staffUser?: { queues: Array<{ id: string }> } | null } };

export type StaffUsersDeactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffUsersDeactivateMutation = { deactivateStaffUser: { errors: Array<{ field?: string | null, code: string, message: string }>, staffUser?: { status: UserStatus } | null } };

export type StaffUsersReactivateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffUsersReactivateMutation = { reactivateStaffUser: { errors: Array<{ code: string }>, staffUser?: { status: UserStatus } | null } };

export type StaffUsersQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersQueuesQuery = { staffQueueChoices: Array<{ id: string, code: string }> };

export type StaffUsersMyQueueTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersMyQueueTicketsQuery = { staffTickets: { edges: Array<{ node: { number: string } }> }, ticketQueueCounts: Array<{ worksHere: boolean, queue: { id: string } }> };

export type StaffUsersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersMeQuery = { me?: { email: string, roles: Array<Role> } | null };

export type StaffUsersHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersHistoryQuery = { adminHistory: { edges: Array<{ node: { action: string, entityType: string, entityId?: string | null, actor?: { email: string } | null, changes: Array<{ field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type IsolationRequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type IsolationRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type IsolationUpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type IsolationUpdateOrganisationMutation = { updateOrganisation: { errors: Array<{ code: string }> } };

export type IsolationWebhookMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type IsolationWebhookMutation = { createWebhookEndpoint: { errors: Array<{ code: string }>, endpoint?: { id: string } | null } };

export type IsolationDeflectionMutationVariables = Exact<{
  input: RecordDeflectionInput;
}>;


export type IsolationDeflectionMutation = { recordTicketDeflection: { recorded: boolean, errors: Array<{ code: string }> } };

export type IsolationRequestExportMutationVariables = Exact<{ [key: string]: never; }>;


export type IsolationRequestExportMutation = { requestPersonalDataExport: { id: string, status: PersonalDataExportStatus } };

export type IsolationChatAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type IsolationChatAgentMutation = { setChatAgentAvailable: boolean };

export type IsolationStartChatMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type IsolationStartChatMutation = { startChat: { errors: Array<{ code: string }> } };

export type IsolationLabelIncidentMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  labelIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IsolationLabelIncidentMutation = { setTicketLabels: { errors: Array<{ code: string }> } };

export type IsolationLabelIncidentAgainMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  labelIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type IsolationLabelIncidentAgainMutation = { setTicketLabels: { errors: Array<{ code: string }> } };

export type IsolationOrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IsolationOrganisationQuery = { organisation: { id: string, name: string } };

export type IsolationOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationOrganisationsQuery = { organisations: { totalCount?: number | null, edges: Array<{ node: { name: string } }> } };

export type IsolationOrganisations2QueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationOrganisations2Query = { organisations: { totalCount?: number | null } };

export type IsolationMyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolationMyOrganisationQuery = { myOrganisation?: { users: Array<{ email: string }> } | null };

export type ThemesTeamsCreateThemeMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type ThemesTeamsCreateThemeMutation = { createTheme: { errors: Array<{ field?: string | null, code: string, message: string }>, theme?: { id: string, code: string, nameNl: string, nameEn: string, name: string, team: { id: string } } | null } };

export type ThemesTeamsUpdateThemeMutationVariables = Exact<{
  input: UpdateThemeInput;
}>;


export type ThemesTeamsUpdateThemeMutation = { updateTheme: { errors: Array<{ field?: string | null, code: string }>, theme?: { id: string, nameNl: string, nameEn: string } | null } };

export type ThemesTeamsMoveThemeMutationVariables = Exact<{
  themeId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
}>;


export type ThemesTeamsMoveThemeMutation = { moveTheme: { errors: Array<{ field?: string | null, code: string }>, theme?: { team: { id: string } } | null } };

export type ThemesTeamsMoveThreadsMutationVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type ThemesTeamsMoveThreadsMutation = { moveOpenThreads: { moved: number } };

export type ThemesTeamsAdminThemeQueryVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type ThemesTeamsAdminThemeQuery = { adminTheme: { id: string, openThreadsElsewhere: number, team: { id: string } } };

export type ThemesTeamsAdminThemesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ThemesTeamsAdminThemesQuery = { adminThemes: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, code: string } }> } };

export type ThemesTeamsThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemesTeamsThemesQuery = { themes: Array<{ id: string, name: string }> };

export type ThemesTeamsCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type ThemesTeamsCreateTeamMutation = { createTeam: { errors: Array<{ field?: string | null, code: string, message: string }>, team?: { id: string, nameNl: string, nameEn: string, email?: string | null } | null } };

export type ThemesTeamsUpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type ThemesTeamsUpdateTeamMutation = { updateTeam: { errors: Array<{ field?: string | null, code: string }>, team?: { id: string, nameNl: string, nameEn: string, email?: string | null } | null } };

export type ThemesTeamsAddMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type ThemesTeamsAddMemberMutation = { addTeamMember: { errors: Array<{ field?: string | null, code: string }>, team?: { id: string } | null } };

export type ThemesTeamsRemoveMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type ThemesTeamsRemoveMemberMutation = { removeTeamMember: { errors: Array<{ field?: string | null, code: string }>, team?: { id: string } | null } };

export type ThemesTeamsSetHelpMutationVariables = Exact<{
  input: SetTeamMemberHelpInput;
}>;


export type ThemesTeamsSetHelpMutation = { setTeamMemberHelp: { errors: Array<{ field?: string | null, code: string }>, team?: { id: string } | null } };

export type ThemesTeamsAdminTeamQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type ThemesTeamsAdminTeamQuery = { adminTeam: { id: string, members: Array<{ offeredInHelp: boolean, user: { id: string } }>, memberCandidates: Array<{ id: string }> } };

export type ThemesTeamsHelpQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemesTeamsHelpQuery = { teams: Array<{ id: string, handlers: Array<{ id: string }>, helpHandlers: Array<{ id: string }> }> };

export type ThemesTeamsHistoryQueryVariables = Exact<{
  kind?: InputMaybe<AdminHistoryKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ThemesTeamsHistoryQuery = { adminHistory: { edges: Array<{ node: { action: string, entityType: string, entityId?: string | null, actor?: { email: string } | null, changes: Array<{ field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type RoundTripsThreadQueryVariables = Exact<{
  referenceNumber: Scalars['String']['input'];
}>;


export type RoundTripsThreadQuery = { thread: { referenceNumber: string, title: string, lastMessageAt: string, theme: { name: string }, team: { name: string }, messages: Array<{ id: string, title: string, body: string, sentAt: string, senderLabel: string, direction: Direction, attachmentCount: number, read: boolean, author?: { firstName: string, lastName: string } | null }>, contacts: Array<{ firstName: string, lastName: string, email: string, confirmed: boolean }> } };

export type RoundTripsOpenThreadMutationVariables = Exact<{
  referenceNumber: Scalars['String']['input'];
}>;


export type RoundTripsOpenThreadMutation = { markThreadRead: { referenceNumber: string, messages: Array<{ title: string, read: boolean, author?: { lastName: string } | null }>, contacts: Array<{ email: string }> } };

export type CategoriesReadQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesReadQuery = { ticketSettings: { categories: Array<{ id: string, code: string, nameNl: string, nameEn: string, position: number, active: boolean, ticketCount: number }> } };

export type CategoriesCreateMutationVariables = Exact<{
  input: NewTicketCategoryInput;
}>;


export type CategoriesCreateMutation = { createTicketCategory: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { categories: Array<{ id: string, code: string, nameNl: string, nameEn: string, position: number, active: boolean }> } | null } };

export type CategoriesUpdateMutationVariables = Exact<{
  input: TicketCategoryInput;
}>;


export type CategoriesUpdateMutation = { updateTicketCategory: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { categories: Array<{ id: string, nameNl: string, nameEn: string, position: number, active: boolean }> } | null } };

export type CategoriesRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CategoriesRemoveMutation = { removeTicketCategory: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { categories: Array<{ id: string }> } | null } };

export type CategoriesOfferedQueryVariables = Exact<{
  all: Scalars['Boolean']['input'];
}>;


export type CategoriesOfferedQuery = { ticketCategories: Array<{ id: string, name: string, active: boolean }> };

export type CategoriesSupportTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesSupportTypesQuery = { ticketSupportTypes: Array<{ id: string, code: string }> };

export type CategoriesCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CategoriesCreateTicketMutation = { createTicket: { errors: Array<{ field?: string | null, code: string }>, ticket?: { id: string, category: { id: string, name: string, active: boolean } } | null } };

export type CategoriesTicketQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CategoriesTicketQuery = { ticket: { category: { id: string, name: string, active: boolean }, entries: Array<{ kind: TicketEntryKind, event?: { type: string, from?: string | null, to?: string | null, fields?: Array<string> | null } | null }> } };

export type CategoriesDetailsMutationVariables = Exact<{
  input: UpdateTicketDetailsInput;
}>;


export type CategoriesDetailsMutation = { updateTicketDetails: { errors: Array<{ field?: string | null, code: string }>, ticket?: { category: { id: string } } | null } };

export type CategoriesStaffListQueryVariables = Exact<{
  filter?: InputMaybe<StaffTicketFilterInput>;
}>;


export type CategoriesStaffListQuery = { staffTickets: { edges: Array<{ node: { id: string } }> } };

export type CategoriesReportQueryVariables = Exact<{
  from: Scalars['Day']['input'];
  to: Scalars['Day']['input'];
}>;


export type CategoriesReportQuery = { ticketCategoryCounts: Array<{ created: number, open: number, category: { id: string, name: string, active: boolean } }>, ticketDeflectionReport: { suggestionsShown: number, ticketsAvoided: number, ticketsAfterSuggestions: number, topArticles: Array<{ articleId: string, slug: string, title: string, ticketsAvoided: number }> } };

export type CategoriesDeflectMutationVariables = Exact<{
  input: RecordDeflectionInput;
}>;


export type CategoriesDeflectMutation = { recordTicketDeflection: { recorded: boolean, errors: Array<{ field?: string | null, code: string }> } };

export type SettingsReadQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsReadQuery = { ticketSettings: { supportTypes: Array<{ id: string, code: string, reactionMinutes?: number | null, resolutionMinutes?: number | null, alwaysOpen: boolean, resolutionByPriority: Array<{ priority: TicketPriority, minutes: number }> }>, queues: Array<{ id: string, code: string, explanationNl: string, autoResolveAfterDays: number }>, calendar: { id: string, timeZone: string, week: Array<{ weekday: number, opensAt: string, closesAt: string }>, closingDays: Array<{ id: string, onDate?: string | null, everyYearOn?: string | null, nameNl: string }> }, themes: Array<{ id: string, unreadReminderDays?: number | null }> } };

export type SettingsTargetsMutationVariables = Exact<{
  input: SupportTypeTargetsInput;
}>;


export type SettingsTargetsMutation = { updateSupportTypeTargets: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { supportTypes: Array<{ id: string, reactionMinutes?: number | null, resolutionMinutes?: number | null }> } | null } };

export type SettingsQueueMutationVariables = Exact<{
  input: QueueSettingsInput;
}>;


export type SettingsQueueMutation = { updateQueueSettings: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { queues: Array<{ id: string, autoResolveAfterDays: number }> } | null } };

export type SettingsCalendarMutationVariables = Exact<{
  input: CalendarInput;
}>;


export type SettingsCalendarMutation = { updateBusinessCalendar: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { calendar: { timeZone: string } } | null } };

export type SettingsAddClosingMutationVariables = Exact<{
  input: ClosingDayInput;
}>;


export type SettingsAddClosingMutation = { addClosingDay: { errors: Array<{ field?: string | null, code: string, message: string }>, settings?: { calendar: { closingDays: Array<{ id: string, onDate?: string | null, everyYearOn?: string | null }> } } | null } };

export type SettingsRemoveClosingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettingsRemoveClosingMutation = { removeClosingDay: { calendar: { id: string } } };

export type SettingsReminderMutationVariables = Exact<{
  input: ThemeReminderInput;
}>;


export type SettingsReminderMutation = { updateThemeReminder: { errors: Array<{ field?: string | null, code: string }>, settings?: { themes: Array<{ id: string, unreadReminderDays?: number | null }> } | null } };

export type SettingsTicketPriorityMutationVariables = Exact<{
  input: UpdateTicketDetailsInput;
}>;


export type SettingsTicketPriorityMutation = { updateTicketDetails: { errors: Array<{ code: string }>, ticket?: { priority: TicketPriority, resolutionDueAt?: string | null } | null } };

export type SettingsCustomerTicketQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SettingsCustomerTicketQuery = { ticket: { priority: TicketPriority } };

export type SettingsCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type SettingsCreateTicketMutation = { createTicket: { errors: Array<{ code: string }>, ticket?: { id: string, firstResponseDueAt?: string | null, resolutionDueAt?: string | null } | null } };

export type TracedExportMutationVariables = Exact<{
  input: RequestPersonalDataExportInput;
}>;


export type TracedExportMutation = { requestPersonalDataExport: { id: string, status: PersonalDataExportStatus } };

export type TestLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type TestLoginMutation = { login: { token?: string | null, errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, email: string, roles: Array<Role> } | null } };

export type TestAddContactPersonMutationVariables = Exact<{
  input: AddContactPersonInput;
}>;


export type TestAddContactPersonMutation = { addContactPerson: { contactPerson?: { id: string } | null, errors: Array<{ field?: string | null, code: string }> } };

export type TestConfirmContactPersonMutationVariables = Exact<{
  t: Scalars['String']['input'];
}>;


export type TestConfirmContactPersonMutation = { confirmContactPerson: { status: ContactConfirmationStatus } };

export type TestSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type TestSendMessageMutation = { sendMessage: { message?: { id: string, referenceNumber: string, direction: Direction, title: string } | null, recipient?: { kind: RecipientKind, name: string } | null, errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ kind: SensitiveDataKind, field: string, masked: string, message: string }> } };

export type TestReplyToThreadMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type TestReplyToThreadMutation = { replyToThread: { message?: { id: string, referenceNumber: string, direction: Direction, body: string } | null, recipient?: { kind: RecipientKind, name: string } | null, errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ kind: SensitiveDataKind, field: string, masked: string, message: string }> } };

export type TestSendMessageToOrganisationMutationVariables = Exact<{
  input: StaffSendMessageInput;
}>;


export type TestSendMessageToOrganisationMutation = { sendMessageToOrganisation: { message?: { id: string, referenceNumber: string, direction: Direction, title: string } | null, recipient?: { kind: RecipientKind, name: string } | null, errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ kind: SensitiveDataKind }> } };

export type WorldThreadContactsQueryVariables = Exact<{
  r: Scalars['String']['input'];
}>;


export type WorldThreadContactsQuery = { thread: { id: string, contacts: Array<{ id: string, standard: boolean }> } };

export type WorldSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorldSessionsQuery = { mySessions: Array<{ id: string, current: boolean }> };

export type WorldCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type WorldCreateTicketMutation = { createTicket: { errors: Array<{ field?: string | null, code: string }>, privacyWarnings: Array<{ kind: SensitiveDataKind }>, ticket?: { id: string, number: string } | null } };

export type WorldChatAgentMutationVariables = Exact<{ [key: string]: never; }>;


export type WorldChatAgentMutation = { setChatAgentAvailable: boolean };

export type WorldStartChatMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type WorldStartChatMutation = { startChat: { errors: Array<{ code: string }>, chat?: { id: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ContactsContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactsContactFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  themes {
    id
    name
  }
}
    `, {"fragmentName":"ContactsContactFields"}) as unknown as TypedDocumentString<ContactsContactFieldsFragment, unknown>;
export const RetentionE2eTicketDocument = new TypedDocumentString(`
    mutation RetentionE2eTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      code
    }
    ticket {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionE2eTicketMutation, RetentionE2eTicketMutationVariables>;
export const E2eThemeIdsDocument = new TypedDocumentString(`
    query E2eThemeIds {
  themes {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<E2eThemeIdsQuery, E2eThemeIdsQueryVariables>;
export const AccountsMeDocument = new TypedDocumentString(`
    query AccountsMe {
  me {
    email
    firstName
    roles
    organisation {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsMeQuery, AccountsMeQueryVariables>;
export const AccountsLogoutDocument = new TypedDocumentString(`
    mutation AccountsLogout {
  logout
}
    `) as unknown as TypedDocumentString<AccountsLogoutMutation, AccountsLogoutMutationVariables>;
export const AccountsLogout2Document = new TypedDocumentString(`
    mutation AccountsLogout2 {
  logout
}
    `) as unknown as TypedDocumentString<AccountsLogout2Mutation, AccountsLogout2MutationVariables>;
export const AccountsMySessionsDocument = new TypedDocumentString(`
    query AccountsMySessions {
  mySessions {
    id
    current
  }
}
    `) as unknown as TypedDocumentString<AccountsMySessionsQuery, AccountsMySessionsQueryVariables>;
export const AccountsRevokeSessionDocument = new TypedDocumentString(`
    mutation AccountsRevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<AccountsRevokeSessionMutation, AccountsRevokeSessionMutationVariables>;
export const AccountsRevokeSession2Document = new TypedDocumentString(`
    mutation AccountsRevokeSession2($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<AccountsRevokeSession2Mutation, AccountsRevokeSession2MutationVariables>;
export const AccountsRequestPasswordResetDocument = new TypedDocumentString(`
    mutation AccountsRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<AccountsRequestPasswordResetMutation, AccountsRequestPasswordResetMutationVariables>;
export const AccountsResetPasswordDocument = new TypedDocumentString(`
    mutation AccountsResetPassword($input: TokenPasswordInput!) {
  resetPassword(input: $input) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsResetPasswordMutation, AccountsResetPasswordMutationVariables>;
export const AccountsInviteUserDocument = new TypedDocumentString(`
    mutation AccountsInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    user {
      id
      email
      status
      roles
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsInviteUserMutation, AccountsInviteUserMutationVariables>;
export const AccountsAcceptInvitationDocument = new TypedDocumentString(`
    mutation AccountsAcceptInvitation($input: TokenPasswordInput!) {
  acceptInvitation(input: $input) {
    token
    user {
      email
      status
      organisation {
        name
      }
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsAcceptInvitationMutation, AccountsAcceptInvitationMutationVariables>;
export const AccountsResendInvitationDocument = new TypedDocumentString(`
    mutation AccountsResendInvitation($id: ID!) {
  resendInvitation(userId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<AccountsResendInvitationMutation, AccountsResendInvitationMutationVariables>;
export const AccountsUpdateProfileDocument = new TypedDocumentString(`
    mutation AccountsUpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      firstName
      email
      phone
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsUpdateProfileMutation, AccountsUpdateProfileMutationVariables>;
export const AccountsConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation AccountsConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    ok
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsConfirmEmailChangeMutation, AccountsConfirmEmailChangeMutationVariables>;
export const AccountsMe2Document = new TypedDocumentString(`
    query AccountsMe2 {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<AccountsMe2Query, AccountsMe2QueryVariables>;
export const AccountsChangeUserRoleDocument = new TypedDocumentString(`
    mutation AccountsChangeUserRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    user {
      roles
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsChangeUserRoleMutation, AccountsChangeUserRoleMutationVariables>;
export const AccountsMe3Document = new TypedDocumentString(`
    query AccountsMe3 {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<AccountsMe3Query, AccountsMe3QueryVariables>;
export const AdministrationCreateDocument = new TypedDocumentString(`
    mutation AdministrationCreate($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    errors {
      field
      code
      message
    }
    organisation {
      id
      name
      enterpriseNumber
      recognitionNumber
      email
      deactivatedAt
      themes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationCreateMutation, AdministrationCreateMutationVariables>;
export const AdministrationInviteAdminDocument = new TypedDocumentString(`
    mutation AdministrationInviteAdmin($input: InviteOrganisationAdminInput!) {
  inviteOrganisationAdmin(input: $input) {
    errors {
      field
      code
    }
    user {
      id
      email
      roles
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationInviteAdminMutation, AdministrationInviteAdminMutationVariables>;
export const AdministrationAcceptDocument = new TypedDocumentString(`
    mutation AdministrationAccept($input: TokenPasswordInput!) {
  acceptInvitation(input: $input) {
    token
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationAcceptMutation, AdministrationAcceptMutationVariables>;
export const AdministrationDeactivateDocument = new TypedDocumentString(`
    mutation AdministrationDeactivate($id: ID!) {
  deactivateOrganisation(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AdministrationDeactivateMutation, AdministrationDeactivateMutationVariables>;
export const AdministrationReactivateDocument = new TypedDocumentString(`
    mutation AdministrationReactivate($id: ID!) {
  reactivateOrganisation(id: $id) {
    id
    deactivatedAt
  }
}
    `) as unknown as TypedDocumentString<AdministrationReactivateMutation, AdministrationReactivateMutationVariables>;
export const AdministrationUpdateDocument = new TypedDocumentString(`
    mutation AdministrationUpdate($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    errors {
      field
      code
    }
    organisation {
      enterpriseNumber
      recognitionNumber
      themes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationUpdateMutation, AdministrationUpdateMutationVariables>;
export const AdministrationMeDocument = new TypedDocumentString(`
    query AdministrationMe {
  me {
    email
    roles
  }
}
    `) as unknown as TypedDocumentString<AdministrationMeQuery, AdministrationMeQueryVariables>;
export const AdministrationHistoryDocument = new TypedDocumentString(`
    query AdministrationHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {
  adminHistory(kind: $kind, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        action
        entityType
        entityId
        actor {
          email
        }
        organisation {
          name
        }
        changes {
          field
          oldValue
          newValue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationHistoryQuery, AdministrationHistoryQueryVariables>;
export const AdministrationLoginDocument = new TypedDocumentString(`
    mutation AdministrationLogin($input: LoginInput!) {
  login(input: $input) {
    token
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationLoginMutation, AdministrationLoginMutationVariables>;
export const AdministrationMoveThemeDocument = new TypedDocumentString(`
    mutation AdministrationMoveTheme($themeId: ID!, $teamId: ID!) {
  moveTheme(themeId: $themeId, teamId: $teamId) {
    errors {
      field
      code
    }
    theme {
      id
      team {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdministrationMoveThemeMutation, AdministrationMoveThemeMutationVariables>;
export const AdministrationMoveThreadsDocument = new TypedDocumentString(`
    mutation AdministrationMoveThreads($themeId: ID!) {
  moveOpenThreads(themeId: $themeId) {
    moved
  }
}
    `) as unknown as TypedDocumentString<AdministrationMoveThreadsMutation, AdministrationMoveThreadsMutationVariables>;
export const FanoutSetLanguageDocument = new TypedDocumentString(`
    mutation FanoutSetLanguage {
  setLanguage(language: en) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutSetLanguageMutation, FanoutSetLanguageMutationVariables>;
export const FanoutReadAndLanguageDocument = new TypedDocumentString(`
    subscription FanoutReadAndLanguage {
  messageAdded {
    title
    read
    theme {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutReadAndLanguageSubscription, FanoutReadAndLanguageSubscriptionVariables>;
export const FanoutPersonalFieldDocument = new TypedDocumentString(`
    subscription FanoutPersonalField {
  messageAdded {
    title
    read
  }
}
    `) as unknown as TypedDocumentString<FanoutPersonalFieldSubscription, FanoutPersonalFieldSubscriptionVariables>;
export const FanoutGroupDocument = new TypedDocumentString(`
    subscription FanoutGroup {
  messageAdded {
    title
    theme {
      name
    }
    author {
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutGroupSubscription, FanoutGroupSubscriptionVariables>;
export const FanoutResendInvitationDocument = new TypedDocumentString(`
    mutation FanoutResendInvitation($id: ID!) {
  resendInvitation(userId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FanoutResendInvitationMutation, FanoutResendInvitationMutationVariables>;
export const FanoutChangeUserRoleDocument = new TypedDocumentString(`
    mutation FanoutChangeUserRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutChangeUserRoleMutation, FanoutChangeUserRoleMutationVariables>;
export const FanoutMeDocument = new TypedDocumentString(`
    query FanoutMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<FanoutMeQuery, FanoutMeQueryVariables>;
export const FanoutLogoutDocument = new TypedDocumentString(`
    mutation FanoutLogout {
  logout
}
    `) as unknown as TypedDocumentString<FanoutLogoutMutation, FanoutLogoutMutationVariables>;
export const FanoutThemesDocument = new TypedDocumentString(`
    query FanoutThemes {
  themes {
    code
    name
    team {
      nameNl
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutThemesQuery, FanoutThemesQueryVariables>;
export const FanoutHandlersDocument = new TypedDocumentString(`
    query FanoutHandlers {
  teams {
    handlers {
      email
      firstName
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutHandlersQuery, FanoutHandlersQueryVariables>;
export const AbandonSetAvailableDocument = new TypedDocumentString(`
    mutation AbandonSetAvailable($available: Boolean!) {
  setChatAgentAvailable(available: $available)
}
    `) as unknown as TypedDocumentString<AbandonSetAvailableMutation, AbandonSetAvailableMutationVariables>;
export const AbandonStartDocument = new TypedDocumentString(`
    mutation AbandonStart($input: StartChatInput!) {
  startChat(input: $input) {
    errors {
      field
      code
    }
    chat {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AbandonStartMutation, AbandonStartMutationVariables>;
export const AbandonTakeDocument = new TypedDocumentString(`
    mutation AbandonTake($chatId: ID!) {
  takeChat(chatId: $chatId) {
    errors {
      code
    }
    chat {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AbandonTakeMutation, AbandonTakeMutationVariables>;
export const AbandonSendDocument = new TypedDocumentString(`
    mutation AbandonSend($input: SendChatMessageInput!) {
  sendChatMessage(input: $input) {
    errors {
      field
      code
    }
    chat {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AbandonSendMutation, AbandonSendMutationVariables>;
export const AbandonEndDocument = new TypedDocumentString(`
    mutation AbandonEnd($input: EndChatInput!) {
  endChat(input: $input) {
    errors {
      code
    }
    chat {
      id
      status
      ticketNumber
      endReason
    }
  }
}
    `) as unknown as TypedDocumentString<AbandonEndMutation, AbandonEndMutationVariables>;
export const AbandonUpdatedDocument = new TypedDocumentString(`
    subscription AbandonUpdated($id: ID!) {
  chatUpdated(id: $id) {
    id
    status
    endReason
    ticketNumber
  }
}
    `) as unknown as TypedDocumentString<AbandonUpdatedSubscription, AbandonUpdatedSubscriptionVariables>;
export const AbandonTicketDocument = new TypedDocumentString(`
    query AbandonTicket($number: String!) {
  ticket(number: $number) {
    channel
    status
    subject
    entries {
      kind
      body
      byStaff
    }
  }
}
    `) as unknown as TypedDocumentString<AbandonTicketQuery, AbandonTicketQueryVariables>;
export const ChatAvailabilityDocument = new TypedDocumentString(`
    query ChatAvailability {
  chatAvailability {
    open
    agentsAvailable
    offered
    opensAt
  }
}
    `) as unknown as TypedDocumentString<ChatAvailabilityQuery, ChatAvailabilityQueryVariables>;
export const ChatSetAvailableDocument = new TypedDocumentString(`
    mutation ChatSetAvailable($available: Boolean!) {
  setChatAgentAvailable(available: $available)
}
    `) as unknown as TypedDocumentString<ChatSetAvailableMutation, ChatSetAvailableMutationVariables>;
export const ChatStartDocument = new TypedDocumentString(`
    mutation ChatStart($input: StartChatInput!) {
  startChat(input: $input) {
    errors {
      field
      code
      message
    }
    chat {
      id
      status
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<ChatStartMutation, ChatStartMutationVariables>;
export const ChatTakeDocument = new TypedDocumentString(`
    mutation ChatTake($chatId: ID!) {
  takeChat(chatId: $chatId) {
    errors {
      code
    }
    chat {
      id
      status
      agentName
    }
  }
}
    `) as unknown as TypedDocumentString<ChatTakeMutation, ChatTakeMutationVariables>;
export const ChatSendDocument = new TypedDocumentString(`
    mutation ChatSend($input: SendChatMessageInput!) {
  sendChatMessage(input: $input) {
    errors {
      field
      code
      message
    }
    chat {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChatSendMutation, ChatSendMutationVariables>;
export const ChatEndDocument = new TypedDocumentString(`
    mutation ChatEnd($input: EndChatInput!) {
  endChat(input: $input) {
    errors {
      field
      code
      message
    }
    chat {
      id
      status
      ticketNumber
    }
  }
}
    `) as unknown as TypedDocumentString<ChatEndMutation, ChatEndMutationVariables>;
export const ChatRunningDocument = new TypedDocumentString(`
    query ChatRunning {
  runningChat {
    id
    status
    messages {
      body
      byStaff
      mine
    }
  }
}
    `) as unknown as TypedDocumentString<ChatRunningQuery, ChatRunningQueryVariables>;
export const ChatOneDocument = new TypedDocumentString(`
    query ChatOne($id: ID!) {
  chat(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ChatOneQuery, ChatOneQueryVariables>;
export const ChatUpdatedDocument = new TypedDocumentString(`
    subscription ChatUpdated($id: ID!) {
  chatUpdated(id: $id) {
    id
    status
    messages {
      body
      byStaff
      mine
    }
  }
}
    `) as unknown as TypedDocumentString<ChatUpdatedSubscription, ChatUpdatedSubscriptionVariables>;
export const ChatQueueDocument = new TypedDocumentString(`
    subscription ChatQueue {
  staffChatsChanged {
    id
    status
    subject
    customer {
      email
    }
    organisation {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ChatQueueSubscription, ChatQueueSubscriptionVariables>;
export const ChatTicketDocument = new TypedDocumentString(`
    query ChatTicket($number: String!) {
  ticket(number: $number) {
    channel
    status
    subject
    entries {
      kind
      body
      byStaff
    }
  }
}
    `) as unknown as TypedDocumentString<ChatTicketQuery, ChatTicketQueryVariables>;
export const ChatStaffListDocument = new TypedDocumentString(`
    query ChatStaffList {
  staffChats {
    id
  }
}
    `) as unknown as TypedDocumentString<ChatStaffListQuery, ChatStaffListQueryVariables>;
export const ContactsContactPersonsDocument = new TypedDocumentString(`
    query ContactsContactPersons($organisationId: ID, $filter: ContactPersonFilter, $first: Int, $after: Cursor) {
  contactPersons(
    organisationId: $organisationId
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      node {
        ...ContactsContactFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ContactsContactFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  themes {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContactsContactPersonsQuery, ContactsContactPersonsQueryVariables>;
export const ContactsAddContactPersonDocument = new TypedDocumentString(`
    mutation ContactsAddContactPerson($input: AddContactPersonInput!) {
  addContactPerson(input: $input) {
    errors {
      field
      code
      message
    }
    contactPerson {
      ...ContactsContactFields
    }
  }
}
    fragment ContactsContactFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  themes {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContactsAddContactPersonMutation, ContactsAddContactPersonMutationVariables>;
export const ContactsUpdateContactPersonDocument = new TypedDocumentString(`
    mutation ContactsUpdateContactPerson($input: UpdateContactPersonInput!) {
  updateContactPerson(input: $input) {
    errors {
      field
      code
      message
    }
    contactPerson {
      ...ContactsContactFields
    }
  }
}
    fragment ContactsContactFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  themes {
    id
    name
  }
}`) as unknown as TypedDocumentString<ContactsUpdateContactPersonMutation, ContactsUpdateContactPersonMutationVariables>;
export const ContactsRemoveContactPersonDocument = new TypedDocumentString(`
    mutation ContactsRemoveContactPerson($id: ID!) {
  removeContactPerson(id: $id)
}
    `) as unknown as TypedDocumentString<ContactsRemoveContactPersonMutation, ContactsRemoveContactPersonMutationVariables>;
export const ContactsResendContactConfirmationDocument = new TypedDocumentString(`
    mutation ContactsResendContactConfirmation($id: ID!) {
  resendContactConfirmation(id: $id) {
    errors {
      field
      code
      message
    }
    contactPerson {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsResendContactConfirmationMutation, ContactsResendContactConfirmationMutationVariables>;
export const ContactsInviteContactPersonDocument = new TypedDocumentString(`
    mutation ContactsInviteContactPerson($id: ID!, $roles: [Role!]!) {
  inviteContactPerson(id: $id, roles: $roles) {
    errors {
      field
      code
    }
    user {
      email
      status
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsInviteContactPersonMutation, ContactsInviteContactPersonMutationVariables>;
export const ContactsConfirmContactPersonDocument = new TypedDocumentString(`
    mutation ContactsConfirmContactPerson($token: String!) {
  confirmContactPerson(token: $token) {
    status
    message
    organisationName
    themeNames
  }
}
    `) as unknown as TypedDocumentString<ContactsConfirmContactPersonMutation, ContactsConfirmContactPersonMutationVariables>;
export const ContactsTasksDocument = new TypedDocumentString(`
    query ContactsTasks {
  tasks {
    id
    kind
    awaitingConfirmation
    message
    theme {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsTasksQuery, ContactsTasksQueryVariables>;
export const ContactsTasksChangedDocument = new TypedDocumentString(`
    subscription ContactsTasksChanged {
  tasksChanged {
    id
    awaitingConfirmation
    message
    theme {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ContactsTasksChangedSubscription, ContactsTasksChangedSubscriptionVariables>;
export const ContactsMeDocument = new TypedDocumentString(`
    query ContactsMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<ContactsMeQuery, ContactsMeQueryVariables>;
export const ContactsTasks2Document = new TypedDocumentString(`
    query ContactsTasks2($o: ID) {
  tasks(organisationId: $o) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsTasks2Query, ContactsTasks2QueryVariables>;
export const ContactsTasks3Document = new TypedDocumentString(`
    query ContactsTasks3 {
  tasks {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsTasks3Query, ContactsTasks3QueryVariables>;
export const ContactsContactPersonDocument = new TypedDocumentString(`
    query ContactsContactPerson($id: ID!) {
  contactPerson(id: $id) {
    email
  }
}
    `) as unknown as TypedDocumentString<ContactsContactPersonQuery, ContactsContactPersonQueryVariables>;
export const ContactsTasks4Document = new TypedDocumentString(`
    query ContactsTasks4($o: ID) {
  tasks(organisationId: $o) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContactsTasks4Query, ContactsTasks4QueryVariables>;
export const ContactsAddedDocument = new TypedDocumentString(`
    mutation ContactsAdded($input: AddContactPersonInput!, $missing: ID!) {
  added: addContactPerson(input: $input) {
    contactPerson {
      id
    }
    errors {
      code
    }
  }
  removed: removeContactPerson(id: $missing)
}
    `) as unknown as TypedDocumentString<ContactsAddedMutation, ContactsAddedMutationVariables>;
export const GdprRequestExportDocument = new TypedDocumentString(`
    mutation GdprRequestExport($input: RequestPersonalDataExportInput!) {
  requestPersonalDataExport(input: $input) {
    id
    status
    subjectKind
    subjectId
    downloadPath
  }
}
    `) as unknown as TypedDocumentString<GdprRequestExportMutation, GdprRequestExportMutationVariables>;
export const GdprMyExportsDocument = new TypedDocumentString(`
    query GdprMyExports {
  myPersonalDataExports {
    id
    status
    downloadedAt
  }
}
    `) as unknown as TypedDocumentString<GdprMyExportsQuery, GdprMyExportsQueryVariables>;
export const GdprEraseDocument = new TypedDocumentString(`
    mutation GdprErase($input: PersonInput!) {
  erasePerson(input: $input) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GdprEraseMutation, GdprEraseMutationVariables>;
export const GdprHoldDocument = new TypedDocumentString(`
    mutation GdprHold($input: SetLegalHoldInput!) {
  setLegalHold(input: $input)
}
    `) as unknown as TypedDocumentString<GdprHoldMutation, GdprHoldMutationVariables>;
export const GdprRetentionDocument = new TypedDocumentString(`
    mutation GdprRetention($input: SetRetentionPeriodInput!) {
  setRetentionPeriod(input: $input) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GdprRetentionMutation, GdprRetentionMutationVariables>;
export const GdprCreateTicketDocument = new TypedDocumentString(`
    mutation GdprCreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      code
    }
    ticket {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<GdprCreateTicketMutation, GdprCreateTicketMutationVariables>;
export const GdprMeDocument = new TypedDocumentString(`
    query GdprMe {
  me {
    id
    firstName
  }
}
    `) as unknown as TypedDocumentString<GdprMeQuery, GdprMeQueryVariables>;
export const GdprPeopleDocument = new TypedDocumentString(`
    query GdprPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  privacyPeople(
    search: $search
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        kind
        id
        lastName
        erased
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GdprPeopleQuery, GdprPeopleQueryVariables>;
export const GdprTicketRequesterDocument = new TypedDocumentString(`
    query GdprTicketRequester($id: ID!) {
  ticket(id: $id) {
    requester {
      id
      firstName
      lastName
      erased
    }
  }
}
    `) as unknown as TypedDocumentString<GdprTicketRequesterQuery, GdprTicketRequesterQueryVariables>;
export const GdprSendDocument = new TypedDocumentString(`
    mutation GdprSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    errors {
      code
    }
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GdprSendMutation, GdprSendMutationVariables>;
export const HelpdeskAskDocument = new TypedDocumentString(`
    mutation HelpdeskAsk($input: TechnicalQuestionInput!) {
  askTechnicalHelpdesk(input: $input) {
    ok
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<HelpdeskAskMutation, HelpdeskAskMutationVariables>;
export const KbSaveDocument = new TypedDocumentString(`
    mutation KbSave($input: SaveKnowledgeItemInput!) {
  saveKnowledgeItem(input: $input) {
    errors {
      field
      code
      message
    }
    item {
      id
      slug
      status
      title
      bodyHtml
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<KbSaveMutation, KbSaveMutationVariables>;
export const KbArticleDocument = new TypedDocumentString(`
    query KbArticle($slug: String!) {
  knowledgeArticle(slug: $slug) {
    id
    title
    bodyHtml
    status
    tags
    category
  }
}
    `) as unknown as TypedDocumentString<KbArticleQuery, KbArticleQueryVariables>;
export const KbArticlesDocument = new TypedDocumentString(`
    query KbArticles($first: Int, $after: Cursor, $drafts: Boolean) {
  knowledgeArticles(first: $first, after: $after, drafts: $drafts) {
    edges {
      node {
        slug
        status
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<KbArticlesQuery, KbArticlesQueryVariables>;
export const KbSearchDocument = new TypedDocumentString(`
    query KbSearch($query: String!, $first: Int, $after: Cursor) {
  searchKnowledgeBase(query: $query, first: $first, after: $after) {
    edges {
      node {
        rank
        item {
          id
          slug
          title
        }
        snippet {
          text
          match
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<KbSearchQuery, KbSearchQueryVariables>;
export const KbOpenOutageDocument = new TypedDocumentString(`
    mutation KbOpenOutage($input: OpenOutageInput!) {
  openOutage(input: $input) {
    errors {
      field
      code
    }
    outage {
      id
      status
      title
      updates {
        status
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KbOpenOutageMutation, KbOpenOutageMutationVariables>;
export const KbUpdateOutageDocument = new TypedDocumentString(`
    mutation KbUpdateOutage($input: UpdateOutageInput!) {
  updateOutage(input: $input) {
    errors {
      field
      code
    }
    outage {
      id
      status
      endedAt
      updates {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KbUpdateOutageMutation, KbUpdateOutageMutationVariables>;
export const KbOpenOutagesDocument = new TypedDocumentString(`
    query KbOpenOutages {
  openOutages {
    id
    title
    service
    status
  }
}
    `) as unknown as TypedDocumentString<KbOpenOutagesQuery, KbOpenOutagesQueryVariables>;
export const KbOutagesLiveDocument = new TypedDocumentString(`
    subscription KbOutagesLive {
  openOutagesChanged {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<KbOutagesLiveSubscription, KbOutagesLiveSubscriptionVariables>;
export const KbNewsPageDocument = new TypedDocumentString(`
    query KbNewsPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  newsItems(
    first: $first
    after: $after
    last: $last
    before: $before
    drafts: true
  ) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<KbNewsPageQuery, KbNewsPageQueryVariables>;
export const KbOutagesPageDocument = new TypedDocumentString(`
    query KbOutagesPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  outages(first: $first, after: $after, last: $last, before: $before) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<KbOutagesPageQuery, KbOutagesPageQueryVariables>;
export const KbDeflectDocument = new TypedDocumentString(`
    mutation KbDeflect($input: RecordDeflectionInput!) {
  recordTicketDeflection(input: $input) {
    recorded
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<KbDeflectMutation, KbDeflectMutationVariables>;
export const KbReportDocument = new TypedDocumentString(`
    query KbReport($since: DateTimeISO) {
  ticketDeflectionReport(since: $since) {
    suggestionsShown
    ticketsAvoided
    ticketsAfterSuggestions
  }
}
    `) as unknown as TypedDocumentString<KbReportQuery, KbReportQueryVariables>;
export const FlowThreadDocument = new TypedDocumentString(`
    query FlowThread($ref: String!) {
  thread(referenceNumber: $ref) {
    referenceNumber
    title
    unanswered
    messageCount
    theme {
      code
    }
    team {
      nameNl
    }
    assignedHandler {
      email
    }
    messages {
      direction
      body
      senderLabel
      attachments {
        id
        fileName
        contentType
        sizeBytes
      }
    }
    contacts {
      id
      firstName
      lastName
      email
      standard
      confirmed
    }
  }
}
    `) as unknown as TypedDocumentString<FlowThreadQuery, FlowThreadQueryVariables>;
export const FlowMessageAddedDocument = new TypedDocumentString(`
    subscription FlowMessageAdded {
  messageAdded {
    title
    direction
    referenceNumber
  }
}
    `) as unknown as TypedDocumentString<FlowMessageAddedSubscription, FlowMessageAddedSubscriptionVariables>;
export const FlowMessageCountsChangedDocument = new TypedDocumentString(`
    subscription FlowMessageCountsChanged {
  messageCountsChanged {
    unreadInbound
  }
}
    `) as unknown as TypedDocumentString<FlowMessageCountsChangedSubscription, FlowMessageCountsChangedSubscriptionVariables>;
export const FlowInboxDocument = new TypedDocumentString(`
    query FlowInbox {
  messages(first: 5, filter: {direction: INBOUND}) {
    totalCount
    edges {
      node {
        referenceNumber
        title
        read
        theme {
          name
        }
        author {
          lastName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowInboxQuery, FlowInboxQueryVariables>;
export const FlowReadStateDocument = new TypedDocumentString(`
    query FlowReadState($ref: String!) {
  thread(referenceNumber: $ref) {
    messages {
      read
    }
  }
}
    `) as unknown as TypedDocumentString<FlowReadStateQuery, FlowReadStateQueryVariables>;
export const FlowMarkThreadReadDocument = new TypedDocumentString(`
    mutation FlowMarkThreadRead($ref: String!) {
  markThreadRead(referenceNumber: $ref) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowMarkThreadReadMutation, FlowMarkThreadReadMutationVariables>;
export const FlowMessageCountsDocument = new TypedDocumentString(`
    query FlowMessageCounts {
  messageCounts {
    inbound
    outbound
    unreadInbound
  }
}
    `) as unknown as TypedDocumentString<FlowMessageCountsQuery, FlowMessageCountsQueryVariables>;
export const FlowUnansweredDocument = new TypedDocumentString(`
    query FlowUnanswered($organisationId: ID!) {
  staffInbox(
    first: 10
    filter: {unanswered: true, organisationId: $organisationId}
  ) {
    edges {
      node {
        referenceNumber
        unanswered
        organisation {
          name
        }
        latestMessage {
          direction
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowUnansweredQuery, FlowUnansweredQueryVariables>;
export const FlowMessageDocument = new TypedDocumentString(`
    query FlowMessage($id: ID!) {
  message(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowMessageQuery, FlowMessageQueryVariables>;
export const FlowMessageTotalDocument = new TypedDocumentString(`
    query FlowMessageTotal {
  messages(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FlowMessageTotalQuery, FlowMessageTotalQueryVariables>;
export const FlowSendNewDocument = new TypedDocumentString(`
    mutation FlowSendNew($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message {
      id
      referenceNumber
    }
    recipient {
      kind
      name
    }
    errors {
      field
      code
      message
    }
    privacyWarnings {
      kind
      field
      masked
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FlowSendNewMutation, FlowSendNewMutationVariables>;
export const FlowContactPersonsDocument = new TypedDocumentString(`
    query FlowContactPersons {
  contactPersons(first: 50) {
    edges {
      node {
        email
        status
        themes {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowContactPersonsQuery, FlowContactPersonsQueryVariables>;
export const FlowTeamsDocument = new TypedDocumentString(`
    query FlowTeams {
  teams {
    id
    nameNl
    handlers {
      id
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<FlowTeamsQuery, FlowTeamsQueryVariables>;
export const FlowDraftThreadContactsDocument = new TypedDocumentString(`
    query FlowDraftThreadContacts($t: ID!) {
  draftThreadContacts(themeId: $t) {
    email
    standard
  }
}
    `) as unknown as TypedDocumentString<FlowDraftThreadContactsQuery, FlowDraftThreadContactsQueryVariables>;
export const FlowAssignThreadDocument = new TypedDocumentString(`
    mutation FlowAssignThread($ref: String!, $h: ID) {
  assignThread(referenceNumber: $ref, handlerId: $h) {
    thread {
      assignedHandler {
        lastName
      }
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FlowAssignThreadMutation, FlowAssignThreadMutationVariables>;
export const FlowTeamHandlersDocument = new TypedDocumentString(`
    query FlowTeamHandlers {
  teams {
    nameNl
    handlers {
      id
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<FlowTeamHandlersQuery, FlowTeamHandlersQueryVariables>;
export const FlowStaffInboxDocument = new TypedDocumentString(`
    query FlowStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  staffInbox(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        title
        team {
          nameNl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowStaffInboxQuery, FlowStaffInboxQueryVariables>;
export const FlowMyTeamsDocument = new TypedDocumentString(`
    query FlowMyTeams {
  me {
    teams {
      nameNl
    }
  }
}
    `) as unknown as TypedDocumentString<FlowMyTeamsQuery, FlowMyTeamsQueryVariables>;
export const FlowMessagesOfNoThemeDocument = new TypedDocumentString(`
    query FlowMessagesOfNoTheme {
  messages(first: 5, filter: {themeId: "abc"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FlowMessagesOfNoThemeQuery, FlowMessagesOfNoThemeQueryVariables>;
export const FlowStaffInboxOfNoTeamDocument = new TypedDocumentString(`
    query FlowStaffInboxOfNoTeam {
  staffInbox(first: 5, filter: {teamId: "x"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FlowStaffInboxOfNoTeamQuery, FlowStaffInboxOfNoTeamQueryVariables>;
export const FlowMessagesOfNoOrganisationDocument = new TypedDocumentString(`
    query FlowMessagesOfNoOrganisation {
  messages(first: 5, organisationId: "x") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FlowMessagesOfNoOrganisationQuery, FlowMessagesOfNoOrganisationQueryVariables>;
export const FlowMessagePageDocument = new TypedDocumentString(`
    query FlowMessagePage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  messages(first: $first, after: $after, last: $last, before: $before) {
    pageInfo {
      startCursor
      endCursor
      hasNextPage
      hasPreviousPage
    }
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowMessagePageQuery, FlowMessagePageQueryVariables>;
export const ListsMessagesDocument = new TypedDocumentString(`
    query ListsMessages($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  messages(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        title
        referenceNumber
        direction
        read
        attachmentCount
        senderLabel
        theme {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsMessagesQuery, ListsMessagesQueryVariables>;
export const ListsMarkThreadReadDocument = new TypedDocumentString(`
    mutation ListsMarkThreadRead($ref: String!) {
  markThreadRead(referenceNumber: $ref) {
    id
  }
}
    `) as unknown as TypedDocumentString<ListsMarkThreadReadMutation, ListsMarkThreadReadMutationVariables>;
export const ListsFullPageDocument = new TypedDocumentString(`
    query ListsFullPage($first: Int) {
  messages(first: $first) {
    edges {
      node {
        title
        read
        theme {
          name
        }
        author {
          firstName
        }
        organisation {
          name
        }
        attachments {
          fileName
        }
        thread {
          referenceNumber
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsFullPageQuery, ListsFullPageQueryVariables>;
export const ListsThreadTitlesDocument = new TypedDocumentString(`
    query ListsThreadTitles($ref: String!) {
  thread(referenceNumber: $ref) {
    messages {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ListsThreadTitlesQuery, ListsThreadTitlesQueryVariables>;
export const ListsThreadAuthorsDocument = new TypedDocumentString(`
    query ListsThreadAuthors($ref: String!) {
  thread(referenceNumber: $ref) {
    messages {
      title
      read
      author {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListsThreadAuthorsQuery, ListsThreadAuthorsQueryVariables>;
export const ListsMessageAddedOnThemeDocument = new TypedDocumentString(`
    subscription ListsMessageAddedOnTheme($themeId: ID!) {
  messageAdded(themeId: $themeId) {
    title
    organisation {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ListsMessageAddedOnThemeSubscription, ListsMessageAddedOnThemeSubscriptionVariables>;
export const ListsTeamsDocument = new TypedDocumentString(`
    query ListsTeams {
  teams {
    id
    nameNl
  }
}
    `) as unknown as TypedDocumentString<ListsTeamsQuery, ListsTeamsQueryVariables>;
export const ListsMessageAddedForTeamDocument = new TypedDocumentString(`
    subscription ListsMessageAddedForTeam($teamId: ID!) {
  messageAdded(teamId: $teamId) {
    title
    direction
  }
}
    `) as unknown as TypedDocumentString<ListsMessageAddedForTeamSubscription, ListsMessageAddedForTeamSubscriptionVariables>;
export const OrgUsersListDocument = new TypedDocumentString(`
    query OrgUsersList($first: Int, $after: Cursor, $status: UserStatus) {
  organisationUsers(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        lastName
        status
        tenantRole
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUsersListQuery, OrgUsersListQueryVariables>;
export const OrgUsersChangeRoleDocument = new TypedDocumentString(`
    mutation OrgUsersChangeRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    user {
      id
      roles
      tenantRole
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUsersChangeRoleMutation, OrgUsersChangeRoleMutationVariables>;
export const OrgUsersDeactivateDocument = new TypedDocumentString(`
    mutation OrgUsersDeactivate($input: DeactivateUserInput!) {
  deactivateUser(input: $input) {
    user {
      id
      status
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUsersDeactivateMutation, OrgUsersDeactivateMutationVariables>;
export const OrgUsersReactivateDocument = new TypedDocumentString(`
    mutation OrgUsersReactivate($id: ID!) {
  reactivateUser(userId: $id) {
    user {
      id
      status
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUsersReactivateMutation, OrgUsersReactivateMutationVariables>;
export const OrgUsersInviteDocument = new TypedDocumentString(`
    mutation OrgUsersInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    user {
      id
      status
      tenantRole
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUsersInviteMutation, OrgUsersInviteMutationVariables>;
export const OrgUsersResendDocument = new TypedDocumentString(`
    mutation OrgUsersResend($id: ID!) {
  resendInvitation(userId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<OrgUsersResendMutation, OrgUsersResendMutationVariables>;
export const OrgUsersMeDocument = new TypedDocumentString(`
    query OrgUsersMe {
  me {
    email
    roles
  }
}
    `) as unknown as TypedDocumentString<OrgUsersMeQuery, OrgUsersMeQueryVariables>;
export const OrgUsersAcceptDocument = new TypedDocumentString(`
    mutation OrgUsersAccept($input: TokenPasswordInput!) {
  acceptInvitation(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrgUsersAcceptMutation, OrgUsersAcceptMutationVariables>;
export const OrganisationUpdateDocument = new TypedDocumentString(`
    mutation OrganisationUpdate($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    errors {
      field
      code
      message
    }
    organisation {
      id
      name
      externalNumber
      phone
      email
      websiteUrl
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationUpdateMutation, OrganisationUpdateMutationVariables>;
export const OrganisationHistoryDocument = new TypedDocumentString(`
    query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {
  organisationHistory(organisationId: $id, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        entityType
        entityId
        createdAt
        actor {
          email
          firstName
          lastName
        }
        changes {
          field
          oldValue
          newValue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationHistoryQuery, OrganisationHistoryQueryVariables>;
export const OrganisationMineDocument = new TypedDocumentString(`
    query OrganisationMine {
  myOrganisation {
    id
    phone
  }
}
    `) as unknown as TypedDocumentString<OrganisationMineQuery, OrganisationMineQueryVariables>;
export const OrganisationNameDocument = new TypedDocumentString(`
    query OrganisationName($id: ID!) {
  organisation(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<OrganisationNameQuery, OrganisationNameQueryVariables>;
export const OrganisationAddContactDocument = new TypedDocumentString(`
    mutation OrganisationAddContact($input: AddContactPersonInput!) {
  addContactPerson(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationAddContactMutation, OrganisationAddContactMutationVariables>;
export const OrganisationConfirmContactDocument = new TypedDocumentString(`
    mutation OrganisationConfirmContact($t: String!) {
  confirmContactPerson(token: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<OrganisationConfirmContactMutation, OrganisationConfirmContactMutationVariables>;
export const QuarantineAlertCountDocument = new TypedDocumentString(`
    query QuarantineAlertCount {
  quarantineCount
}
    `) as unknown as TypedDocumentString<QuarantineAlertCountQuery, QuarantineAlertCountQueryVariables>;
export const QuarantineAlertLiveDocument = new TypedDocumentString(`
    subscription QuarantineAlertLive {
  quarantineCountChanged
}
    `) as unknown as TypedDocumentString<QuarantineAlertLiveSubscription, QuarantineAlertLiveSubscriptionVariables>;
export const QuarantineAlertHeldDocument = new TypedDocumentString(`
    query QuarantineAlertHeld {
  inboundMails(status: QUARANTINED, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuarantineAlertHeldQuery, QuarantineAlertHeldQueryVariables>;
export const QuarantineAlertDiscardDocument = new TypedDocumentString(`
    mutation QuarantineAlertDiscard($input: DiscardInboundMailInput!) {
  discardInboundMail(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<QuarantineAlertDiscardMutation, QuarantineAlertDiscardMutationVariables>;
export const RetentionPageOverviewDocument = new TypedDocumentString(`
    query RetentionPageOverview {
  retentionOverview {
    themes {
      id
      code
      name
      retentionDays
      due
      held
    }
    queues {
      id
      code
      name
      retentionDays
      due
      held
    }
  }
  lastRetentionRun {
    startedAt
    finishedAt
    threads
    tickets
    inboundMails
    files
    webhookDeliveries
    exports
  }
}
    `) as unknown as TypedDocumentString<RetentionPageOverviewQuery, RetentionPageOverviewQueryVariables>;
export const RetentionPageHoldsDocument = new TypedDocumentString(`
    query RetentionPageHolds($first: Int, $after: Cursor) {
  legalHolds(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        record
        id
        label
        title
        organisationName
        onHold
        reason
        heldAt
        heldByName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionPageHoldsQuery, RetentionPageHoldsQueryVariables>;
export const RetentionPageHoldOfDocument = new TypedDocumentString(`
    query RetentionPageHoldOf($record: LegalHoldRecord!, $key: String!) {
  legalHold(record: $record, key: $key) {
    record
    id
    label
    onHold
    reason
    heldByName
  }
}
    `) as unknown as TypedDocumentString<RetentionPageHoldOfQuery, RetentionPageHoldOfQueryVariables>;
export const RetentionPageChangeHoldDocument = new TypedDocumentString(`
    mutation RetentionPageChangeHold($input: ChangeLegalHoldInput!) {
  changeLegalHold(input: $input) {
    errors {
      field
      code
      message
    }
    legalHold {
      id
      onHold
      reason
      heldByName
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionPageChangeHoldMutation, RetentionPageChangeHoldMutationVariables>;
export const RetentionPagePeriodDocument = new TypedDocumentString(`
    mutation RetentionPagePeriod($input: SetRetentionPeriodInput!) {
  setRetentionPeriod(input: $input) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionPagePeriodMutation, RetentionPagePeriodMutationVariables>;
export const RetentionPageCreateTicketDocument = new TypedDocumentString(`
    mutation RetentionPageCreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      code
    }
    ticket {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionPageCreateTicketMutation, RetentionPageCreateTicketMutationVariables>;
export const IncidentsCreateTicketDocument = new TypedDocumentString(`
    mutation IncidentsCreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      code
    }
    ticket {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsCreateTicketMutation, IncidentsCreateTicketMutationVariables>;
export const IncidentsLabelDocument = new TypedDocumentString(`
    mutation IncidentsLabel($ticketId: ID!, $labelIds: [ID!]!) {
  setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsLabelMutation, IncidentsLabelMutationVariables>;
export const IncidentsCountsDocument = new TypedDocumentString(`
    query IncidentsCounts($from: Day!, $to: Day!) {
  securityIncidentCounts(from: $from, to: $to) {
    organisationId
    organisationName
    year
    incidents
    noticeSentAt
  }
}
    `) as unknown as TypedDocumentString<IncidentsCountsQuery, IncidentsCountsQueryVariables>;
export const RevocationMeDocument = new TypedDocumentString(`
    query RevocationMe {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<RevocationMeQuery, RevocationMeQueryVariables>;
export const RevocationMySessionsDocument = new TypedDocumentString(`
    query RevocationMySessions {
  mySessions {
    id
    current
  }
}
    `) as unknown as TypedDocumentString<RevocationMySessionsQuery, RevocationMySessionsQueryVariables>;
export const RevocationMySessionRevokedDocument = new TypedDocumentString(`
    subscription RevocationMySessionRevoked {
  mySessionRevoked
}
    `) as unknown as TypedDocumentString<RevocationMySessionRevokedSubscription, RevocationMySessionRevokedSubscriptionVariables>;
export const RevocationChangePasswordDocument = new TypedDocumentString(`
    mutation RevocationChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ok
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevocationChangePasswordMutation, RevocationChangePasswordMutationVariables>;
export const RevocationRequestPasswordResetDocument = new TypedDocumentString(`
    mutation RevocationRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RevocationRequestPasswordResetMutation, RevocationRequestPasswordResetMutationVariables>;
export const RevocationResetPasswordDocument = new TypedDocumentString(`
    mutation RevocationResetPassword($input: TokenPasswordInput!) {
  resetPassword(input: $input) {
    ok
  }
}
    `) as unknown as TypedDocumentString<RevocationResetPasswordMutation, RevocationResetPasswordMutationVariables>;
export const SsoLoginOptionsDocument = new TypedDocumentString(`
    query SsoLoginOptions {
  loginOptions {
    password
    singleSignOn {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SsoLoginOptionsQuery, SsoLoginOptionsQueryVariables>;
export const SsoStartDocument = new TypedDocumentString(`
    mutation SsoStart {
  startSingleSignOn {
    errors {
      code
    }
    authorizationUrl
    state
    nonce
    codeVerifier
  }
}
    `) as unknown as TypedDocumentString<SsoStartMutation, SsoStartMutationVariables>;
export const SsoCompleteDocument = new TypedDocumentString(`
    mutation SsoComplete($input: CompleteSingleSignOnInput!) {
  completeSingleSignOn(input: $input) {
    token
    errors {
      field
      code
      message
    }
    user {
      id
      email
      status
      roles
      organisationId
    }
  }
}
    `) as unknown as TypedDocumentString<SsoCompleteMutation, SsoCompleteMutationVariables>;
export const SsoSignOutUrlDocument = new TypedDocumentString(`
    query SsoSignOutUrl {
  singleSignOutUrl
}
    `) as unknown as TypedDocumentString<SsoSignOutUrlQuery, SsoSignOutUrlQueryVariables>;
export const SsoMeDocument = new TypedDocumentString(`
    query SsoMe {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<SsoMeQuery, SsoMeQueryVariables>;
export const WalkStaffInboxDocument = new TypedDocumentString(`
    query WalkStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  staffInbox(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WalkStaffInboxQuery, WalkStaffInboxQueryVariables>;
export const StaffUsersListDocument = new TypedDocumentString(`
    query StaffUsersList($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {
  staffUsers(
    search: $search
    role: $role
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        lastName
        role
        status
        teams {
          nameNl
        }
        queues {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersListQuery, StaffUsersListQueryVariables>;
export const StaffUsersOneDocument = new TypedDocumentString(`
    query StaffUsersOne($id: ID!) {
  staffUser(id: $id) {
    id
    role
    status
    queues {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersOneQuery, StaffUsersOneQueryVariables>;
export const StaffUsersInviteDocument = new TypedDocumentString(`
    mutation StaffUsersInvite($input: InviteStaffUserInput!) {
  inviteStaffUser(input: $input) {
    errors {
      field
      code
      message
    }
    staffUser {
      id
      email
      role
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersInviteMutation, StaffUsersInviteMutationVariables>;
export const StaffUsersAcceptDocument = new TypedDocumentString(`
    mutation StaffUsersAccept($input: TokenPasswordInput!) {
  acceptInvitation(input: $input) {
    token
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersAcceptMutation, StaffUsersAcceptMutationVariables>;
export const StaffUsersResendDocument = new TypedDocumentString(`
    mutation StaffUsersResend($id: ID!) {
  resendStaffInvitation(userId: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<StaffUsersResendMutation, StaffUsersResendMutationVariables>;
export const StaffUsersChangeRoleDocument = new TypedDocumentString(`
    mutation StaffUsersChangeRole($input: ChangeStaffRoleInput!) {
  changeStaffRole(input: $input) {
    errors {
      field
      code
      message
    }
    staffUser {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersChangeRoleMutation, StaffUsersChangeRoleMutationVariables>;
export const StaffUsersSetQueuesDocument = new TypedDocumentString(`
    mutation StaffUsersSetQueues($input: SetStaffQueuesInput!) {
  setStaffQueues(input: $input) {
    errors {
      field
      code
      message
    }
    staffUser {
      queues {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersSetQueuesMutation, StaffUsersSetQueuesMutationVariables>;
export const StaffUsersDeactivateDocument = new TypedDocumentString(`
    mutation StaffUsersDeactivate($id: ID!) {
  deactivateStaffUser(userId: $id) {
    errors {
      field
      code
      message
    }
    staffUser {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersDeactivateMutation, StaffUsersDeactivateMutationVariables>;
export const StaffUsersReactivateDocument = new TypedDocumentString(`
    mutation StaffUsersReactivate($id: ID!) {
  reactivateStaffUser(userId: $id) {
    errors {
      code
    }
    staffUser {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersReactivateMutation, StaffUsersReactivateMutationVariables>;
export const StaffUsersQueuesDocument = new TypedDocumentString(`
    query StaffUsersQueues {
  staffQueueChoices {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<StaffUsersQueuesQuery, StaffUsersQueuesQueryVariables>;
export const StaffUsersMyQueueTicketsDocument = new TypedDocumentString(`
    query StaffUsersMyQueueTickets {
  staffTickets(filter: {myQueues: true, statuses: null}, first: 100) {
    edges {
      node {
        number
      }
    }
  }
  ticketQueueCounts {
    queue {
      id
    }
    worksHere
  }
}
    `) as unknown as TypedDocumentString<StaffUsersMyQueueTicketsQuery, StaffUsersMyQueueTicketsQueryVariables>;
export const StaffUsersMeDocument = new TypedDocumentString(`
    query StaffUsersMe {
  me {
    email
    roles
  }
}
    `) as unknown as TypedDocumentString<StaffUsersMeQuery, StaffUsersMeQueryVariables>;
export const StaffUsersHistoryDocument = new TypedDocumentString(`
    query StaffUsersHistory {
  adminHistory(kind: STAFF, first: 50) {
    edges {
      node {
        action
        entityType
        entityId
        actor {
          email
        }
        changes {
          field
          oldValue
          newValue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffUsersHistoryQuery, StaffUsersHistoryQueryVariables>;
export const IsolationRequestPasswordResetDocument = new TypedDocumentString(`
    mutation IsolationRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<IsolationRequestPasswordResetMutation, IsolationRequestPasswordResetMutationVariables>;
export const IsolationUpdateOrganisationDocument = new TypedDocumentString(`
    mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationUpdateOrganisationMutation, IsolationUpdateOrganisationMutationVariables>;
export const IsolationWebhookDocument = new TypedDocumentString(`
    mutation IsolationWebhook($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    errors {
      code
    }
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationWebhookMutation, IsolationWebhookMutationVariables>;
export const IsolationDeflectionDocument = new TypedDocumentString(`
    mutation IsolationDeflection($input: RecordDeflectionInput!) {
  recordTicketDeflection(input: $input) {
    recorded
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationDeflectionMutation, IsolationDeflectionMutationVariables>;
export const IsolationRequestExportDocument = new TypedDocumentString(`
    mutation IsolationRequestExport {
  requestPersonalDataExport(input: {}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<IsolationRequestExportMutation, IsolationRequestExportMutationVariables>;
export const IsolationChatAgentDocument = new TypedDocumentString(`
    mutation IsolationChatAgent {
  setChatAgentAvailable(available: true)
}
    `) as unknown as TypedDocumentString<IsolationChatAgentMutation, IsolationChatAgentMutationVariables>;
export const IsolationStartChatDocument = new TypedDocumentString(`
    mutation IsolationStartChat($input: StartChatInput!) {
  startChat(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationStartChatMutation, IsolationStartChatMutationVariables>;
export const IsolationLabelIncidentDocument = new TypedDocumentString(`
    mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) {
  setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationLabelIncidentMutation, IsolationLabelIncidentMutationVariables>;
export const IsolationLabelIncidentAgainDocument = new TypedDocumentString(`
    mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) {
  setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationLabelIncidentAgainMutation, IsolationLabelIncidentAgainMutationVariables>;
export const IsolationOrganisationDocument = new TypedDocumentString(`
    query IsolationOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<IsolationOrganisationQuery, IsolationOrganisationQueryVariables>;
export const IsolationOrganisationsDocument = new TypedDocumentString(`
    query IsolationOrganisations {
  organisations(first: 10) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationOrganisationsQuery, IsolationOrganisationsQueryVariables>;
export const IsolationOrganisations2Document = new TypedDocumentString(`
    query IsolationOrganisations2 {
  organisations(first: 10) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IsolationOrganisations2Query, IsolationOrganisations2QueryVariables>;
export const IsolationMyOrganisationDocument = new TypedDocumentString(`
    query IsolationMyOrganisation {
  myOrganisation {
    users {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<IsolationMyOrganisationQuery, IsolationMyOrganisationQueryVariables>;
export const ThemesTeamsCreateThemeDocument = new TypedDocumentString(`
    mutation ThemesTeamsCreateTheme($input: CreateThemeInput!) {
  createTheme(input: $input) {
    errors {
      field
      code
      message
    }
    theme {
      id
      code
      nameNl
      nameEn
      name
      team {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsCreateThemeMutation, ThemesTeamsCreateThemeMutationVariables>;
export const ThemesTeamsUpdateThemeDocument = new TypedDocumentString(`
    mutation ThemesTeamsUpdateTheme($input: UpdateThemeInput!) {
  updateTheme(input: $input) {
    errors {
      field
      code
    }
    theme {
      id
      nameNl
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsUpdateThemeMutation, ThemesTeamsUpdateThemeMutationVariables>;
export const ThemesTeamsMoveThemeDocument = new TypedDocumentString(`
    mutation ThemesTeamsMoveTheme($themeId: ID!, $teamId: ID!) {
  moveTheme(themeId: $themeId, teamId: $teamId) {
    errors {
      field
      code
    }
    theme {
      team {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsMoveThemeMutation, ThemesTeamsMoveThemeMutationVariables>;
export const ThemesTeamsMoveThreadsDocument = new TypedDocumentString(`
    mutation ThemesTeamsMoveThreads($themeId: ID!) {
  moveOpenThreads(themeId: $themeId) {
    moved
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsMoveThreadsMutation, ThemesTeamsMoveThreadsMutationVariables>;
export const ThemesTeamsAdminThemeDocument = new TypedDocumentString(`
    query ThemesTeamsAdminTheme($themeId: ID!) {
  adminTheme(themeId: $themeId) {
    id
    openThreadsElsewhere
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsAdminThemeQuery, ThemesTeamsAdminThemeQueryVariables>;
export const ThemesTeamsAdminThemesDocument = new TypedDocumentString(`
    query ThemesTeamsAdminThemes($first: Int, $after: Cursor) {
  adminThemes(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsAdminThemesQuery, ThemesTeamsAdminThemesQueryVariables>;
export const ThemesTeamsThemesDocument = new TypedDocumentString(`
    query ThemesTeamsThemes {
  themes {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsThemesQuery, ThemesTeamsThemesQueryVariables>;
export const ThemesTeamsCreateTeamDocument = new TypedDocumentString(`
    mutation ThemesTeamsCreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    errors {
      field
      code
      message
    }
    team {
      id
      nameNl
      nameEn
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsCreateTeamMutation, ThemesTeamsCreateTeamMutationVariables>;
export const ThemesTeamsUpdateTeamDocument = new TypedDocumentString(`
    mutation ThemesTeamsUpdateTeam($input: UpdateTeamInput!) {
  updateTeam(input: $input) {
    errors {
      field
      code
    }
    team {
      id
      nameNl
      nameEn
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsUpdateTeamMutation, ThemesTeamsUpdateTeamMutationVariables>;
export const ThemesTeamsAddMemberDocument = new TypedDocumentString(`
    mutation ThemesTeamsAddMember($input: TeamMemberInput!) {
  addTeamMember(input: $input) {
    errors {
      field
      code
    }
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsAddMemberMutation, ThemesTeamsAddMemberMutationVariables>;
export const ThemesTeamsRemoveMemberDocument = new TypedDocumentString(`
    mutation ThemesTeamsRemoveMember($input: TeamMemberInput!) {
  removeTeamMember(input: $input) {
    errors {
      field
      code
    }
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsRemoveMemberMutation, ThemesTeamsRemoveMemberMutationVariables>;
export const ThemesTeamsSetHelpDocument = new TypedDocumentString(`
    mutation ThemesTeamsSetHelp($input: SetTeamMemberHelpInput!) {
  setTeamMemberHelp(input: $input) {
    errors {
      field
      code
    }
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsSetHelpMutation, ThemesTeamsSetHelpMutationVariables>;
export const ThemesTeamsAdminTeamDocument = new TypedDocumentString(`
    query ThemesTeamsAdminTeam($teamId: ID!) {
  adminTeam(teamId: $teamId) {
    id
    members {
      offeredInHelp
      user {
        id
      }
    }
    memberCandidates {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsAdminTeamQuery, ThemesTeamsAdminTeamQueryVariables>;
export const ThemesTeamsHelpDocument = new TypedDocumentString(`
    query ThemesTeamsHelp {
  teams {
    id
    handlers {
      id
    }
    helpHandlers {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsHelpQuery, ThemesTeamsHelpQueryVariables>;
export const ThemesTeamsHistoryDocument = new TypedDocumentString(`
    query ThemesTeamsHistory($kind: AdminHistoryKind, $first: Int) {
  adminHistory(kind: $kind, first: $first) {
    edges {
      node {
        action
        entityType
        entityId
        actor {
          email
        }
        changes {
          field
          oldValue
          newValue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesTeamsHistoryQuery, ThemesTeamsHistoryQueryVariables>;
export const RoundTripsThreadDocument = new TypedDocumentString(`
    query RoundTripsThread($referenceNumber: String!) {
  thread(referenceNumber: $referenceNumber) {
    referenceNumber
    title
    lastMessageAt
    theme {
      name
    }
    team {
      name
    }
    messages {
      id
      title
      body
      sentAt
      senderLabel
      direction
      attachmentCount
      read
      author {
        firstName
        lastName
      }
    }
    contacts {
      firstName
      lastName
      email
      confirmed
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsThreadQuery, RoundTripsThreadQueryVariables>;
export const RoundTripsOpenThreadDocument = new TypedDocumentString(`
    mutation RoundTripsOpenThread($referenceNumber: String!) {
  markThreadRead(referenceNumber: $referenceNumber) {
    referenceNumber
    messages {
      title
      read
      author {
        lastName
      }
    }
    contacts {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsOpenThreadMutation, RoundTripsOpenThreadMutationVariables>;
export const CategoriesReadDocument = new TypedDocumentString(`
    query CategoriesRead {
  ticketSettings {
    categories {
      id
      code
      nameNl
      nameEn
      position
      active
      ticketCount
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesReadQuery, CategoriesReadQueryVariables>;
export const CategoriesCreateDocument = new TypedDocumentString(`
    mutation CategoriesCreate($input: NewTicketCategoryInput!) {
  createTicketCategory(input: $input) {
    errors {
      field
      code
      message
    }
    settings {
      categories {
        id
        code
        nameNl
        nameEn
        position
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesCreateMutation, CategoriesCreateMutationVariables>;
export const CategoriesUpdateDocument = new TypedDocumentString(`
    mutation CategoriesUpdate($input: TicketCategoryInput!) {
  updateTicketCategory(input: $input) {
    errors {
      field
      code
      message
    }
    settings {
      categories {
        id
        nameNl
        nameEn
        position
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesUpdateMutation, CategoriesUpdateMutationVariables>;
export const CategoriesRemoveDocument = new TypedDocumentString(`
    mutation CategoriesRemove($id: ID!) {
  removeTicketCategory(categoryId: $id) {
    errors {
      field
      code
      message
    }
    settings {
      categories {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesRemoveMutation, CategoriesRemoveMutationVariables>;
export const CategoriesOfferedDocument = new TypedDocumentString(`
    query CategoriesOffered($all: Boolean!) {
  ticketCategories(includeInactive: $all) {
    id
    name
    active
  }
}
    `) as unknown as TypedDocumentString<CategoriesOfferedQuery, CategoriesOfferedQueryVariables>;
export const CategoriesSupportTypesDocument = new TypedDocumentString(`
    query CategoriesSupportTypes {
  ticketSupportTypes {
    id
    code
  }
}
    `) as unknown as TypedDocumentString<CategoriesSupportTypesQuery, CategoriesSupportTypesQueryVariables>;
export const CategoriesCreateTicketDocument = new TypedDocumentString(`
    mutation CategoriesCreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      field
      code
    }
    ticket {
      id
      category {
        id
        name
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesCreateTicketMutation, CategoriesCreateTicketMutationVariables>;
export const CategoriesTicketDocument = new TypedDocumentString(`
    query CategoriesTicket($id: ID) {
  ticket(id: $id) {
    category {
      id
      name
      active
    }
    entries {
      kind
      event {
        type
        from
        to
        fields
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesTicketQuery, CategoriesTicketQueryVariables>;
export const CategoriesDetailsDocument = new TypedDocumentString(`
    mutation CategoriesDetails($input: UpdateTicketDetailsInput!) {
  updateTicketDetails(input: $input) {
    errors {
      field
      code
    }
    ticket {
      category {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesDetailsMutation, CategoriesDetailsMutationVariables>;
export const CategoriesStaffListDocument = new TypedDocumentString(`
    query CategoriesStaffList($filter: StaffTicketFilterInput) {
  staffTickets(filter: $filter, first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesStaffListQuery, CategoriesStaffListQueryVariables>;
export const CategoriesReportDocument = new TypedDocumentString(`
    query CategoriesReport($from: Day!, $to: Day!) {
  ticketCategoryCounts(from: $from, to: $to) {
    category {
      id
      name
      active
    }
    created
    open
  }
  ticketDeflectionReport(from: $from, to: $to, top: 2) {
    suggestionsShown
    ticketsAvoided
    ticketsAfterSuggestions
    topArticles {
      articleId
      slug
      title
      ticketsAvoided
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesReportQuery, CategoriesReportQueryVariables>;
export const CategoriesDeflectDocument = new TypedDocumentString(`
    mutation CategoriesDeflect($input: RecordDeflectionInput!) {
  recordTicketDeflection(input: $input) {
    recorded
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesDeflectMutation, CategoriesDeflectMutationVariables>;
export const SettingsReadDocument = new TypedDocumentString(`
    query SettingsRead {
  ticketSettings {
    supportTypes {
      id
      code
      reactionMinutes
      resolutionMinutes
      alwaysOpen
      resolutionByPriority {
        priority
        minutes
      }
    }
    queues {
      id
      code
      explanationNl
      autoResolveAfterDays
    }
    calendar {
      id
      timeZone
      week {
        weekday
        opensAt
        closesAt
      }
      closingDays {
        id
        onDate
        everyYearOn
        nameNl
      }
    }
    themes {
      id
      unreadReminderDays
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsReadQuery, SettingsReadQueryVariables>;
export const SettingsTargetsDocument = new TypedDocumentString(`
    mutation SettingsTargets($input: SupportTypeTargetsInput!) {
  updateSupportTypeTargets(input: $input) {
    errors {
      field
      code
      message
    }
    settings {
      supportTypes {
        id
        reactionMinutes
        resolutionMinutes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsTargetsMutation, SettingsTargetsMutationVariables>;
export const SettingsQueueDocument = new TypedDocumentString(`
    mutation SettingsQueue($input: QueueSettingsInput!) {
  updateQueueSettings(input: $input) {
    errors {
      field
      code
      message
    }
    settings {
      queues {
        id
        autoResolveAfterDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsQueueMutation, SettingsQueueMutationVariables>;
export const SettingsCalendarDocument = new TypedDocumentString(`
    mutation SettingsCalendar($input: CalendarInput!) {
  updateBusinessCalendar(input: $input) {
    errors {
      field
      code
      message
    }
    settings {
      calendar {
        timeZone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsCalendarMutation, SettingsCalendarMutationVariables>;
export const SettingsAddClosingDocument = new TypedDocumentString(`
    mutation SettingsAddClosing($input: ClosingDayInput!) {
  addClosingDay(input: $input) {
    errors {
      field
      code
      message
    }
    settings {
      calendar {
        closingDays {
          id
          onDate
          everyYearOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsAddClosingMutation, SettingsAddClosingMutationVariables>;
export const SettingsRemoveClosingDocument = new TypedDocumentString(`
    mutation SettingsRemoveClosing($id: ID!) {
  removeClosingDay(closingDayId: $id) {
    calendar {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsRemoveClosingMutation, SettingsRemoveClosingMutationVariables>;
export const SettingsReminderDocument = new TypedDocumentString(`
    mutation SettingsReminder($input: ThemeReminderInput!) {
  updateThemeReminder(input: $input) {
    errors {
      field
      code
    }
    settings {
      themes {
        id
        unreadReminderDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsReminderMutation, SettingsReminderMutationVariables>;
export const SettingsTicketPriorityDocument = new TypedDocumentString(`
    mutation SettingsTicketPriority($input: UpdateTicketDetailsInput!) {
  updateTicketDetails(input: $input) {
    errors {
      code
    }
    ticket {
      priority
      resolutionDueAt
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsTicketPriorityMutation, SettingsTicketPriorityMutationVariables>;
export const SettingsCustomerTicketDocument = new TypedDocumentString(`
    query SettingsCustomerTicket($id: ID) {
  ticket(id: $id) {
    priority
  }
}
    `) as unknown as TypedDocumentString<SettingsCustomerTicketQuery, SettingsCustomerTicketQueryVariables>;
export const SettingsCreateTicketDocument = new TypedDocumentString(`
    mutation SettingsCreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      code
    }
    ticket {
      id
      firstResponseDueAt
      resolutionDueAt
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsCreateTicketMutation, SettingsCreateTicketMutationVariables>;
export const TracedExportDocument = new TypedDocumentString(`
    mutation TracedExport($input: RequestPersonalDataExportInput!) {
  requestPersonalDataExport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TracedExportMutation, TracedExportMutationVariables>;
export const TestLoginDocument = new TypedDocumentString(`
    mutation TestLogin($input: LoginInput!) {
  login(input: $input) {
    token
    errors {
      field
      code
      message
    }
    user {
      id
      email
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<TestLoginMutation, TestLoginMutationVariables>;
export const TestAddContactPersonDocument = new TypedDocumentString(`
    mutation TestAddContactPerson($input: AddContactPersonInput!) {
  addContactPerson(input: $input) {
    contactPerson {
      id
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TestAddContactPersonMutation, TestAddContactPersonMutationVariables>;
export const TestConfirmContactPersonDocument = new TypedDocumentString(`
    mutation TestConfirmContactPerson($t: String!) {
  confirmContactPerson(token: $t) {
    status
  }
}
    `) as unknown as TypedDocumentString<TestConfirmContactPersonMutation, TestConfirmContactPersonMutationVariables>;
export const TestSendMessageDocument = new TypedDocumentString(`
    mutation TestSendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message {
      id
      referenceNumber
      direction
      title
    }
    recipient {
      kind
      name
    }
    errors {
      field
      code
      message
    }
    privacyWarnings {
      kind
      field
      masked
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TestSendMessageMutation, TestSendMessageMutationVariables>;
export const TestReplyToThreadDocument = new TypedDocumentString(`
    mutation TestReplyToThread($input: ReplyInput!) {
  replyToThread(input: $input) {
    message {
      id
      referenceNumber
      direction
      body
    }
    recipient {
      kind
      name
    }
    errors {
      field
      code
      message
    }
    privacyWarnings {
      kind
      field
      masked
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TestReplyToThreadMutation, TestReplyToThreadMutationVariables>;
export const TestSendMessageToOrganisationDocument = new TypedDocumentString(`
    mutation TestSendMessageToOrganisation($input: StaffSendMessageInput!) {
  sendMessageToOrganisation(input: $input) {
    message {
      id
      referenceNumber
      direction
      title
    }
    recipient {
      kind
      name
    }
    errors {
      field
      code
      message
    }
    privacyWarnings {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<TestSendMessageToOrganisationMutation, TestSendMessageToOrganisationMutationVariables>;
export const WorldThreadContactsDocument = new TypedDocumentString(`
    query WorldThreadContacts($r: String!) {
  thread(referenceNumber: $r) {
    id
    contacts {
      id
      standard
    }
  }
}
    `) as unknown as TypedDocumentString<WorldThreadContactsQuery, WorldThreadContactsQueryVariables>;
export const WorldSessionsDocument = new TypedDocumentString(`
    query WorldSessions {
  mySessions {
    id
    current
  }
}
    `) as unknown as TypedDocumentString<WorldSessionsQuery, WorldSessionsQueryVariables>;
export const WorldCreateTicketDocument = new TypedDocumentString(`
    mutation WorldCreateTicket($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      field
      code
    }
    privacyWarnings {
      kind
    }
    ticket {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<WorldCreateTicketMutation, WorldCreateTicketMutationVariables>;
export const WorldChatAgentDocument = new TypedDocumentString(`
    mutation WorldChatAgent {
  setChatAgentAvailable(available: true)
}
    `) as unknown as TypedDocumentString<WorldChatAgentMutation, WorldChatAgentMutationVariables>;
export const WorldStartChatDocument = new TypedDocumentString(`
    mutation WorldStartChat($input: StartChatInput!) {
  startChat(input: $input) {
    errors {
      code
    }
    chat {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorldStartChatMutation, WorldStartChatMutationVariables>;