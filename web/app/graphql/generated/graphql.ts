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

export type LiveChatUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveChatUpdatedSubscription = { chatUpdated: { id: string, status: ChatStatus } };

export type LiveStaffChatsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveStaffChatsSubscription = { staffChatsChanged: Array<{ id: string, status: ChatStatus }> };

export type UserErrorFieldsFragment = { field?: string | null, code: string, message: string };

export type PrivacyWarningFieldsFragment = { field: string, kind: SensitiveDataKind, masked: string, message: string };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me?: { id: string, email: string, firstName: string, lastName: string, phone?: string | null, language: Language, roles: Array<Role>, isStaff: boolean, organisation?: { id: string, name: string } | null } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token?: string | null, expiresAt?: string | null, errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, language: Language } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: TokenPasswordInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token?: string | null, expiresAt?: string | null, errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, language: Language } | null } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, userAgent?: string | null, ip?: string | null, current: boolean }> };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, firstName: string, lastName: string, email: string, phone?: string | null } | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type SetLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetLanguageMutation = { setLanguage: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, language: Language } | null } };

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type AdminOrganisationFieldsFragment = { id: string, name: string, enterpriseNumber?: string | null, recognitionNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, deactivatedAt?: string | null, themes: Array<{ id: string, name: string }> };

export type AdminOrganisationsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type AdminOrganisationsQuery = { organisations: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, name: string, enterpriseNumber?: string | null, recognitionNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, deactivatedAt?: string | null, themes: Array<{ id: string, name: string }> } }> } };

export type AdminOrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminOrganisationQuery = { organisation: { id: string, name: string, enterpriseNumber?: string | null, recognitionNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, deactivatedAt?: string | null, users: Array<{ id: string, firstName: string, lastName: string, email: string, roles: Array<Role>, status: UserStatus }>, themes: Array<{ id: string, name: string }> }, themes: Array<{ id: string, name: string }> };

export type AdminThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminThemesQuery = { themes: Array<{ id: string, name: string }>, teams: Array<{ id: string, name: string }> };

export type AdminCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type AdminCreateOrganisationMutation = { createOrganisation: { errors: Array<{ field?: string | null, code: string, message: string }>, organisation?: { id: string, name: string } | null } };

export type AdminUpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type AdminUpdateOrganisationMutation = { updateOrganisation: { errors: Array<{ field?: string | null, code: string, message: string }>, organisation?: { id: string } | null } };

export type AdminDeactivateOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminDeactivateOrganisationMutation = { deactivateOrganisation: { id: string } };

export type AdminReactivateOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminReactivateOrganisationMutation = { reactivateOrganisation: { id: string } };

export type AdminInviteOrganisationAdminMutationVariables = Exact<{
  input: InviteOrganisationAdminInput;
}>;


export type AdminInviteOrganisationAdminMutation = { inviteOrganisationAdmin: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, email: string } | null } };

export type AdminHistoryQueryVariables = Exact<{
  kind?: InputMaybe<AdminHistoryKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type AdminHistoryQuery = { adminHistory: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, action: string, entityType: string, entityId?: string | null, createdAt: string, organisation?: { id: string, name: string } | null, actor?: { id: string, firstName: string, lastName: string, isStaff: boolean } | null, changes: Array<{ field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type CustomerChatQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerChatQuery = { chatAvailability: { open: boolean, agentsAvailable: boolean, offered: boolean, opensAt?: string | null }, runningChat?: { id: string, status: ChatStatus, subject: string, agentName?: string | null, messages: Array<{ id: string, body: string, byStaff: boolean, mine: boolean, createdAt: string }> } | null };

export type StaffChatQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffChatQuery = { chatAgentAvailable: boolean, staffChats: Array<{ id: string, status: ChatStatus, subject: string, startedAt: string, customer?: { firstName: string, lastName: string, email: string } | null, organisation?: { name: string } | null, messages: Array<{ id: string, body: string, byStaff: boolean, mine: boolean, createdAt: string }> }> };

export type StartChatMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type StartChatMutation = { startChat: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string } | null } };

export type SendChatMessageMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type SendChatMessageMutation = { sendChatMessage: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string } | null } };

export type EndChatMutationVariables = Exact<{
  input: EndChatInput;
}>;


export type EndChatMutation = { endChat: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string, ticketNumber?: string | null } | null } };

export type TakeChatMutationVariables = Exact<{
  chatId: Scalars['ID']['input'];
}>;


export type TakeChatMutation = { takeChat: { errors: Array<{ field?: string | null, code: string, message: string }>, chat?: { id: string } | null } };

export type SetChatAgentAvailableMutationVariables = Exact<{
  available: Scalars['Boolean']['input'];
}>;


export type SetChatAgentAvailableMutation = { setChatAgentAvailable: boolean };

export type EndedChatQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndedChatQuery = { chat: { id: string, status: ChatStatus, endReason?: ChatEndReason | null, ticketNumber?: string | null } };

export type KbArticlesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbArticlesQuery = { knowledgeArticles: { edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, summary: string, category: string, tags: Array<string>, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean } } };

export type KbSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbSearchQuery = { searchKnowledgeBase: { edges: Array<{ cursor: string, node: { item: { id: string, slug: string, title: string, category: string, updatedAt: string }, snippet: Array<{ text: string, match: boolean }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean } } };

export type KbArticleQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type KbArticleQuery = { knowledgeArticle: { id: string, slug: string, title: string, bodyHtml: string, category: string, tags: Array<string>, status: KnowledgeItemStatus, updatedAt: string } };

export type KbNewsItemQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type KbNewsItemQuery = { newsItem: { id: string, slug: string, title: string, bodyHtml: string, status: KnowledgeItemStatus, publishedAt?: string | null, updatedAt: string } };

export type KbNewsAndOutagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type KbNewsAndOutagesQuery = { newsItems: { edges: Array<{ node: { id: string, slug: string, title: string, summary: string, publishedAt?: string | null, updatedAt: string } }> }, outages: { edges: Array<{ node: { id: string, title: string, service: string, status: OutageStatus, startedAt: string, endedAt?: string | null, updates: Array<{ id: string, status: OutageStatus, message: string, createdAt: string }> } }> } };

export type KbOpenOutagesQueryVariables = Exact<{ [key: string]: never; }>;


export type KbOpenOutagesQuery = { openOutages: Array<{ id: string, title: string, service: string, status: OutageStatus, startedAt: string }> };

export type KbRecordDeflectionMutationVariables = Exact<{
  input: RecordDeflectionInput;
}>;


export type KbRecordDeflectionMutation = { recordTicketDeflection: { recorded: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type KbAdminArticlesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbAdminArticlesQuery = { knowledgeArticles: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, status: KnowledgeItemStatus, updatedAt: string } }> } };

export type KbAdminNewsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbAdminNewsQuery = { newsItems: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, status: KnowledgeItemStatus, updatedAt: string } }> } };

export type KbAdminOutagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KbAdminOutagesQuery = { outages: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { id: string, title: string, service: string, status: OutageStatus, startedAt: string, endedAt?: string | null } }> } };

export type KbAdminItemQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  news: Scalars['Boolean']['input'];
}>;


export type KbAdminItemQuery = { knowledgeArticle?: { id: string, kind: KnowledgeItemKind, slug: string, status: KnowledgeItemStatus, category: string, tags: Array<string>, titleNl: string, titleEn: string, bodyNl: string, bodyEn: string }, newsItem?: { id: string, kind: KnowledgeItemKind, slug: string, status: KnowledgeItemStatus, category: string, tags: Array<string>, titleNl: string, titleEn: string, bodyNl: string, bodyEn: string } };

export type KbSaveItemMutationVariables = Exact<{
  input: SaveKnowledgeItemInput;
}>;


export type KbSaveItemMutation = { saveKnowledgeItem: { errors: Array<{ field?: string | null, code: string, message: string }>, item?: { id: string, slug: string } | null } };

export type KbOpenOutageMutationVariables = Exact<{
  input: OpenOutageInput;
}>;


export type KbOpenOutageMutation = { openOutage: { errors: Array<{ field?: string | null, code: string, message: string }>, outage?: { id: string } | null } };

export type KbUpdateOutageMutationVariables = Exact<{
  input: UpdateOutageInput;
}>;


export type KbUpdateOutageMutation = { updateOutage: { errors: Array<{ field?: string | null, code: string, message: string }>, outage?: { id: string } | null } };

export type FailedMailsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedMailsQuery = { failedMails: Array<{ id: string, recipient: string, subject: string, organisationName?: string | null, reason: string, attempts: number, failedAt: string }> };

export type RetryFailedMailMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryFailedMailMutation = { retryFailedMail: boolean };

export type HeldMailsQueryVariables = Exact<{
  status: InboundMailStatus;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  organisations?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HeldMailsQuery = { inboundMails: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { id: string, status: InboundMailStatus, reason?: string | null, sender: string, subject: string, receivedAt: string, sizeBytes: number, downloadPath: string } }> }, organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type ReplayInboundMailMutationVariables = Exact<{
  input: ReplayInboundMailInput;
}>;


export type ReplayInboundMailMutation = { replayInboundMail: { errors: Array<{ field?: string | null, code: string, message: string }>, inboundMail?: { id: string, ticketNumber?: string | null } | null } };

export type DiscardInboundMailMutationVariables = Exact<{
  input: DiscardInboundMailInput;
}>;


export type DiscardInboundMailMutation = { discardInboundMail: { errors: Array<{ field?: string | null, code: string, message: string }>, inboundMail?: { id: string } | null } };

export type MessagesListFieldsFragment = { id: string, referenceNumber: string, title: string, direction: Direction, read: boolean, sentAt: string, senderLabel: string, attachmentCount: number, theme: { id: string, name: string }, addressedTeam?: { id: string, name: string } | null, addressedHandler?: { id: string, firstName: string, lastName: string } | null };

export type MessagesContactFieldsFragment = { id: string, contactPersonId?: string | null, firstName: string, lastName: string, email: string, phone?: string | null, standard: boolean, confirmed: boolean };

export type MessagesSendPayloadFragment = { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null };

export type MessagesStartPageQueryVariables = Exact<{
  latest: Scalars['Int']['input'];
}>;


export type MessagesStartPageQuery = { tasks: Array<{ id: string, kind: TaskKind, message: string, awaitingConfirmation: boolean, theme: { id: string, name: string } }>, latest: { totalCount?: number | null, edges: Array<{ node: { id: string, referenceNumber: string, title: string, direction: Direction, read: boolean, sentAt: string, senderLabel: string, attachmentCount: number, theme: { id: string, name: string }, addressedTeam?: { id: string, name: string } | null, addressedHandler?: { id: string, firstName: string, lastName: string } | null } }> }, messageCounts: { inbound: number, unreadInbound: number }, myOrganisation?: { id: string, themes: Array<{ id: string, name: string }> } | null, teams: Array<{ id: string, name: string, handlers: Array<{ id: string, firstName: string, lastName: string }> }> };

export type MessagesListQueryVariables = Exact<{
  filter?: InputMaybe<MessageFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type MessagesListQuery = { messages: { totalCount?: number | null, totalCountCapped?: boolean | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, referenceNumber: string, title: string, direction: Direction, read: boolean, sentAt: string, senderLabel: string, attachmentCount: number, theme: { id: string, name: string }, addressedTeam?: { id: string, name: string } | null, addressedHandler?: { id: string, firstName: string, lastName: string } | null } }> }, messageCounts: { inbound: number, outbound: number, unreadInbound: number }, myOrganisation?: { id: string, themes: Array<{ id: string, name: string }> } | null };

export type MessagesThemeTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesThemeTasksQuery = { tasks: Array<{ id: string, message: string, awaitingConfirmation: boolean, theme: { id: string } }> };

export type MessagesOpenThreadMutationVariables = Exact<{
  referenceNumber: Scalars['String']['input'];
}>;


export type MessagesOpenThreadMutation = { markThreadRead: { id: string, referenceNumber: string, title: string, theme: { id: string, name: string }, team: { id: string, name: string }, messages: Array<{ id: string, direction: Direction, title: string, body: string, sentAt: string, senderLabel: string, addressedTeam?: { id: string, name: string } | null, addressedHandler?: { id: string, firstName: string, lastName: string } | null, attachments: Array<{ id: string, fileName: string, sizeBytes: number, contentType: string }> }>, contacts: Array<{ id: string, contactPersonId?: string | null, firstName: string, lastName: string, email: string, phone?: string | null, standard: boolean, confirmed: boolean }> } };

export type MessagesNewContextQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesNewContextQuery = { myOrganisation?: { id: string, themes: Array<{ id: string, name: string, teamId: string }> } | null, teams: Array<{ id: string, name: string, handlers: Array<{ id: string, firstName: string, lastName: string }> }> };

export type MessagesDraftContactsQueryVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type MessagesDraftContactsQuery = { draftThreadContacts: Array<{ id: string, contactPersonId?: string | null, firstName: string, lastName: string, email: string, phone?: string | null, standard: boolean, confirmed: boolean }> };

export type MessagesSendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type MessagesSendMutation = { sendMessage: { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null } };

export type MessagesReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type MessagesReplyMutation = { replyToThread: { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null } };

export type OrganisationUserFieldsFragment = { id: string, firstName: string, lastName: string, email: string, language: Language, status: UserStatus, tenantRole?: TenantRole | null };

export type OrganisationUsersPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type OrganisationUsersPageQuery = { organisationUsers: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, firstName: string, lastName: string, email: string, language: Language, status: UserStatus, tenantRole?: TenantRole | null } }> } };

export type OrganisationUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationUserQuery = { organisationUser: { id: string, firstName: string, lastName: string, email: string, language: Language, status: UserStatus, tenantRole?: TenantRole | null } };

export type InviteOrganisationUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteOrganisationUserMutation = { inviteUser: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string } | null } };

export type ResendUserInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendUserInvitationMutation = { resendInvitation: { id: string } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { deactivateUser: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string } | null } };

export type ReactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { reactivateUser: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string } | null } };

export type OrganisationFieldsFragment = { id: string, name: string, externalNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, updatedAt: string, themes: Array<{ id: string, name: string }> };

export type ContactPersonFieldsFragment = { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { myOrganisation?: { id: string, name: string, externalNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, updatedAt: string, themes: Array<{ id: string, name: string }> } | null };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { errors: Array<{ field?: string | null, code: string, message: string }>, organisation?: { id: string, name: string, externalNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, updatedAt: string, themes: Array<{ id: string, name: string }> } | null } };

export type ContactPersonsQueryVariables = Exact<{
  filter?: InputMaybe<ContactPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ContactPersonsQuery = { contactPersons: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> } }> } };

export type ContactPersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactPersonQuery = { contactPerson: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> } };

export type ContactsPageQueryVariables = Exact<{
  filter?: InputMaybe<ContactPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ContactsPageQuery = { contactPersons: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> } }> }, all: { totalCount?: number | null }, tasks: Array<{ id: string, kind: TaskKind, message: string, awaitingConfirmation: boolean, contactPersonId?: string | null, theme: { id: string, name: string } }> };

export type AddContactPersonMutationVariables = Exact<{
  input: AddContactPersonInput;
}>;


export type AddContactPersonMutation = { addContactPerson: { errors: Array<{ field?: string | null, code: string, message: string }>, contactPerson?: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> } | null } };

export type UpdateContactPersonMutationVariables = Exact<{
  input: UpdateContactPersonInput;
}>;


export type UpdateContactPersonMutation = { updateContactPerson: { errors: Array<{ field?: string | null, code: string, message: string }>, contactPerson?: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> } | null } };

export type RemoveContactPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveContactPersonMutation = { removeContactPerson: string };

export type ResendContactConfirmationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendContactConfirmationMutation = { resendContactConfirmation: { errors: Array<{ field?: string | null, code: string, message: string }>, contactPerson?: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, language: Language, status: ContactPersonStatus, confirmedAt?: string | null, hasAccess: boolean, emailUndeliverable?: { reason: string, since: string } | null, themes: Array<{ id: string, name: string }> } | null } };

export type InviteContactPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type InviteContactPersonMutation = { inviteContactPerson: { errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, email: string, status: UserStatus } | null } };

export type OrganisationHistoryQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type OrganisationHistoryQuery = { organisationHistory: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, action: string, entityType: string, entityId?: string | null, createdAt: string, actor?: { id: string, firstName: string, lastName: string, isStaff: boolean } | null, changes: Array<{ field: string, oldValue?: string | null, newValue?: string | null }> } }> } };

export type OrganisationUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationUsersQuery = { myOrganisation?: { id: string, users: Array<{ id: string, firstName: string, lastName: string }> } | null };

export type ContactConfirmationLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ContactConfirmationLinkQuery = { contactConfirmationLink?: { status: ContactConfirmationStatus, message: string, organisationName?: string | null, themeNames: Array<string> } | null };

export type ConfirmContactPersonMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmContactPersonMutation = { confirmContactPerson: { status: ContactConfirmationStatus, message: string, organisationName?: string | null, themeNames: Array<string> } };

export type MyPersonalDataExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPersonalDataExportsQuery = { myPersonalDataExports: Array<{ id: string, status: PersonalDataExportStatus, createdAt: string, readyAt?: string | null, downloadPath: string }> };

export type RequestPersonalDataExportMutationVariables = Exact<{
  input: RequestPersonalDataExportInput;
}>;


export type RequestPersonalDataExportMutation = { requestPersonalDataExport: { id: string, status: PersonalDataExportStatus } };

export type PrivacyPeopleQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type PrivacyPeopleQuery = { privacyPeople: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { kind: PersonKind, id: string, firstName: string, lastName: string, email: string, organisationName?: string | null, legalHold: boolean, erased: boolean } }> } };

export type ErasePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type ErasePersonMutation = { erasePerson: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type SetLegalHoldMutationVariables = Exact<{
  input: SetLegalHoldInput;
}>;


export type SetLegalHoldMutation = { setLegalHold: boolean };

export type RetentionPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type RetentionPageQuery = { retentionOverview: { themes: Array<{ id: string, code: string, name: string, retentionDays?: number | null, due: number, held: number }>, queues: Array<{ id: string, code: string, name: string, retentionDays?: number | null, due: number, held: number }> }, lastRetentionRun?: { startedAt: string, finishedAt: string, threads: number, tickets: number, inboundMails: number, files: number, webhookDeliveries: number, exports: number } | null, legalHolds: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node: { record: LegalHoldRecord, id: string, label: string, title: string, organisationName: string, reason?: string | null, heldAt?: string | null, heldByName?: string | null } }> } };

export type SetRetentionPeriodMutationVariables = Exact<{
  input: SetRetentionPeriodInput;
}>;


export type SetRetentionPeriodMutation = { setRetentionPeriod: { ok: boolean, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type LegalHoldQueryVariables = Exact<{
  record: LegalHoldRecord;
  key: Scalars['String']['input'];
}>;


export type LegalHoldQuery = { legalHold: { record: LegalHoldRecord, id: string, label: string, title: string, organisationName: string, onHold: boolean, reason?: string | null, heldAt?: string | null, heldByName?: string | null } };

export type ChangeLegalHoldMutationVariables = Exact<{
  input: ChangeLegalHoldInput;
}>;


export type ChangeLegalHoldMutation = { changeLegalHold: { errors: Array<{ field?: string | null, code: string, message: string }>, legalHold?: { onHold: boolean } | null } };

export type ServiceLevelReportQueryVariables = Exact<{
  from: Scalars['Day']['input'];
  to: Scalars['Day']['input'];
}>;


export type ServiceLevelReportQuery = { ticketCategoryCounts: Array<{ created: number, open: number, category: { id: string, name: string, active: boolean } }>, ticketDeflectionReport: { suggestionsShown: number, ticketsAvoided: number, ticketsAfterSuggestions: number, topArticles: Array<{ articleId: string, slug: string, title: string, ticketsAvoided: number }> }, securityIncidentCounts: Array<{ organisationId: string, organisationName: string, year: number, incidents: number, noticeSentAt?: string | null }>, serviceLevelReport: Array<{ month: string, queueCode: string, queue: string, supportTypeCode: string, supportType: string, created: number, reactionMet: number, reactionBreached: number, reactionMetPercent?: number | null, medianReactionMinutes?: number | null, resolutionMet: number, resolutionBreached: number, resolutionMetPercent?: number | null, medianResolutionMinutes?: number | null }> };

export type LoginOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginOptionsQuery = { loginOptions: { password: boolean, singleSignOn?: { name: string } | null } };

export type StartSingleSignOnMutationVariables = Exact<{ [key: string]: never; }>;


export type StartSingleSignOnMutation = { startSingleSignOn: { authorizationUrl?: string | null, state?: string | null, nonce?: string | null, codeVerifier?: string | null } };

export type CompleteSingleSignOnMutationVariables = Exact<{
  input: CompleteSingleSignOnInput;
}>;


export type CompleteSingleSignOnMutation = { completeSingleSignOn: { token?: string | null, expiresAt?: string | null, errors: Array<{ field?: string | null, code: string, message: string }>, user?: { id: string, language: Language } | null } };

export type SingleSignOutUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleSignOutUrlQuery = { singleSignOutUrl?: string | null };

export type StaffTicketRowFragment = { id: string, number: string, subject: string, status: TicketStatus, priority: TicketPriority, updatedAt: string, slaState?: SlaState | null, clockPaused: boolean, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolvedAt?: string | null, resolutionDueAt?: string | null, organisation: { id: string, name: string }, queue: { id: string, name: string }, assignee?: { id: string, firstName: string, lastName: string } | null };

export type StaffTicketSlaFragment = { slaState?: SlaState | null, clockPaused: boolean, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolvedAt?: string | null, resolutionDueAt?: string | null };

export type StaffTicketQueueCountFieldsFragment = { openCount: number, worksHere: boolean, queue: { id: string, code: string, name: string } };

export type StaffTicketPayloadFieldsFragment = { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null };

export type StaffTicketsQueryVariables = Exact<{
  filter?: InputMaybe<StaffTicketFilterInput>;
  sort: TicketSort;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type StaffTicketsQuery = { staffTickets: { totalCount?: number | null, totalCountCapped?: boolean | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, subject: string, status: TicketStatus, priority: TicketPriority, updatedAt: string, slaState?: SlaState | null, clockPaused: boolean, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolvedAt?: string | null, resolutionDueAt?: string | null, organisation: { id: string, name: string }, queue: { id: string, name: string }, assignee?: { id: string, firstName: string, lastName: string } | null } }> } };

export type StaffTicketOptionsQueryVariables = Exact<{
  organisations?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StaffTicketOptionsQuery = { ticketQueueCounts: Array<{ openCount: number, worksHere: boolean, queue: { id: string, code: string, name: string } }>, ticketCategories: Array<{ id: string, name: string, active: boolean }>, ticketSupportTypes: Array<{ id: string, name: string }>, ticketLabels: Array<{ id: string, name: string }>, teams: Array<{ id: string, handlers: Array<{ id: string, firstName: string, lastName: string }> }>, organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type StaffTicketQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type StaffTicketQuery = { ticket: { id: string, number: string, subject: string, description: string, status: TicketStatus, allowedStatuses: Array<TicketStatus>, channel: TicketChannel, createdAt: string, updatedAt: string, closeRequestedAt?: string | null, postponedUntil?: string | null, solution?: string | null, plannedVersion?: string | null, expectedResolutionOn?: string | null, priority: TicketPriority, clockPausedMinutes?: number | null, requesterEmail: string, slaState?: SlaState | null, clockPaused: boolean, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolvedAt?: string | null, resolutionDueAt?: string | null, requester?: { id: string, firstName: string, lastName: string, email: string, erased: boolean } | null, organisation: { id: string, name: string, users: Array<{ id: string, firstName: string, lastName: string, status: UserStatus }> }, category: { id: string, name: string }, supportType: { id: string, name: string }, queue: { id: string, name: string, explanation: string }, assignee?: { id: string, firstName: string, lastName: string } | null, labels: Array<{ id: string, name: string }>, participants: Array<{ notify: boolean, user: { id: string, firstName: string, lastName: string, email: string, isStaff: boolean } }>, mergedInto?: { id: string, number: string } | null, previousTicket?: { id: string, number: string } | null, entries: Array<{ id: string, kind: TicketEntryKind, body: string, byStaff: boolean, closeRequest: boolean, createdAt: string, author?: { id: string, firstName: string, lastName: string, erased: boolean } | null, event?: { type: string, from?: string | null, to?: string | null, number?: string | null, fields?: Array<string> | null } | null, attachments: Array<{ id: string, fileName: string, sizeBytes: number, contentType: string }> }> } };

export type StaffTicketReplyMutationVariables = Exact<{
  input: TicketReplyInput;
}>;


export type StaffTicketReplyMutation = { replyToTicket: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketNoteMutationVariables = Exact<{
  input: TicketReplyInput;
}>;


export type StaffTicketNoteMutation = { addTicketNote: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketStatusMutationVariables = Exact<{
  input: SetTicketStatusInput;
}>;


export type StaffTicketStatusMutation = { setTicketStatus: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketQueueMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  queueId: Scalars['ID']['input'];
}>;


export type StaffTicketQueueMutation = { moveTicketQueue: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketAssignMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffTicketAssignMutation = { assignTicket: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketDetailsMutationVariables = Exact<{
  input: UpdateTicketDetailsInput;
}>;


export type StaffTicketDetailsMutation = { updateTicketDetails: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketLabelsMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  labelIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type StaffTicketLabelsMutation = { setTicketLabels: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketParticipantMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type StaffTicketParticipantMutation = { addTicketParticipant: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketTargetQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type StaffTicketTargetQuery = { ticket: { id: string, number: string, subject: string, status: TicketStatus, organisation: { id: string, name: string } } };

export type StaffTicketMergeMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  intoTicketId: Scalars['ID']['input'];
}>;


export type StaffTicketMergeMutation = { mergeTicket: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffTicketRegisterOptionsQueryVariables = Exact<{
  organisations?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StaffTicketRegisterOptionsQuery = { ticketCategories: Array<{ id: string, name: string }>, ticketSupportTypes: Array<{ id: string, name: string }>, organisations: { edges: Array<{ node: { id: string, name: string } }> } };

export type StaffTicketOrganisationUsersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffTicketOrganisationUsersQuery = { organisation: { id: string, name: string, users: Array<{ id: string, firstName: string, lastName: string, email: string, status: UserStatus }> } };

export type StaffRegisterTicketMutationVariables = Exact<{
  input: RegisterTicketInput;
}>;


export type StaffRegisterTicketMutation = { registerTicket: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type StaffUserFieldsFragment = { id: string, email: string, firstName: string, lastName: string, language: Language, role: StaffRole, status: UserStatus, teams: Array<{ id: string, name: string }>, queues: Array<{ id: string, name: string }> };

export type StaffUsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
  status?: InputMaybe<UserStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type StaffUsersQuery = { staffUsers: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, email: string, firstName: string, lastName: string, language: Language, role: StaffRole, status: UserStatus, teams: Array<{ id: string, name: string }>, queues: Array<{ id: string, name: string }> } }> } };

export type StaffUserNamesQueryVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type StaffUserNamesQuery = { staffUsers: { edges: Array<{ node: { id: string, firstName: string, lastName: string } }> } };

export type StaffUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffUserQuery = { staffUser: { id: string, email: string, firstName: string, lastName: string, language: Language, role: StaffRole, status: UserStatus, teams: Array<{ id: string, name: string }>, queues: Array<{ id: string, name: string }> }, staffQueueChoices: Array<{ id: string, name: string }> };

export type InviteStaffUserMutationVariables = Exact<{
  input: InviteStaffUserInput;
}>;


export type InviteStaffUserMutation = { inviteStaffUser: { errors: Array<{ field?: string | null, code: string, message: string }>, staffUser?: { id: string } | null } };

export type ChangeStaffRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type ChangeStaffRoleMutation = { changeStaffRole: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type SetStaffQueuesMutationVariables = Exact<{
  input: SetStaffQueuesInput;
}>;


export type SetStaffQueuesMutation = { setStaffQueues: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type DeactivateStaffUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DeactivateStaffUserMutation = { deactivateStaffUser: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type ReactivateStaffUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ReactivateStaffUserMutation = { reactivateStaffUser: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type ResendStaffInvitationMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResendStaffInvitationMutation = { resendStaffInvitation: { id: string } };

export type StaffThreadRowFragment = { id: string, referenceNumber: string, title: string, unanswered: boolean, lastMessageAt: string, messageCount: number, organisation: { id: string, name: string }, theme: { id: string, name: string }, team: { id: string, name: string }, assignedHandler?: { id: string, firstName: string, lastName: string } | null, latestMessage?: { id: string, direction: Direction, senderLabel: string } | null };

export type StaffSendResultFragment = { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null };

export type StaffInboxQueryVariables = Exact<{
  filter?: InputMaybe<StaffInboxFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type StaffInboxQuery = { staffInbox: { totalCount?: number | null, totalCountCapped?: boolean | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, referenceNumber: string, title: string, unanswered: boolean, lastMessageAt: string, messageCount: number, organisation: { id: string, name: string }, theme: { id: string, name: string }, team: { id: string, name: string }, assignedHandler?: { id: string, firstName: string, lastName: string } | null, latestMessage?: { id: string, direction: Direction, senderLabel: string } | null } }> } };

export type StaffInboxOptionsQueryVariables = Exact<{
  organisations: Scalars['Int']['input'];
}>;


export type StaffInboxOptionsQuery = { teams: Array<{ id: string, name: string, handlers: Array<{ id: string, firstName: string, lastName: string }> }>, themes: Array<{ id: string, name: string }>, organisations: { totalCount?: number | null, edges: Array<{ node: { id: string, name: string } }> } };

export type StaffOrganisationNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffOrganisationNameQuery = { organisation: { id: string, name: string } };

export type StaffThreadQueryVariables = Exact<{
  referenceNumber: Scalars['String']['input'];
}>;


export type StaffThreadQuery = { thread: { id: string, referenceNumber: string, title: string, unanswered: boolean, createdAt: string, lastMessageAt: string, organisation: { id: string, name: string, externalNumber?: string | null }, theme: { id: string, name: string }, team: { id: string, name: string, handlers: Array<{ id: string, firstName: string, lastName: string }> }, assignedHandler?: { id: string, firstName: string, lastName: string } | null, contacts: Array<{ id: string, firstName: string, lastName: string, email: string, phone?: string | null, standard: boolean, confirmed: boolean }>, messages: Array<{ id: string, direction: Direction, senderLabel: string, sentAt: string, body: string, attachments: Array<{ id: string, fileName: string, sizeBytes: number, contentType: string }> }> } };

export type StaffAssignThreadMutationVariables = Exact<{
  referenceNumber: Scalars['String']['input'];
  handlerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StaffAssignThreadMutation = { assignThread: { errors: Array<{ field?: string | null, code: string, message: string }>, thread?: { id: string, assignedHandler?: { id: string, firstName: string, lastName: string } | null } | null } };

export type StaffReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type StaffReplyMutation = { replyToThread: { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null } };

export type StaffSendMutationVariables = Exact<{
  input: StaffSendMessageInput;
}>;


export type StaffSendMutation = { sendMessageToOrganisation: { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, message?: { id: string, referenceNumber: string } | null, recipient?: { kind: RecipientKind, name: string } | null } };

export type StaffNewMessageOrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffNewMessageOrganisationQuery = { organisation: { id: string, name: string, externalNumber?: string | null, themes: Array<{ id: string, name: string, team: { id: string, name: string } }> }, tasks: Array<{ id: string, theme: { id: string, name: string } }>, teams: Array<{ id: string, handlers: Array<{ id: string }> }> };

export type StaffOrganisationsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type StaffOrganisationsQuery = { organisations: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, name: string, externalNumber?: string | null, email?: string | null, phone?: string | null } }> } };

export type StaffOrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  contacts: Scalars['Int']['input'];
}>;


export type StaffOrganisationQuery = { organisation: { id: string, name: string, externalNumber?: string | null, phone?: string | null, email?: string | null, websiteUrl?: string | null, updatedAt: string, themes: Array<{ id: string, name: string, team: { id: string, name: string } }>, users: Array<{ id: string, firstName: string, lastName: string, email: string, roles: Array<Role>, status: UserStatus }> }, contactPersons: { totalCount?: number | null, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, firstName: string, lastName: string, email: string, phone?: string | null, status: ContactPersonStatus, hasAccess: boolean, themes: Array<{ id: string, name: string }> } }> }, tasks: Array<{ id: string, message: string, awaitingConfirmation: boolean, theme: { id: string, name: string } }> };

export type AdminThemeListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type AdminThemeListQuery = { adminThemes: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, code: string, name: string, team: { id: string, name: string } } }> }, teams: Array<{ id: string, name: string }> };

export type AdminThemeQueryVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type AdminThemeQuery = { adminTheme: { id: string, code: string, name: string, nameNl: string, nameEn: string, openThreadsElsewhere: number, team: { id: string, name: string } }, teams: Array<{ id: string, name: string }> };

export type AdminCreateThemeMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type AdminCreateThemeMutation = { createTheme: { errors: Array<{ field?: string | null, code: string, message: string }>, theme?: { id: string } | null } };

export type AdminUpdateThemeMutationVariables = Exact<{
  input: UpdateThemeInput;
}>;


export type AdminUpdateThemeMutation = { updateTheme: { errors: Array<{ field?: string | null, code: string, message: string }>, theme?: { id: string } | null } };

export type AdminMoveThemeMutationVariables = Exact<{
  themeId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
}>;


export type AdminMoveThemeMutation = { moveTheme: { errors: Array<{ field?: string | null, code: string, message: string }>, theme?: { id: string, team: { id: string, name: string } } | null } };

export type AdminMoveOpenThreadsMutationVariables = Exact<{
  themeId: Scalars['ID']['input'];
}>;


export type AdminMoveOpenThreadsMutation = { moveOpenThreads: { moved: number } };

export type AdminTeamListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type AdminTeamListQuery = { adminTeams: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, name: string, email?: string | null, handlers: Array<{ id: string }> } }> } };

export type AdminTeamQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type AdminTeamQuery = { adminTeam: { id: string, name: string, nameNl: string, nameEn: string, email?: string | null, members: Array<{ offeredInHelp: boolean, user: { id: string, firstName: string, lastName: string, email: string, status: UserStatus } }>, memberCandidates: Array<{ id: string, firstName: string, lastName: string, email: string }> }, themes: Array<{ id: string, name: string, teamId: string }> };

export type AdminCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type AdminCreateTeamMutation = { createTeam: { errors: Array<{ field?: string | null, code: string, message: string }>, team?: { id: string } | null } };

export type AdminUpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type AdminUpdateTeamMutation = { updateTeam: { errors: Array<{ field?: string | null, code: string, message: string }>, team?: { id: string } | null } };

export type AdminAddTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type AdminAddTeamMemberMutation = { addTeamMember: { errors: Array<{ field?: string | null, code: string, message: string }>, team?: { id: string } | null } };

export type AdminRemoveTeamMemberMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type AdminRemoveTeamMemberMutation = { removeTeamMember: { errors: Array<{ field?: string | null, code: string, message: string }>, team?: { id: string } | null } };

export type AdminSetTeamMemberHelpMutationVariables = Exact<{
  input: SetTeamMemberHelpInput;
}>;


export type AdminSetTeamMemberHelpMutation = { setTeamMemberHelp: { errors: Array<{ field?: string | null, code: string, message: string }>, team?: { id: string } | null } };

export type TicketSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketSettingsQuery = { ticketSettings: { supportTypes: Array<{ id: string, code: string, nameNl: string, nameEn: string, reactionMinutes?: number | null, resolutionMinutes?: number | null, alwaysOpen: boolean, resolutionByPriority: Array<{ priority: TicketPriority, minutes: number }> }>, queues: Array<{ id: string, code: string, nameNl: string, nameEn: string, explanationNl: string, explanationEn: string, expectedReactionNl?: string | null, expectedReactionEn?: string | null, autoResolveAfterDays: number }>, themes: Array<{ id: string, nameNl: string, nameEn: string, unreadReminderDays?: number | null }>, categories: Array<{ id: string, code: string, nameNl: string, nameEn: string, position: number, active: boolean, ticketCount: number }>, calendar: { id: string, timeZone: string, week: Array<{ weekday: number, opensAt: string, closesAt: string }>, closingDays: Array<{ id: string, onDate?: string | null, everyYearOn?: string | null, nameNl: string, nameEn: string }> } } };

export type UpdateSupportTypeTargetsMutationVariables = Exact<{
  input: SupportTypeTargetsInput;
}>;


export type UpdateSupportTypeTargetsMutation = { updateSupportTypeTargets: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type UpdateQueueSettingsMutationVariables = Exact<{
  input: QueueSettingsInput;
}>;


export type UpdateQueueSettingsMutation = { updateQueueSettings: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type UpdateThemeReminderMutationVariables = Exact<{
  input: ThemeReminderInput;
}>;


export type UpdateThemeReminderMutation = { updateThemeReminder: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type UpdateBusinessCalendarMutationVariables = Exact<{
  input: CalendarInput;
}>;


export type UpdateBusinessCalendarMutation = { updateBusinessCalendar: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type AddClosingDayMutationVariables = Exact<{
  input: ClosingDayInput;
}>;


export type AddClosingDayMutation = { addClosingDay: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type RemoveClosingDayMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveClosingDayMutation = { removeClosingDay: { calendar: { id: string } } };

export type CreateTicketCategoryMutationVariables = Exact<{
  input: NewTicketCategoryInput;
}>;


export type CreateTicketCategoryMutation = { createTicketCategory: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type UpdateTicketCategoryMutationVariables = Exact<{
  input: TicketCategoryInput;
}>;


export type UpdateTicketCategoryMutation = { updateTicketCategory: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type RemoveTicketCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveTicketCategoryMutation = { removeTicketCategory: { errors: Array<{ field?: string | null, code: string, message: string }> } };

export type TicketsOptionFieldsFragment = { id: string, code: string, name: string };

export type TicketsListFieldsFragment = { id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, createdAt: string, requesterEmail: string, category: { id: string, code: string, name: string }, supportType: { id: string, code: string, name: string }, requester?: { id: string, firstName: string, lastName: string, erased: boolean } | null };

export type TicketEntryFieldsFragment = { id: string, kind: TicketEntryKind, body: string, byStaff: boolean, closeRequest: boolean, createdAt: string, author?: { id: string, firstName: string, lastName: string, erased: boolean } | null, event?: { type: string, from?: string | null, to?: string | null, number?: string | null, fields?: Array<string> | null } | null, attachments: Array<{ id: string, fileName: string, sizeBytes: number, contentType: string }> };

export type TicketsDetailFieldsFragment = { description: string, channel: TicketChannel, closeRequestedAt?: string | null, expectedResolutionDate?: string | null, priority: TicketPriority, postponedUntil?: string | null, plannedVersion?: string | null, solution?: string | null, resolvedAt?: string | null, closedAt?: string | null, notifyMe: boolean, id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, createdAt: string, requesterEmail: string, assignee?: { id: string, firstName: string, lastName: string } | null, queue: { id: string, code: string, name: string, explanation: string, expectedReaction?: string | null, nextMeetingOn?: string | null }, labels: Array<{ id: string, code: string, name: string }>, previousTicket?: { id: string, number: string, subject: string } | null, mergedInto?: { id: string, number: string, subject: string } | null, entries: Array<{ id: string, kind: TicketEntryKind, body: string, byStaff: boolean, closeRequest: boolean, createdAt: string, author?: { id: string, firstName: string, lastName: string, erased: boolean } | null, event?: { type: string, from?: string | null, to?: string | null, number?: string | null, fields?: Array<string> | null } | null, attachments: Array<{ id: string, fileName: string, sizeBytes: number, contentType: string }> }>, category: { id: string, code: string, name: string }, supportType: { id: string, code: string, name: string }, requester?: { id: string, firstName: string, lastName: string, erased: boolean } | null };

export type TicketsPayloadFieldsFragment = { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null };

export type TicketsListQueryVariables = Exact<{
  view: TicketView;
  sort: TicketSort;
  filter?: InputMaybe<TicketFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type TicketsListQuery = { tickets: { totalCount?: number | null, totalCountCapped?: boolean | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, createdAt: string, requesterEmail: string, category: { id: string, code: string, name: string }, supportType: { id: string, code: string, name: string }, requester?: { id: string, firstName: string, lastName: string, erased: boolean } | null } }> }, ticketCategories: Array<{ id: string, code: string, name: string }>, ticketSupportTypes: Array<{ id: string, code: string, name: string }> };

export type TicketsOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketsOptionsQuery = { ticketCategories: Array<{ id: string, code: string, name: string }>, ticketSupportTypes: Array<{ id: string, code: string, name: string }> };

export type TicketsByNumberQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type TicketsByNumberQuery = { ticket: { description: string, channel: TicketChannel, closeRequestedAt?: string | null, expectedResolutionDate?: string | null, priority: TicketPriority, postponedUntil?: string | null, plannedVersion?: string | null, solution?: string | null, resolvedAt?: string | null, closedAt?: string | null, notifyMe: boolean, id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, createdAt: string, requesterEmail: string, assignee?: { id: string, firstName: string, lastName: string } | null, queue: { id: string, code: string, name: string, explanation: string, expectedReaction?: string | null, nextMeetingOn?: string | null }, labels: Array<{ id: string, code: string, name: string }>, previousTicket?: { id: string, number: string, subject: string } | null, mergedInto?: { id: string, number: string, subject: string } | null, entries: Array<{ id: string, kind: TicketEntryKind, body: string, byStaff: boolean, closeRequest: boolean, createdAt: string, author?: { id: string, firstName: string, lastName: string, erased: boolean } | null, event?: { type: string, from?: string | null, to?: string | null, number?: string | null, fields?: Array<string> | null } | null, attachments: Array<{ id: string, fileName: string, sizeBytes: number, contentType: string }> }>, category: { id: string, code: string, name: string }, supportType: { id: string, code: string, name: string }, requester?: { id: string, firstName: string, lastName: string, erased: boolean } | null } };

export type TicketsCreateMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type TicketsCreateMutation = { createTicket: { errors: Array<{ field?: string | null, code: string, message: string }>, privacyWarnings: Array<{ field: string, kind: SensitiveDataKind, masked: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type TicketsReplyMutationVariables = Exact<{
  input: TicketReplyInput;
}>;


export type TicketsReplyMutation = { replyToTicket: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type TicketsRequestCloseMutationVariables = Exact<{
  input: TicketReplyInput;
}>;


export type TicketsRequestCloseMutation = { requestTicketClose: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type TicketsNotificationsMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  notify: Scalars['Boolean']['input'];
}>;


export type TicketsNotificationsMutation = { setTicketNotifications: { errors: Array<{ field?: string | null, code: string, message: string }>, ticket?: { id: string, number: string } | null } };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string } }> } };

export type WebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEventTypesQuery = { webhookEventTypes: Array<WebhookEventType> };

export type WebhookEndpointQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WebhookEndpointQuery = { webhookEventTypes: Array<WebhookEventType>, webhookEndpoint: { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledAt?: string | null, disabledReason?: string | null, consecutiveFailures: number, createdAt: string, deliveries: { totalCount?: number | null, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, finishedAt?: string | null, log: Array<{ attemptedAt: string, statusCode?: number | null, latencyMs: number, responseExcerpt?: string | null, error?: string | null }> } }> } } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret?: string | null, errors: Array<{ field?: string | null, code: string, message: string }>, endpoint?: { id: string } | null } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { errors: Array<{ field?: string | null, code: string, message: string }>, endpoint?: { id: string } | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret?: string | null, errors: Array<{ field?: string | null, code: string, message: string }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, status: WebhookDeliveryStatus } };

export type LiveOpenOutagesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveOpenOutagesSubscription = { openOutagesChanged: Array<{ id: string, title: string, service: string, status: OutageStatus, startedAt: string }> };

export type MySessionRevokedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MySessionRevokedSubscription = { mySessionRevoked: string };

export type LiveMessageAddedSubscriptionVariables = Exact<{
  themeId?: InputMaybe<Scalars['ID']['input']>;
  referenceNumber?: InputMaybe<Scalars['String']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LiveMessageAddedSubscription = { messageAdded: { id: string, referenceNumber: string, direction: Direction, title: string, organisation: { id: string, name: string } } };

export type LiveTasksChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveTasksChangedSubscription = { tasksChanged: Array<{ id: string }> };

export type MessagesCountsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MessagesCountsChangedSubscription = { messageCountsChanged: { unreadInbound: number } };

export type MessagesUnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesUnreadCountQuery = { messageCounts: { unreadInbound: number } };

export type TasksChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TasksChangedSubscription = { tasksChanged: Array<{ id: string }> };

export type StaffLiveTicketQueuesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffLiveTicketQueuesSubscription = { ticketQueueChanged: Array<{ openCount: number, queue: { id: string } }> };

export type StaffLiveTicketUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffLiveTicketUpdatedSubscription = { ticketUpdated: { id: string, updatedAt: string, entries: Array<{ id: string }>, participants: Array<{ user: { id: string } }> } };

export type StaffQuarantineCountQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffQuarantineCountQuery = { quarantineCount: number };

export type StaffQuarantineCountChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffQuarantineCountChangedSubscription = { quarantineCountChanged: number };

export type LiveTicketUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveTicketUpdatedSubscription = { ticketUpdated: { id: string, status: TicketStatus, entries: Array<{ id: string, kind: TicketEntryKind, byStaff: boolean, author?: { id: string } | null }> } };

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
export const AdminOrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminOrganisationFields on Organisation {
  id
  name
  enterpriseNumber
  recognitionNumber
  phone
  email
  websiteUrl
  deactivatedAt
  themes {
    id
    name
  }
}
    `, {"fragmentName":"AdminOrganisationFields"}) as unknown as TypedDocumentString<AdminOrganisationFieldsFragment, unknown>;
export const MessagesListFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessagesListFields on Message {
  id
  referenceNumber
  title
  direction
  read
  sentAt
  senderLabel
  attachmentCount
  theme {
    id
    name
  }
  addressedTeam {
    id
    name
  }
  addressedHandler {
    id
    firstName
    lastName
  }
}
    `, {"fragmentName":"MessagesListFields"}) as unknown as TypedDocumentString<MessagesListFieldsFragment, unknown>;
export const MessagesContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessagesContactFields on ThreadContact {
  id
  contactPersonId
  firstName
  lastName
  email
  phone
  standard
  confirmed
}
    `, {"fragmentName":"MessagesContactFields"}) as unknown as TypedDocumentString<MessagesContactFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  code
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const PrivacyWarningFieldsFragmentDoc = new TypedDocumentString(`
    fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}
    `, {"fragmentName":"PrivacyWarningFields"}) as unknown as TypedDocumentString<PrivacyWarningFieldsFragment, unknown>;
export const MessagesSendPayloadFragmentDoc = new TypedDocumentString(`
    fragment MessagesSendPayload on SendMessagePayload {
  errors {
    ...UserErrorFields
  }
  privacyWarnings {
    ...PrivacyWarningFields
  }
  message {
    id
    referenceNumber
  }
  recipient {
    kind
    name
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}`, {"fragmentName":"MessagesSendPayload"}) as unknown as TypedDocumentString<MessagesSendPayloadFragment, unknown>;
export const OrganisationUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganisationUserFields on User {
  id
  firstName
  lastName
  email
  language
  status
  tenantRole
}
    `, {"fragmentName":"OrganisationUserFields"}) as unknown as TypedDocumentString<OrganisationUserFieldsFragment, unknown>;
export const OrganisationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganisationFields on Organisation {
  id
  name
  externalNumber
  phone
  email
  websiteUrl
  updatedAt
  themes {
    id
    name
  }
}
    `, {"fragmentName":"OrganisationFields"}) as unknown as TypedDocumentString<OrganisationFieldsFragment, unknown>;
export const ContactPersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}
    `, {"fragmentName":"ContactPersonFields"}) as unknown as TypedDocumentString<ContactPersonFieldsFragment, unknown>;
export const StaffTicketSlaFragmentDoc = new TypedDocumentString(`
    fragment StaffTicketSla on Ticket {
  slaState
  clockPaused
  firstResponseAt
  firstResponseDueAt
  resolvedAt
  resolutionDueAt
}
    `, {"fragmentName":"StaffTicketSla"}) as unknown as TypedDocumentString<StaffTicketSlaFragment, unknown>;
export const StaffTicketRowFragmentDoc = new TypedDocumentString(`
    fragment StaffTicketRow on Ticket {
  id
  number
  subject
  status
  priority
  updatedAt
  ...StaffTicketSla
  organisation {
    id
    name
  }
  queue {
    id
    name
  }
  assignee {
    id
    firstName
    lastName
  }
}
    fragment StaffTicketSla on Ticket {
  slaState
  clockPaused
  firstResponseAt
  firstResponseDueAt
  resolvedAt
  resolutionDueAt
}`, {"fragmentName":"StaffTicketRow"}) as unknown as TypedDocumentString<StaffTicketRowFragment, unknown>;
export const StaffTicketQueueCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffTicketQueueCountFields on TicketQueueCount {
  openCount
  worksHere
  queue {
    id
    code
    name
  }
}
    `, {"fragmentName":"StaffTicketQueueCountFields"}) as unknown as TypedDocumentString<StaffTicketQueueCountFieldsFragment, unknown>;
export const StaffTicketPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"fragmentName":"StaffTicketPayloadFields"}) as unknown as TypedDocumentString<StaffTicketPayloadFieldsFragment, unknown>;
export const StaffUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffUserFields on StaffUser {
  id
  email
  firstName
  lastName
  language
  role
  status
  teams {
    id
    name
  }
  queues {
    id
    name
  }
}
    `, {"fragmentName":"StaffUserFields"}) as unknown as TypedDocumentString<StaffUserFieldsFragment, unknown>;
export const StaffThreadRowFragmentDoc = new TypedDocumentString(`
    fragment StaffThreadRow on Thread {
  id
  referenceNumber
  title
  unanswered
  lastMessageAt
  messageCount
  organisation {
    id
    name
  }
  theme {
    id
    name
  }
  team {
    id
    name
  }
  assignedHandler {
    id
    firstName
    lastName
  }
  latestMessage {
    id
    direction
    senderLabel
  }
}
    `, {"fragmentName":"StaffThreadRow"}) as unknown as TypedDocumentString<StaffThreadRowFragment, unknown>;
export const StaffSendResultFragmentDoc = new TypedDocumentString(`
    fragment StaffSendResult on SendMessagePayload {
  errors {
    ...UserErrorFields
  }
  privacyWarnings {
    ...PrivacyWarningFields
  }
  message {
    id
    referenceNumber
  }
  recipient {
    kind
    name
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}`, {"fragmentName":"StaffSendResult"}) as unknown as TypedDocumentString<StaffSendResultFragment, unknown>;
export const TicketsOptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketsOptionFields on TicketOption {
  id
  code
  name
}
    `, {"fragmentName":"TicketsOptionFields"}) as unknown as TypedDocumentString<TicketsOptionFieldsFragment, unknown>;
export const TicketsListFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketsListFields on Ticket {
  id
  number
  subject
  status
  updatedAt
  createdAt
  category {
    ...TicketsOptionFields
  }
  supportType {
    ...TicketsOptionFields
  }
  requester {
    id
    firstName
    lastName
    erased
  }
  requesterEmail
}
    fragment TicketsOptionFields on TicketOption {
  id
  code
  name
}`, {"fragmentName":"TicketsListFields"}) as unknown as TypedDocumentString<TicketsListFieldsFragment, unknown>;
export const TicketEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketEntryFields on TicketEntry {
  id
  kind
  body
  byStaff
  closeRequest
  createdAt
  author {
    id
    firstName
    lastName
    erased
  }
  event {
    type
    from
    to
    number
    fields
  }
  attachments {
    id
    fileName
    sizeBytes
    contentType
  }
}
    `, {"fragmentName":"TicketEntryFields"}) as unknown as TypedDocumentString<TicketEntryFieldsFragment, unknown>;
export const TicketsDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketsDetailFields on Ticket {
  ...TicketsListFields
  description
  channel
  closeRequestedAt
  expectedResolutionDate
  priority
  postponedUntil
  plannedVersion
  solution
  resolvedAt
  closedAt
  notifyMe
  assignee {
    id
    firstName
    lastName
  }
  queue {
    id
    code
    name
    explanation
    expectedReaction
    nextMeetingOn
  }
  labels {
    ...TicketsOptionFields
  }
  previousTicket {
    id
    number
    subject
  }
  mergedInto {
    id
    number
    subject
  }
  entries {
    ...TicketEntryFields
  }
}
    fragment TicketsOptionFields on TicketOption {
  id
  code
  name
}
fragment TicketsListFields on Ticket {
  id
  number
  subject
  status
  updatedAt
  createdAt
  category {
    ...TicketsOptionFields
  }
  supportType {
    ...TicketsOptionFields
  }
  requester {
    id
    firstName
    lastName
    erased
  }
  requesterEmail
}
fragment TicketEntryFields on TicketEntry {
  id
  kind
  body
  byStaff
  closeRequest
  createdAt
  author {
    id
    firstName
    lastName
    erased
  }
  event {
    type
    from
    to
    number
    fields
  }
  attachments {
    id
    fileName
    sizeBytes
    contentType
  }
}`, {"fragmentName":"TicketsDetailFields"}) as unknown as TypedDocumentString<TicketsDetailFieldsFragment, unknown>;
export const TicketsPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketsPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"fragmentName":"TicketsPayloadFields"}) as unknown as TypedDocumentString<TicketsPayloadFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledAt
  disabledReason
  consecutiveFailures
  createdAt
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const LiveChatUpdatedDocument = new TypedDocumentString(`
    subscription LiveChatUpdated($id: ID!) {
  chatUpdated(id: $id) {
    id
    status
  }
}
    `, {"hash":"305fda9adfbb11535470b0b016f9d3b493bc699c4a384872b1dfb96ffda8f252"}) as unknown as TypedDocumentString<LiveChatUpdatedSubscription, LiveChatUpdatedSubscriptionVariables>;
export const LiveStaffChatsDocument = new TypedDocumentString(`
    subscription LiveStaffChats {
  staffChatsChanged {
    id
    status
  }
}
    `, {"hash":"b5332f4ff389e9556eba5918932174ea25644b92af24eb310c8f91eb20b69d02"}) as unknown as TypedDocumentString<LiveStaffChatsSubscription, LiveStaffChatsSubscriptionVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    email
    firstName
    lastName
    phone
    language
    roles
    isStaff
    organisation {
      id
      name
    }
  }
}
    `, {"hash":"449d3b4772a6dbfd4835659b6333c5d18af89c475dc2a04a1739554d2009a7c8"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    errors {
      ...UserErrorFields
    }
    user {
      id
      language
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"3fa20c58351fb040b5c02f1d8efbf708728c1b67eba8e8f0f7c46e38ce838251"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `, {"hash":"cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `, {"hash":"5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72"}) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: TokenPasswordInput!) {
  resetPassword(input: $input) {
    ok
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"ec3271ae2611aee7dbaac8e253910ddaee3a786dd2c065dda92d9ad12a107433"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    ok
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"467fc08b01d5211bfb61493c0a7005781e069891b0cc66b0cf8a51c1585effab"}) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: TokenPasswordInput!) {
  acceptInvitation(input: $input) {
    token
    expiresAt
    errors {
      ...UserErrorFields
    }
    user {
      id
      language
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"335e455683eb66abe99cb64908a067663430f5613d7821a1f29c1adc30e1f5de"}) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    createdAt
    lastSeenAt
    expiresAt
    userAgent
    ip
    current
  }
}
    `, {"hash":"0a0ce1fc8dfbd1d5ca91c617c55734078c242472b849073aa66fb5a8ba88b4f1"}) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    errors {
      ...UserErrorFields
    }
    user {
      id
      firstName
      lastName
      email
      phone
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"59e140b174028592e19f2f643054e02ba86a6ac3bb4c35827128ec51e56b7bc7"}) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ok
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"82788c7d3fb42aaedd5f2e3b5ebfb7bf2332414a5309d9fe08d8faa2b68c3f27"}) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SetLanguageDocument = new TypedDocumentString(`
    mutation SetLanguage($language: Language!) {
  setLanguage(language: $language) {
    errors {
      ...UserErrorFields
    }
    user {
      id
      language
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"5dddb6816218ca83b464b01102fa2bf8136dd1ec3f4887a0cf6abe805dbffa35"}) as unknown as TypedDocumentString<SetLanguageMutation, SetLanguageMutationVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `, {"hash":"0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c"}) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations($search: String, $first: Int, $after: Cursor) {
  organisations(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AdminOrganisationFields
      }
    }
  }
}
    fragment AdminOrganisationFields on Organisation {
  id
  name
  enterpriseNumber
  recognitionNumber
  phone
  email
  websiteUrl
  deactivatedAt
  themes {
    id
    name
  }
}`, {"hash":"e44cf7def1006231b06501d15a5e7d314d84014731c97ad82f3887f554ca2dab"}) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminOrganisationDocument = new TypedDocumentString(`
    query AdminOrganisation($id: ID!) {
  organisation(id: $id) {
    ...AdminOrganisationFields
    users {
      id
      firstName
      lastName
      email
      roles
      status
    }
  }
  themes {
    id
    name
  }
}
    fragment AdminOrganisationFields on Organisation {
  id
  name
  enterpriseNumber
  recognitionNumber
  phone
  email
  websiteUrl
  deactivatedAt
  themes {
    id
    name
  }
}`, {"hash":"a5cb105a9a2a4d9da6574ab84c6f22dc0d31acb9959d42bef8ad6a561faf296c"}) as unknown as TypedDocumentString<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const AdminThemesDocument = new TypedDocumentString(`
    query AdminThemes {
  themes {
    id
    name
  }
  teams {
    id
    name
  }
}
    `, {"hash":"ac01fbe5a1695682a8a98cec3f03efcd01e56da2c66b4774eeee762cfd1d9260"}) as unknown as TypedDocumentString<AdminThemesQuery, AdminThemesQueryVariables>;
export const AdminCreateOrganisationDocument = new TypedDocumentString(`
    mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    errors {
      ...UserErrorFields
    }
    organisation {
      id
      name
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"9fc145d501121dc60e55fc5fff555375904bdf5d6964042a01266e1b0513bfa3"}) as unknown as TypedDocumentString<AdminCreateOrganisationMutation, AdminCreateOrganisationMutationVariables>;
export const AdminUpdateOrganisationDocument = new TypedDocumentString(`
    mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    errors {
      ...UserErrorFields
    }
    organisation {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"b6ef85485a37c6ef0a0a347f44837db16193927bfb747b954e8c99c8428ba0e9"}) as unknown as TypedDocumentString<AdminUpdateOrganisationMutation, AdminUpdateOrganisationMutationVariables>;
export const AdminDeactivateOrganisationDocument = new TypedDocumentString(`
    mutation AdminDeactivateOrganisation($id: ID!) {
  deactivateOrganisation(id: $id) {
    id
  }
}
    `, {"hash":"a99ada6e070e215685ed7a473baaf37a8dda14345312f1c2a47f67dd5ed69477"}) as unknown as TypedDocumentString<AdminDeactivateOrganisationMutation, AdminDeactivateOrganisationMutationVariables>;
export const AdminReactivateOrganisationDocument = new TypedDocumentString(`
    mutation AdminReactivateOrganisation($id: ID!) {
  reactivateOrganisation(id: $id) {
    id
  }
}
    `, {"hash":"5d36210a6e4d1ad30cd7938e38866e7176b53ddae9f9c1b1352bc9df822b3ea6"}) as unknown as TypedDocumentString<AdminReactivateOrganisationMutation, AdminReactivateOrganisationMutationVariables>;
export const AdminInviteOrganisationAdminDocument = new TypedDocumentString(`
    mutation AdminInviteOrganisationAdmin($input: InviteOrganisationAdminInput!) {
  inviteOrganisationAdmin(input: $input) {
    errors {
      ...UserErrorFields
    }
    user {
      id
      email
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"ff4d9ca549f31d3e1cf7afea54d08625a0a699b355cb2d67e9b95fb7dd402ade"}) as unknown as TypedDocumentString<AdminInviteOrganisationAdminMutation, AdminInviteOrganisationAdminMutationVariables>;
export const AdminHistoryDocument = new TypedDocumentString(`
    query AdminHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {
  adminHistory(kind: $kind, first: $first, after: $after) {
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
        organisation {
          id
          name
        }
        actor {
          id
          firstName
          lastName
          isStaff
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
    `, {"hash":"111d595e3bf8b2be9fd9030234152528e4ef315c51a35de55feaa1a702d9d1ef"}) as unknown as TypedDocumentString<AdminHistoryQuery, AdminHistoryQueryVariables>;
export const CustomerChatDocument = new TypedDocumentString(`
    query CustomerChat {
  chatAvailability {
    open
    agentsAvailable
    offered
    opensAt
  }
  runningChat {
    id
    status
    subject
    agentName
    messages {
      id
      body
      byStaff
      mine
      createdAt
    }
  }
}
    `, {"hash":"ad56c24440625bb68f500f16d0905b9ca73ad756b3d54a5489194c7e59dd2a92"}) as unknown as TypedDocumentString<CustomerChatQuery, CustomerChatQueryVariables>;
export const StaffChatDocument = new TypedDocumentString(`
    query StaffChat {
  chatAgentAvailable
  staffChats {
    id
    status
    subject
    startedAt
    customer {
      firstName
      lastName
      email
    }
    organisation {
      name
    }
    messages {
      id
      body
      byStaff
      mine
      createdAt
    }
  }
}
    `, {"hash":"b66154d4ecfc72f2ecca09643aa0336b952ff825ab187c12ce6fc77ef539d2a5"}) as unknown as TypedDocumentString<StaffChatQuery, StaffChatQueryVariables>;
export const StartChatDocument = new TypedDocumentString(`
    mutation StartChat($input: StartChatInput!) {
  startChat(input: $input) {
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
    `, {"hash":"d4fbe7caa892335e3eeffd4d999159a79c54b03377726eb0a07bd46ede5cae5b"}) as unknown as TypedDocumentString<StartChatMutation, StartChatMutationVariables>;
export const SendChatMessageDocument = new TypedDocumentString(`
    mutation SendChatMessage($input: SendChatMessageInput!) {
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
    `, {"hash":"3cd2cb3c61b3bf44211d99e00640d12feb1697c450901704b0e53c829b9f724f"}) as unknown as TypedDocumentString<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const EndChatDocument = new TypedDocumentString(`
    mutation EndChat($input: EndChatInput!) {
  endChat(input: $input) {
    errors {
      field
      code
      message
    }
    chat {
      id
      ticketNumber
    }
  }
}
    `, {"hash":"a0d5e6b35fc7effaed3f3407da434fed55155cac8793c1a7c90bfe1406cc203d"}) as unknown as TypedDocumentString<EndChatMutation, EndChatMutationVariables>;
export const TakeChatDocument = new TypedDocumentString(`
    mutation TakeChat($chatId: ID!) {
  takeChat(chatId: $chatId) {
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
    `, {"hash":"66851a6515572cc7d17300d6e6da3965956e40c55c4838781db4bb4ba74e9944"}) as unknown as TypedDocumentString<TakeChatMutation, TakeChatMutationVariables>;
export const SetChatAgentAvailableDocument = new TypedDocumentString(`
    mutation SetChatAgentAvailable($available: Boolean!) {
  setChatAgentAvailable(available: $available)
}
    `, {"hash":"d22503f6f14df6bb9c9ec8d6e0e2de53673aee24d688af4deb643f859b09b563"}) as unknown as TypedDocumentString<SetChatAgentAvailableMutation, SetChatAgentAvailableMutationVariables>;
export const EndedChatDocument = new TypedDocumentString(`
    query EndedChat($id: ID!) {
  chat(id: $id) {
    id
    status
    endReason
    ticketNumber
  }
}
    `, {"hash":"0e3f31559dee8a87d74c53198a4e7ad4704ace7dc1cb6f457fe85318aaeba06c"}) as unknown as TypedDocumentString<EndedChatQuery, EndedChatQueryVariables>;
export const KbArticlesDocument = new TypedDocumentString(`
    query KbArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  knowledgeArticles(first: $first, after: $after, last: $last, before: $before) {
    edges {
      cursor
      node {
        id
        slug
        title
        summary
        category
        tags
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
  }
}
    `, {"hash":"b544e05134da51169b899849f2580d0ec59da40e9677fc9e313ebf46879669c5"}) as unknown as TypedDocumentString<KbArticlesQuery, KbArticlesQueryVariables>;
export const KbSearchDocument = new TypedDocumentString(`
    query KbSearch($query: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  searchKnowledgeBase(
    query: $query
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      cursor
      node {
        item {
          id
          slug
          title
          category
          updatedAt
        }
        snippet {
          text
          match
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
  }
}
    `, {"hash":"8c1534aaeed9a53017c6d17843b41a75d56c1f678323d0e599b45c14231abd80"}) as unknown as TypedDocumentString<KbSearchQuery, KbSearchQueryVariables>;
export const KbArticleDocument = new TypedDocumentString(`
    query KbArticle($slug: String!) {
  knowledgeArticle(slug: $slug) {
    id
    slug
    title
    bodyHtml
    category
    tags
    status
    updatedAt
  }
}
    `, {"hash":"d35252b825333e8ca0484134daf0f462704cf9e0ae85d5d67caddd6fb0bcdc8e"}) as unknown as TypedDocumentString<KbArticleQuery, KbArticleQueryVariables>;
export const KbNewsItemDocument = new TypedDocumentString(`
    query KbNewsItem($slug: String!) {
  newsItem(slug: $slug) {
    id
    slug
    title
    bodyHtml
    status
    publishedAt
    updatedAt
  }
}
    `, {"hash":"59d6e966041c6d6a55e1ce6d2bb33c92ce6d558703bfa782a7d357c056ab3e20"}) as unknown as TypedDocumentString<KbNewsItemQuery, KbNewsItemQueryVariables>;
export const KbNewsAndOutagesDocument = new TypedDocumentString(`
    query KbNewsAndOutages($first: Int) {
  newsItems(first: $first) {
    edges {
      node {
        id
        slug
        title
        summary
        publishedAt
        updatedAt
      }
    }
  }
  outages(first: $first) {
    edges {
      node {
        id
        title
        service
        status
        startedAt
        endedAt
        updates {
          id
          status
          message
          createdAt
        }
      }
    }
  }
}
    `, {"hash":"905563eb7ec4de35c7ca29f16ed4f267fcfcca431319a66fb5af0d1dd9b4becf"}) as unknown as TypedDocumentString<KbNewsAndOutagesQuery, KbNewsAndOutagesQueryVariables>;
export const KbOpenOutagesDocument = new TypedDocumentString(`
    query KbOpenOutages {
  openOutages {
    id
    title
    service
    status
    startedAt
  }
}
    `, {"hash":"b9c223b519db2ddb519f25aebee496f9bbaf977ae50d425b7a3e5a3caa73f4fa"}) as unknown as TypedDocumentString<KbOpenOutagesQuery, KbOpenOutagesQueryVariables>;
export const KbRecordDeflectionDocument = new TypedDocumentString(`
    mutation KbRecordDeflection($input: RecordDeflectionInput!) {
  recordTicketDeflection(input: $input) {
    recorded
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"f785154f8e11900db10dff427bdc42056073988b25b99c2a4f07d1369140db29"}) as unknown as TypedDocumentString<KbRecordDeflectionMutation, KbRecordDeflectionMutationVariables>;
export const KbAdminArticlesDocument = new TypedDocumentString(`
    query KbAdminArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  knowledgeArticles(
    first: $first
    after: $after
    last: $last
    before: $before
    drafts: true
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    edges {
      cursor
      node {
        id
        slug
        title
        status
        updatedAt
      }
    }
  }
}
    `, {"hash":"c1edda75531aafce7752f34759592f911219fb93d2ea0d92257b7939140c0c65"}) as unknown as TypedDocumentString<KbAdminArticlesQuery, KbAdminArticlesQueryVariables>;
export const KbAdminNewsDocument = new TypedDocumentString(`
    query KbAdminNews($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  newsItems(
    first: $first
    after: $after
    last: $last
    before: $before
    drafts: true
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    edges {
      cursor
      node {
        id
        slug
        title
        status
        updatedAt
      }
    }
  }
}
    `, {"hash":"3a2b623fdbc96cabef35190240d9157c2b7267e186f466697f0c25dcd5aecd10"}) as unknown as TypedDocumentString<KbAdminNewsQuery, KbAdminNewsQueryVariables>;
export const KbAdminOutagesDocument = new TypedDocumentString(`
    query KbAdminOutages($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  outages(first: $first, after: $after, last: $last, before: $before) {
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    edges {
      cursor
      node {
        id
        title
        service
        status
        startedAt
        endedAt
      }
    }
  }
}
    `, {"hash":"976495903f9e47e8e5fe0243984f70d4eaf10376bdf6651319e46dcf0adf0215"}) as unknown as TypedDocumentString<KbAdminOutagesQuery, KbAdminOutagesQueryVariables>;
export const KbAdminItemDocument = new TypedDocumentString(`
    query KbAdminItem($slug: String!, $news: Boolean!) {
  knowledgeArticle(slug: $slug) @skip(if: $news) {
    id
    kind
    slug
    status
    category
    tags
    titleNl
    titleEn
    bodyNl
    bodyEn
  }
  newsItem(slug: $slug) @include(if: $news) {
    id
    kind
    slug
    status
    category
    tags
    titleNl
    titleEn
    bodyNl
    bodyEn
  }
}
    `, {"hash":"edbc7e23dc1dd9964d2eaa397a8f7e05e3b8c8c39c819fc450579661253dee3e"}) as unknown as TypedDocumentString<KbAdminItemQuery, KbAdminItemQueryVariables>;
export const KbSaveItemDocument = new TypedDocumentString(`
    mutation KbSaveItem($input: SaveKnowledgeItemInput!) {
  saveKnowledgeItem(input: $input) {
    errors {
      field
      code
      message
    }
    item {
      id
      slug
    }
  }
}
    `, {"hash":"233fda03f80459cc5a28a250ad0b0944c4a830725aaeae3832935047aa4c2f55"}) as unknown as TypedDocumentString<KbSaveItemMutation, KbSaveItemMutationVariables>;
export const KbOpenOutageDocument = new TypedDocumentString(`
    mutation KbOpenOutage($input: OpenOutageInput!) {
  openOutage(input: $input) {
    errors {
      field
      code
      message
    }
    outage {
      id
    }
  }
}
    `, {"hash":"8bc061c01489a32e8034a8adadf28af79fd667113c0435d9e1fff5e14c13649c"}) as unknown as TypedDocumentString<KbOpenOutageMutation, KbOpenOutageMutationVariables>;
export const KbUpdateOutageDocument = new TypedDocumentString(`
    mutation KbUpdateOutage($input: UpdateOutageInput!) {
  updateOutage(input: $input) {
    errors {
      field
      code
      message
    }
    outage {
      id
    }
  }
}
    `, {"hash":"9221251b2ff5af68e12241755395bb80627720fffcefda3b650a611bc2f621c8"}) as unknown as TypedDocumentString<KbUpdateOutageMutation, KbUpdateOutageMutationVariables>;
export const FailedMailsDocument = new TypedDocumentString(`
    query FailedMails {
  failedMails {
    id
    recipient
    subject
    organisationName
    reason
    attempts
    failedAt
  }
}
    `, {"hash":"09646841b8a3bf57df77e49b21c4a1f39df6dd929f5dd4516efdcdbbb5d43f57"}) as unknown as TypedDocumentString<FailedMailsQuery, FailedMailsQueryVariables>;
export const RetryFailedMailDocument = new TypedDocumentString(`
    mutation RetryFailedMail($id: ID!) {
  retryFailedMail(id: $id)
}
    `, {"hash":"4b9f63dfc02d699c50193ad6688b155d618e453a12f4fc7de9969726de535bd9"}) as unknown as TypedDocumentString<RetryFailedMailMutation, RetryFailedMailMutationVariables>;
export const HeldMailsDocument = new TypedDocumentString(`
    query HeldMails($status: InboundMailStatus!, $first: Int, $after: Cursor, $organisations: Int) {
  inboundMails(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    edges {
      cursor
      node {
        id
        status
        reason
        sender
        subject
        receivedAt
        sizeBytes
        downloadPath
      }
    }
  }
  organisations(first: $organisations) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"b1545dc1fa8c51b8d853435a2813c2620911503217efb7c6d78e6012d6ba3b6d"}) as unknown as TypedDocumentString<HeldMailsQuery, HeldMailsQueryVariables>;
export const ReplayInboundMailDocument = new TypedDocumentString(`
    mutation ReplayInboundMail($input: ReplayInboundMailInput!) {
  replayInboundMail(input: $input) {
    errors {
      field
      code
      message
    }
    inboundMail {
      id
      ticketNumber
    }
  }
}
    `, {"hash":"5030afe24a10601921b5a04cdc1772b2a8bb1f74fcab9cf1f3e0cff36d8fc0d6"}) as unknown as TypedDocumentString<ReplayInboundMailMutation, ReplayInboundMailMutationVariables>;
export const DiscardInboundMailDocument = new TypedDocumentString(`
    mutation DiscardInboundMail($input: DiscardInboundMailInput!) {
  discardInboundMail(input: $input) {
    errors {
      field
      code
      message
    }
    inboundMail {
      id
    }
  }
}
    `, {"hash":"1be8456db1cf4d177282d85ac37c8183d07074c2ff2dc6aea5c1cb7814c54a9d"}) as unknown as TypedDocumentString<DiscardInboundMailMutation, DiscardInboundMailMutationVariables>;
export const MessagesStartPageDocument = new TypedDocumentString(`
    query MessagesStartPage($latest: Int!) {
  tasks {
    id
    kind
    message
    awaitingConfirmation
    theme {
      id
      name
    }
  }
  latest: messages(first: $latest, filter: {direction: INBOUND}) {
    totalCount
    edges {
      node {
        ...MessagesListFields
      }
    }
  }
  messageCounts {
    inbound
    unreadInbound
  }
  myOrganisation {
    id
    themes {
      id
      name
    }
  }
  teams {
    id
    name
    handlers: helpHandlers {
      id
      firstName
      lastName
    }
  }
}
    fragment MessagesListFields on Message {
  id
  referenceNumber
  title
  direction
  read
  sentAt
  senderLabel
  attachmentCount
  theme {
    id
    name
  }
  addressedTeam {
    id
    name
  }
  addressedHandler {
    id
    firstName
    lastName
  }
}`, {"hash":"9082ede330acf6adf55f5033166faf17402ad6a2754d783d99073805b66f47f8"}) as unknown as TypedDocumentString<MessagesStartPageQuery, MessagesStartPageQueryVariables>;
export const MessagesListDocument = new TypedDocumentString(`
    query MessagesList($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  messages(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...MessagesListFields
      }
    }
  }
  messageCounts {
    inbound
    outbound
    unreadInbound
  }
  myOrganisation {
    id
    themes {
      id
      name
    }
  }
}
    fragment MessagesListFields on Message {
  id
  referenceNumber
  title
  direction
  read
  sentAt
  senderLabel
  attachmentCount
  theme {
    id
    name
  }
  addressedTeam {
    id
    name
  }
  addressedHandler {
    id
    firstName
    lastName
  }
}`, {"hash":"e683985c4ffd6518b153ad4f532f12c4877ef38f6626ee66c177765a0ee74f99"}) as unknown as TypedDocumentString<MessagesListQuery, MessagesListQueryVariables>;
export const MessagesThemeTasksDocument = new TypedDocumentString(`
    query MessagesThemeTasks {
  tasks {
    id
    message
    awaitingConfirmation
    theme {
      id
    }
  }
}
    `, {"hash":"5e0f9b4bc5b20b2aacf23079b65f8979c58174025206508aba00b11dacc9a066"}) as unknown as TypedDocumentString<MessagesThemeTasksQuery, MessagesThemeTasksQueryVariables>;
export const MessagesOpenThreadDocument = new TypedDocumentString(`
    mutation MessagesOpenThread($referenceNumber: String!) {
  markThreadRead(referenceNumber: $referenceNumber) {
    id
    referenceNumber
    title
    theme {
      id
      name
    }
    team {
      id
      name
    }
    messages {
      id
      direction
      title
      body
      sentAt
      senderLabel
      addressedTeam {
        id
        name
      }
      addressedHandler {
        id
        firstName
        lastName
      }
      attachments {
        id
        fileName
        sizeBytes
        contentType
      }
    }
    contacts {
      ...MessagesContactFields
    }
  }
}
    fragment MessagesContactFields on ThreadContact {
  id
  contactPersonId
  firstName
  lastName
  email
  phone
  standard
  confirmed
}`, {"hash":"7b5b124e86f2e408634c63be632bbd46392bd83f19019679bfd26a1f399bed21"}) as unknown as TypedDocumentString<MessagesOpenThreadMutation, MessagesOpenThreadMutationVariables>;
export const MessagesNewContextDocument = new TypedDocumentString(`
    query MessagesNewContext {
  myOrganisation {
    id
    themes {
      id
      name
      teamId
    }
  }
  teams {
    id
    name
    handlers: helpHandlers {
      id
      firstName
      lastName
    }
  }
}
    `, {"hash":"deb4b88a7d9c147ee01c9a1fc163ef6cbc99fe22b6e0b1779d11b0a8badc23e8"}) as unknown as TypedDocumentString<MessagesNewContextQuery, MessagesNewContextQueryVariables>;
export const MessagesDraftContactsDocument = new TypedDocumentString(`
    query MessagesDraftContacts($themeId: ID!) {
  draftThreadContacts(themeId: $themeId) {
    ...MessagesContactFields
  }
}
    fragment MessagesContactFields on ThreadContact {
  id
  contactPersonId
  firstName
  lastName
  email
  phone
  standard
  confirmed
}`, {"hash":"c907433c1587df7b4bd65595b11bb68fdd26306b3bb6746e2cb89b0eefd6e4df"}) as unknown as TypedDocumentString<MessagesDraftContactsQuery, MessagesDraftContactsQueryVariables>;
export const MessagesSendDocument = new TypedDocumentString(`
    mutation MessagesSend($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...MessagesSendPayload
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}
fragment MessagesSendPayload on SendMessagePayload {
  errors {
    ...UserErrorFields
  }
  privacyWarnings {
    ...PrivacyWarningFields
  }
  message {
    id
    referenceNumber
  }
  recipient {
    kind
    name
  }
}`, {"hash":"9715b6bbded6d197441346ca3ee32d977cfbb21c46436d9c850274777528277b"}) as unknown as TypedDocumentString<MessagesSendMutation, MessagesSendMutationVariables>;
export const MessagesReplyDocument = new TypedDocumentString(`
    mutation MessagesReply($input: ReplyInput!) {
  replyToThread(input: $input) {
    ...MessagesSendPayload
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}
fragment MessagesSendPayload on SendMessagePayload {
  errors {
    ...UserErrorFields
  }
  privacyWarnings {
    ...PrivacyWarningFields
  }
  message {
    id
    referenceNumber
  }
  recipient {
    kind
    name
  }
}`, {"hash":"4313ae6df362dc42716ba4799bccaaa37c1e622e54b34b54fd89df80efe3f9fd"}) as unknown as TypedDocumentString<MessagesReplyMutation, MessagesReplyMutationVariables>;
export const OrganisationUsersPageDocument = new TypedDocumentString(`
    query OrganisationUsersPage($first: Int, $after: Cursor) {
  organisationUsers(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...OrganisationUserFields
      }
    }
  }
}
    fragment OrganisationUserFields on User {
  id
  firstName
  lastName
  email
  language
  status
  tenantRole
}`, {"hash":"cde842e36b73f6fa924e5cc8bab0c1e711918640b8764d2dbe9586e510730092"}) as unknown as TypedDocumentString<OrganisationUsersPageQuery, OrganisationUsersPageQueryVariables>;
export const OrganisationUserDocument = new TypedDocumentString(`
    query OrganisationUser($id: ID!) {
  organisationUser(id: $id) {
    ...OrganisationUserFields
  }
}
    fragment OrganisationUserFields on User {
  id
  firstName
  lastName
  email
  language
  status
  tenantRole
}`, {"hash":"c6bcfc3a288e8d483236bc18faba0be52ce5a79d6f18ce00ed172a26142ef8fd"}) as unknown as TypedDocumentString<OrganisationUserQuery, OrganisationUserQueryVariables>;
export const InviteOrganisationUserDocument = new TypedDocumentString(`
    mutation InviteOrganisationUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    errors {
      ...UserErrorFields
    }
    user {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"571b40bc92bc2d75d9b6a46d054eda92104bda955c3a6e732b7dcee2860d6422"}) as unknown as TypedDocumentString<InviteOrganisationUserMutation, InviteOrganisationUserMutationVariables>;
export const ResendUserInvitationDocument = new TypedDocumentString(`
    mutation ResendUserInvitation($id: ID!) {
  resendInvitation(userId: $id) {
    id
  }
}
    `, {"hash":"6664e2908fa721025c858b04a5cc390906b52eff0b7943f8684c634d98c7aea7"}) as unknown as TypedDocumentString<ResendUserInvitationMutation, ResendUserInvitationMutationVariables>;
export const ChangeUserRoleDocument = new TypedDocumentString(`
    mutation ChangeUserRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    errors {
      ...UserErrorFields
    }
    user {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"416d63e8992f2ae717f7d99b29761365285313fcc3c08e558c95e9380a80bd19"}) as unknown as TypedDocumentString<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($input: DeactivateUserInput!) {
  deactivateUser(input: $input) {
    errors {
      ...UserErrorFields
    }
    user {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"1c5e9f0b6ca980c8d6b8f2097e6093560b37fe6a10579ca8f88ca756b409db0c"}) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(userId: $id) {
    errors {
      ...UserErrorFields
    }
    user {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"becaca61ac6c58e3122cb806a2b71f81c4248ead9e6fdf2377392a63a5562e85"}) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const MyOrganisationDocument = new TypedDocumentString(`
    query MyOrganisation {
  myOrganisation {
    ...OrganisationFields
  }
}
    fragment OrganisationFields on Organisation {
  id
  name
  externalNumber
  phone
  email
  websiteUrl
  updatedAt
  themes {
    id
    name
  }
}`, {"hash":"d243b34ecd17bc29ced90172d4216a2dff3cafb4a8969a770fbbeabee3ab4a6e"}) as unknown as TypedDocumentString<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    errors {
      ...UserErrorFields
    }
    organisation {
      ...OrganisationFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment OrganisationFields on Organisation {
  id
  name
  externalNumber
  phone
  email
  websiteUrl
  updatedAt
  themes {
    id
    name
  }
}`, {"hash":"855565ca538291f1c6339830f8f8afb11c32a991bce3b20830efd594a4c49573"}) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ContactPersonsDocument = new TypedDocumentString(`
    query ContactPersons($filter: ContactPersonFilter, $first: Int, $after: Cursor) {
  contactPersons(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ContactPersonFields
      }
    }
  }
}
    fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}`, {"hash":"08bce0d57ccd1fab9dd8d32e179eec3775c0bfe4b3d5189835435dc7ea0050ef"}) as unknown as TypedDocumentString<ContactPersonsQuery, ContactPersonsQueryVariables>;
export const ContactPersonDocument = new TypedDocumentString(`
    query ContactPerson($id: ID!) {
  contactPerson(id: $id) {
    ...ContactPersonFields
  }
}
    fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}`, {"hash":"d6a5c9954e3983dae74ddf47d11572ef2f8d21bc62b416656ac6abaae5068b1b"}) as unknown as TypedDocumentString<ContactPersonQuery, ContactPersonQueryVariables>;
export const ContactsPageDocument = new TypedDocumentString(`
    query ContactsPage($filter: ContactPersonFilter, $first: Int, $after: Cursor) {
  contactPersons(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ContactPersonFields
      }
    }
  }
  all: contactPersons(first: 1) {
    totalCount
  }
  tasks {
    id
    kind
    message
    awaitingConfirmation
    contactPersonId
    theme {
      id
      name
    }
  }
}
    fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}`, {"hash":"a4c6ef1210a59af30a1e48c46831ac91e79e856c62fb32bf741650ba3747b2be"}) as unknown as TypedDocumentString<ContactsPageQuery, ContactsPageQueryVariables>;
export const AddContactPersonDocument = new TypedDocumentString(`
    mutation AddContactPerson($input: AddContactPersonInput!) {
  addContactPerson(input: $input) {
    errors {
      ...UserErrorFields
    }
    contactPerson {
      ...ContactPersonFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}`, {"hash":"a3703e6a8e4255de70388b600c0a4d14a5b0cf80091b42d8a5f4e065c76b72cd"}) as unknown as TypedDocumentString<AddContactPersonMutation, AddContactPersonMutationVariables>;
export const UpdateContactPersonDocument = new TypedDocumentString(`
    mutation UpdateContactPerson($input: UpdateContactPersonInput!) {
  updateContactPerson(input: $input) {
    errors {
      ...UserErrorFields
    }
    contactPerson {
      ...ContactPersonFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}`, {"hash":"e5f51b46a76e24cdacd32bb34e5eff65e8f0e9acc0f4fccf269b26c01af46284"}) as unknown as TypedDocumentString<UpdateContactPersonMutation, UpdateContactPersonMutationVariables>;
export const RemoveContactPersonDocument = new TypedDocumentString(`
    mutation RemoveContactPerson($id: ID!) {
  removeContactPerson(id: $id)
}
    `, {"hash":"5cffeb1c6998c2afb101a99b81fdc71ac6d72029450b7cda87c2f0844a3e01d2"}) as unknown as TypedDocumentString<RemoveContactPersonMutation, RemoveContactPersonMutationVariables>;
export const ResendContactConfirmationDocument = new TypedDocumentString(`
    mutation ResendContactConfirmation($id: ID!) {
  resendContactConfirmation(id: $id) {
    errors {
      ...UserErrorFields
    }
    contactPerson {
      ...ContactPersonFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment ContactPersonFields on ContactPerson {
  id
  firstName
  lastName
  email
  phone
  language
  status
  confirmedAt
  hasAccess
  emailUndeliverable {
    reason
    since
  }
  themes {
    id
    name
  }
}`, {"hash":"44fe8dd487548ac45370b4d2af5da668141c37dd1fc78e858fa09848ec643624"}) as unknown as TypedDocumentString<ResendContactConfirmationMutation, ResendContactConfirmationMutationVariables>;
export const InviteContactPersonDocument = new TypedDocumentString(`
    mutation InviteContactPerson($id: ID!, $roles: [Role!]!) {
  inviteContactPerson(id: $id, roles: $roles) {
    errors {
      ...UserErrorFields
    }
    user {
      id
      email
      status
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"3c18ed5f0d9b4c95014cd867c7ea303f1a35679d5c9f129b94ab783e96eb7121"}) as unknown as TypedDocumentString<InviteContactPersonMutation, InviteContactPersonMutationVariables>;
export const OrganisationHistoryDocument = new TypedDocumentString(`
    query OrganisationHistory($organisationId: ID!, $first: Int, $after: Cursor) {
  organisationHistory(
    organisationId: $organisationId
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
        action
        entityType
        entityId
        createdAt
        actor {
          id
          firstName
          lastName
          isStaff
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
    `, {"hash":"d4fe865dbda36e3c62306ddfe63898124e63e3a07cce7337208204b0b9914659"}) as unknown as TypedDocumentString<OrganisationHistoryQuery, OrganisationHistoryQueryVariables>;
export const OrganisationUsersDocument = new TypedDocumentString(`
    query OrganisationUsers {
  myOrganisation {
    id
    users {
      id
      firstName
      lastName
    }
  }
}
    `, {"hash":"748389b0290f270da728f08a897c2138ecb1019626e5aa0440954342e020a4fa"}) as unknown as TypedDocumentString<OrganisationUsersQuery, OrganisationUsersQueryVariables>;
export const ContactConfirmationLinkDocument = new TypedDocumentString(`
    query ContactConfirmationLink($token: String!) {
  contactConfirmationLink(token: $token) {
    status
    message
    organisationName
    themeNames
  }
}
    `, {"hash":"60616937d7418d1a8538d9f56b024546d1d0349b4acfe2802f021f93fb657ece"}) as unknown as TypedDocumentString<ContactConfirmationLinkQuery, ContactConfirmationLinkQueryVariables>;
export const ConfirmContactPersonDocument = new TypedDocumentString(`
    mutation ConfirmContactPerson($token: String!) {
  confirmContactPerson(token: $token) {
    status
    message
    organisationName
    themeNames
  }
}
    `, {"hash":"cbce6c608d4414b2a5f7f03480e21f1426234577038a9220e6a1715f9e0cc0a2"}) as unknown as TypedDocumentString<ConfirmContactPersonMutation, ConfirmContactPersonMutationVariables>;
export const MyPersonalDataExportsDocument = new TypedDocumentString(`
    query MyPersonalDataExports {
  myPersonalDataExports {
    id
    status
    createdAt
    readyAt
    downloadPath
  }
}
    `, {"hash":"273c00620a73ce3db01b8503c1c581b1e3e2b78ba5a6f055c857a36a5a0b452c"}) as unknown as TypedDocumentString<MyPersonalDataExportsQuery, MyPersonalDataExportsQueryVariables>;
export const RequestPersonalDataExportDocument = new TypedDocumentString(`
    mutation RequestPersonalDataExport($input: RequestPersonalDataExportInput!) {
  requestPersonalDataExport(input: $input) {
    id
    status
  }
}
    `, {"hash":"9d04d8e8cf15c9a1f7f02cb89f197185e0423cd3fbb0aeafc49d5d79827a4713"}) as unknown as TypedDocumentString<RequestPersonalDataExportMutation, RequestPersonalDataExportMutationVariables>;
export const PrivacyPeopleDocument = new TypedDocumentString(`
    query PrivacyPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
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
    }
    edges {
      cursor
      node {
        kind
        id
        firstName
        lastName
        email
        organisationName
        legalHold
        erased
      }
    }
  }
}
    `, {"hash":"ba2577c4b2a2e53a36284dd7fdbcf183dcd37ea10b3f53422c44adc78de2e602"}) as unknown as TypedDocumentString<PrivacyPeopleQuery, PrivacyPeopleQueryVariables>;
export const ErasePersonDocument = new TypedDocumentString(`
    mutation ErasePerson($input: PersonInput!) {
  erasePerson(input: $input) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"9ed200ceaa1d76126a0fbd85adfe8d25f42c7138bed08596ce82e1f1ac431b71"}) as unknown as TypedDocumentString<ErasePersonMutation, ErasePersonMutationVariables>;
export const SetLegalHoldDocument = new TypedDocumentString(`
    mutation SetLegalHold($input: SetLegalHoldInput!) {
  setLegalHold(input: $input)
}
    `, {"hash":"1986c7392f6877d96ffed6144ab97c767651093e35699765c99bc68b9d41d188"}) as unknown as TypedDocumentString<SetLegalHoldMutation, SetLegalHoldMutationVariables>;
export const RetentionPageDocument = new TypedDocumentString(`
    query RetentionPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
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
  legalHolds(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
    edges {
      cursor
      node {
        record
        id
        label
        title
        organisationName
        reason
        heldAt
        heldByName
      }
    }
  }
}
    `, {"hash":"74bf45dda60f5eed66e956fc4757ec957d1c6a2de63475c38d6cf4c98c64538d"}) as unknown as TypedDocumentString<RetentionPageQuery, RetentionPageQueryVariables>;
export const SetRetentionPeriodDocument = new TypedDocumentString(`
    mutation SetRetentionPeriod($input: SetRetentionPeriodInput!) {
  setRetentionPeriod(input: $input) {
    ok
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"84e679621f5052bb40ac18f628dbf3fc506463501c92ea83c350e96bb46ee744"}) as unknown as TypedDocumentString<SetRetentionPeriodMutation, SetRetentionPeriodMutationVariables>;
export const LegalHoldDocument = new TypedDocumentString(`
    query LegalHold($record: LegalHoldRecord!, $key: String!) {
  legalHold(record: $record, key: $key) {
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
    `, {"hash":"bcaf750b8ec767244404eb41a95f45e036234159c2b6abe99d5918cb97e07beb"}) as unknown as TypedDocumentString<LegalHoldQuery, LegalHoldQueryVariables>;
export const ChangeLegalHoldDocument = new TypedDocumentString(`
    mutation ChangeLegalHold($input: ChangeLegalHoldInput!) {
  changeLegalHold(input: $input) {
    errors {
      field
      code
      message
    }
    legalHold {
      onHold
    }
  }
}
    `, {"hash":"3e6901775589f4697e59e3ce3cf8069b6e56995d7536eeb45f82fcedee68a67e"}) as unknown as TypedDocumentString<ChangeLegalHoldMutation, ChangeLegalHoldMutationVariables>;
export const ServiceLevelReportDocument = new TypedDocumentString(`
    query ServiceLevelReport($from: Day!, $to: Day!) {
  ticketCategoryCounts(from: $from, to: $to) {
    category {
      id
      name
      active
    }
    created
    open
  }
  ticketDeflectionReport(from: $from, to: $to, top: 10) {
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
  securityIncidentCounts(from: $from, to: $to) {
    organisationId
    organisationName
    year
    incidents
    noticeSentAt
  }
  serviceLevelReport(from: $from, to: $to) {
    month
    queueCode
    queue
    supportTypeCode
    supportType
    created
    reactionMet
    reactionBreached
    reactionMetPercent
    medianReactionMinutes
    resolutionMet
    resolutionBreached
    resolutionMetPercent
    medianResolutionMinutes
  }
}
    `, {"hash":"5a712bb30137bde5a1f6f3783df925f9c5be022b47ab22d994cb362e79353619"}) as unknown as TypedDocumentString<ServiceLevelReportQuery, ServiceLevelReportQueryVariables>;
export const LoginOptionsDocument = new TypedDocumentString(`
    query LoginOptions {
  loginOptions {
    password
    singleSignOn {
      name
    }
  }
}
    `, {"hash":"b2e79792eac1f80b37b72667f54700f4edc93562c275f1df12e1e13756697fb6"}) as unknown as TypedDocumentString<LoginOptionsQuery, LoginOptionsQueryVariables>;
export const StartSingleSignOnDocument = new TypedDocumentString(`
    mutation StartSingleSignOn {
  startSingleSignOn {
    authorizationUrl
    state
    nonce
    codeVerifier
  }
}
    `, {"hash":"3f1c6f5b1121e45487fdb2dcfefb6643d5c23f86d0d1324d08020f173209dd1d"}) as unknown as TypedDocumentString<StartSingleSignOnMutation, StartSingleSignOnMutationVariables>;
export const CompleteSingleSignOnDocument = new TypedDocumentString(`
    mutation CompleteSingleSignOn($input: CompleteSingleSignOnInput!) {
  completeSingleSignOn(input: $input) {
    token
    expiresAt
    errors {
      ...UserErrorFields
    }
    user {
      id
      language
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"46163a9cf20bcbf746fc59727ac80fc4dd0ee6c7e2cceb83da8566a992baa795"}) as unknown as TypedDocumentString<CompleteSingleSignOnMutation, CompleteSingleSignOnMutationVariables>;
export const SingleSignOutUrlDocument = new TypedDocumentString(`
    query SingleSignOutUrl {
  singleSignOutUrl
}
    `, {"hash":"8e6b7e684763364800213614f0e00d87cf987ae16edb864cdd910ff02df2ff6b"}) as unknown as TypedDocumentString<SingleSignOutUrlQuery, SingleSignOutUrlQueryVariables>;
export const StaffTicketsDocument = new TypedDocumentString(`
    query StaffTickets($filter: StaffTicketFilterInput, $sort: TicketSort!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  staffTickets(
    filter: $filter
    sort: $sort
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...StaffTicketRow
      }
    }
  }
}
    fragment StaffTicketRow on Ticket {
  id
  number
  subject
  status
  priority
  updatedAt
  ...StaffTicketSla
  organisation {
    id
    name
  }
  queue {
    id
    name
  }
  assignee {
    id
    firstName
    lastName
  }
}
fragment StaffTicketSla on Ticket {
  slaState
  clockPaused
  firstResponseAt
  firstResponseDueAt
  resolvedAt
  resolutionDueAt
}`, {"hash":"eea905b0524a38f98de445c7653a7ff7670a81cdb7c32979d840bfe1c72f1a79"}) as unknown as TypedDocumentString<StaffTicketsQuery, StaffTicketsQueryVariables>;
export const StaffTicketOptionsDocument = new TypedDocumentString(`
    query StaffTicketOptions($organisations: Int) {
  ticketQueueCounts {
    ...StaffTicketQueueCountFields
  }
  ticketCategories(includeInactive: true) {
    id
    name
    active
  }
  ticketSupportTypes {
    id
    name
  }
  ticketLabels {
    id
    name
  }
  teams {
    id
    handlers {
      id
      firstName
      lastName
    }
  }
  organisations(first: $organisations) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    fragment StaffTicketQueueCountFields on TicketQueueCount {
  openCount
  worksHere
  queue {
    id
    code
    name
  }
}`, {"hash":"671b6dd6b1fc22884b38fa89c213333b9e8dd2799f69b5abb2dc109873bbe1d2"}) as unknown as TypedDocumentString<StaffTicketOptionsQuery, StaffTicketOptionsQueryVariables>;
export const StaffTicketDocument = new TypedDocumentString(`
    query StaffTicket($number: String!) {
  ticket(number: $number) {
    id
    number
    subject
    description
    status
    allowedStatuses
    channel
    createdAt
    updatedAt
    closeRequestedAt
    postponedUntil
    solution
    plannedVersion
    expectedResolutionOn
    priority
    ...StaffTicketSla
    clockPausedMinutes
    requesterEmail
    requester {
      id
      firstName
      lastName
      email
      erased
    }
    organisation {
      id
      name
      users {
        id
        firstName
        lastName
        status
      }
    }
    category {
      id
      name
    }
    supportType {
      id
      name
    }
    queue {
      id
      name
      explanation
    }
    assignee {
      id
      firstName
      lastName
    }
    labels {
      id
      name
    }
    participants {
      notify
      user {
        id
        firstName
        lastName
        email
        isStaff
      }
    }
    mergedInto {
      id
      number
    }
    previousTicket {
      id
      number
    }
    entries {
      ...TicketEntryFields
    }
  }
}
    fragment StaffTicketSla on Ticket {
  slaState
  clockPaused
  firstResponseAt
  firstResponseDueAt
  resolvedAt
  resolutionDueAt
}
fragment TicketEntryFields on TicketEntry {
  id
  kind
  body
  byStaff
  closeRequest
  createdAt
  author {
    id
    firstName
    lastName
    erased
  }
  event {
    type
    from
    to
    number
    fields
  }
  attachments {
    id
    fileName
    sizeBytes
    contentType
  }
}`, {"hash":"cd6b0fb0e6086d746a1df98c67987a7bfa43efb4d415c5d58f989a884025d807"}) as unknown as TypedDocumentString<StaffTicketQuery, StaffTicketQueryVariables>;
export const StaffTicketReplyDocument = new TypedDocumentString(`
    mutation StaffTicketReply($input: TicketReplyInput!) {
  replyToTicket(input: $input) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"f85a0a71f3ab513bd290ec1f79ccf77a8956860e579c3ad43514012c02932c6e"}) as unknown as TypedDocumentString<StaffTicketReplyMutation, StaffTicketReplyMutationVariables>;
export const StaffTicketNoteDocument = new TypedDocumentString(`
    mutation StaffTicketNote($input: TicketReplyInput!) {
  addTicketNote(input: $input) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"4ab8c7f83d0085c69f8a70f8f985e38034c883c65ad789b4992f3f3720e12a2c"}) as unknown as TypedDocumentString<StaffTicketNoteMutation, StaffTicketNoteMutationVariables>;
export const StaffTicketStatusDocument = new TypedDocumentString(`
    mutation StaffTicketStatus($input: SetTicketStatusInput!) {
  setTicketStatus(input: $input) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"03c7489251486c1bd13e2fa5f26cfef6fd6e43868f03418fe06a8333e623b5cd"}) as unknown as TypedDocumentString<StaffTicketStatusMutation, StaffTicketStatusMutationVariables>;
export const StaffTicketQueueDocument = new TypedDocumentString(`
    mutation StaffTicketQueue($ticketId: ID!, $queueId: ID!) {
  moveTicketQueue(ticketId: $ticketId, queueId: $queueId) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"d8e2f1b0e6678d1cc70cac90eda163dcb839b720eb792c1e1e7c8e22710081e6"}) as unknown as TypedDocumentString<StaffTicketQueueMutation, StaffTicketQueueMutationVariables>;
export const StaffTicketAssignDocument = new TypedDocumentString(`
    mutation StaffTicketAssign($ticketId: ID!, $assigneeId: ID) {
  assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"c56218de372b387702ed3bd3b83d718bbab5cc96a8c3f4794b8410818471a4ae"}) as unknown as TypedDocumentString<StaffTicketAssignMutation, StaffTicketAssignMutationVariables>;
export const StaffTicketDetailsDocument = new TypedDocumentString(`
    mutation StaffTicketDetails($input: UpdateTicketDetailsInput!) {
  updateTicketDetails(input: $input) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"4d4290f7991cd2746b257ec1e39766dffc9333662249884fc39c6a5eb0ac3eb9"}) as unknown as TypedDocumentString<StaffTicketDetailsMutation, StaffTicketDetailsMutationVariables>;
export const StaffTicketLabelsDocument = new TypedDocumentString(`
    mutation StaffTicketLabels($ticketId: ID!, $labelIds: [ID!]!) {
  setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"577fcc822ddce2359fb416f9d3683adc14ca8eb56cfe8016b2e3631cf1dbd4b6"}) as unknown as TypedDocumentString<StaffTicketLabelsMutation, StaffTicketLabelsMutationVariables>;
export const StaffTicketParticipantDocument = new TypedDocumentString(`
    mutation StaffTicketParticipant($ticketId: ID!, $userId: ID!) {
  addTicketParticipant(ticketId: $ticketId, userId: $userId) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"87f79dfd217487b0a0cfa20cad42ad3ed2b4587836b7530a5900ca6de5574fae"}) as unknown as TypedDocumentString<StaffTicketParticipantMutation, StaffTicketParticipantMutationVariables>;
export const StaffTicketTargetDocument = new TypedDocumentString(`
    query StaffTicketTarget($number: String!) {
  ticket(number: $number) {
    id
    number
    subject
    status
    organisation {
      id
      name
    }
  }
}
    `, {"hash":"da06b1c9cd5f77aaa7c7fa40e2ba963962ea19567930eea8aa96d727c70a138d"}) as unknown as TypedDocumentString<StaffTicketTargetQuery, StaffTicketTargetQueryVariables>;
export const StaffTicketMergeDocument = new TypedDocumentString(`
    mutation StaffTicketMerge($ticketId: ID!, $intoTicketId: ID!) {
  mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId) {
    ...StaffTicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment StaffTicketPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"84aa317b3e0cd0f842f8c8726641eb23192e792553977e30377033cf3b5b54c8"}) as unknown as TypedDocumentString<StaffTicketMergeMutation, StaffTicketMergeMutationVariables>;
export const StaffTicketRegisterOptionsDocument = new TypedDocumentString(`
    query StaffTicketRegisterOptions($organisations: Int) {
  ticketCategories {
    id
    name
  }
  ticketSupportTypes {
    id
    name
  }
  organisations(first: $organisations) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"2532425f7cd600347ab484871f960a4311c75312de5f48603f4e06406559e2f8"}) as unknown as TypedDocumentString<StaffTicketRegisterOptionsQuery, StaffTicketRegisterOptionsQueryVariables>;
export const StaffTicketOrganisationUsersDocument = new TypedDocumentString(`
    query StaffTicketOrganisationUsers($id: ID!) {
  organisation(id: $id) {
    id
    name
    users {
      id
      firstName
      lastName
      email
      status
    }
  }
}
    `, {"hash":"f8cf876df433a2185ad202ca5a0216f62dce7951b59aec79d60d8d682ad937b0"}) as unknown as TypedDocumentString<StaffTicketOrganisationUsersQuery, StaffTicketOrganisationUsersQueryVariables>;
export const StaffRegisterTicketDocument = new TypedDocumentString(`
    mutation StaffRegisterTicket($input: RegisterTicketInput!) {
  registerTicket(input: $input) {
    errors {
      ...UserErrorFields
    }
    ticket {
      id
      number
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"fe2e5dd568851812e4a906a55d7cad7059de007bb261b95852a363675a894646"}) as unknown as TypedDocumentString<StaffRegisterTicketMutation, StaffRegisterTicketMutationVariables>;
export const StaffUsersDocument = new TypedDocumentString(`
    query StaffUsers($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {
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
        ...StaffUserFields
      }
    }
  }
}
    fragment StaffUserFields on StaffUser {
  id
  email
  firstName
  lastName
  language
  role
  status
  teams {
    id
    name
  }
  queues {
    id
    name
  }
}`, {"hash":"2d2a38dea3ae45bd3a732dd0adb95c32811a1980d6300f40c8fed988b9eb4261"}) as unknown as TypedDocumentString<StaffUsersQuery, StaffUsersQueryVariables>;
export const StaffUserNamesDocument = new TypedDocumentString(`
    query StaffUserNames($ids: [ID!]) {
  staffUsers(ids: $ids, first: 100) {
    edges {
      node {
        id
        firstName
        lastName
      }
    }
  }
}
    `, {"hash":"343d5f0aa732a01deafff738b2d193771045a1e003d375f3a094ed5430428f15"}) as unknown as TypedDocumentString<StaffUserNamesQuery, StaffUserNamesQueryVariables>;
export const StaffUserDocument = new TypedDocumentString(`
    query StaffUser($id: ID!) {
  staffUser(id: $id) {
    ...StaffUserFields
  }
  staffQueueChoices {
    id
    name
  }
}
    fragment StaffUserFields on StaffUser {
  id
  email
  firstName
  lastName
  language
  role
  status
  teams {
    id
    name
  }
  queues {
    id
    name
  }
}`, {"hash":"b25912447adf0e02c8da546401571e724e710798a0418fb8e08151fb0a03691f"}) as unknown as TypedDocumentString<StaffUserQuery, StaffUserQueryVariables>;
export const InviteStaffUserDocument = new TypedDocumentString(`
    mutation InviteStaffUser($input: InviteStaffUserInput!) {
  inviteStaffUser(input: $input) {
    errors {
      field
      code
      message
    }
    staffUser {
      id
    }
  }
}
    `, {"hash":"edf4111494a5d583c1e9365535ed8fe6e558cfbaf42dbebcdae8061901453a2e"}) as unknown as TypedDocumentString<InviteStaffUserMutation, InviteStaffUserMutationVariables>;
export const ChangeStaffRoleDocument = new TypedDocumentString(`
    mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
  changeStaffRole(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"4063760248546ee67ff397cf110a857df16db7a11593a6aafa854347ab396cee"}) as unknown as TypedDocumentString<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const SetStaffQueuesDocument = new TypedDocumentString(`
    mutation SetStaffQueues($input: SetStaffQueuesInput!) {
  setStaffQueues(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"a6f3bd336350e63717c12f4df906e7b525b5f2128c9b2d8e00b00ce1a9296e49"}) as unknown as TypedDocumentString<SetStaffQueuesMutation, SetStaffQueuesMutationVariables>;
export const DeactivateStaffUserDocument = new TypedDocumentString(`
    mutation DeactivateStaffUser($userId: ID!) {
  deactivateStaffUser(userId: $userId) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"b4e0e82bf80918f7324af521d6eb6b52f3a769776fce024d1e8f5bc1c27c0dac"}) as unknown as TypedDocumentString<DeactivateStaffUserMutation, DeactivateStaffUserMutationVariables>;
export const ReactivateStaffUserDocument = new TypedDocumentString(`
    mutation ReactivateStaffUser($userId: ID!) {
  reactivateStaffUser(userId: $userId) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"37af9284ea55ef6fc225c76740bd9459a62ae4db6328332db5dc9af932a12a5a"}) as unknown as TypedDocumentString<ReactivateStaffUserMutation, ReactivateStaffUserMutationVariables>;
export const ResendStaffInvitationDocument = new TypedDocumentString(`
    mutation ResendStaffInvitation($userId: ID!) {
  resendStaffInvitation(userId: $userId) {
    id
  }
}
    `, {"hash":"4fbebda6103b2dc6a77839396f71096ec56477135adcf96837f4d1891e23974f"}) as unknown as TypedDocumentString<ResendStaffInvitationMutation, ResendStaffInvitationMutationVariables>;
export const StaffInboxDocument = new TypedDocumentString(`
    query StaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor) {
  staffInbox(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...StaffThreadRow
      }
    }
  }
}
    fragment StaffThreadRow on Thread {
  id
  referenceNumber
  title
  unanswered
  lastMessageAt
  messageCount
  organisation {
    id
    name
  }
  theme {
    id
    name
  }
  team {
    id
    name
  }
  assignedHandler {
    id
    firstName
    lastName
  }
  latestMessage {
    id
    direction
    senderLabel
  }
}`, {"hash":"963c80fca687122b8d0a14dd16642d3ed17515628b06b1e6099cf70379d2aaa0"}) as unknown as TypedDocumentString<StaffInboxQuery, StaffInboxQueryVariables>;
export const StaffInboxOptionsDocument = new TypedDocumentString(`
    query StaffInboxOptions($organisations: Int!) {
  teams {
    id
    name
    handlers {
      id
      firstName
      lastName
    }
  }
  themes {
    id
    name
  }
  organisations(first: $organisations) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"5d5326790b45520d10337e0c6f96c614f67ff41836bd280ae1a03727da9ed158"}) as unknown as TypedDocumentString<StaffInboxOptionsQuery, StaffInboxOptionsQueryVariables>;
export const StaffOrganisationNameDocument = new TypedDocumentString(`
    query StaffOrganisationName($id: ID!) {
  organisation(id: $id) {
    id
    name
  }
}
    `, {"hash":"bfac9edfe200004743905a1dd758b68be5e06e8714a3158b71ebdf24d28c82b7"}) as unknown as TypedDocumentString<StaffOrganisationNameQuery, StaffOrganisationNameQueryVariables>;
export const StaffThreadDocument = new TypedDocumentString(`
    query StaffThread($referenceNumber: String!) {
  thread(referenceNumber: $referenceNumber) {
    id
    referenceNumber
    title
    unanswered
    createdAt
    lastMessageAt
    organisation {
      id
      name
      externalNumber
    }
    theme {
      id
      name
    }
    team {
      id
      name
      handlers {
        id
        firstName
        lastName
      }
    }
    assignedHandler {
      id
      firstName
      lastName
    }
    contacts {
      id
      firstName
      lastName
      email
      phone
      standard
      confirmed
    }
    messages {
      id
      direction
      senderLabel
      sentAt
      body
      attachments {
        id
        fileName
        sizeBytes
        contentType
      }
    }
  }
}
    `, {"hash":"230f421137c9abc22d8379b2232cbf59e66e7d26610da9ae6f18ab40da0c64be"}) as unknown as TypedDocumentString<StaffThreadQuery, StaffThreadQueryVariables>;
export const StaffAssignThreadDocument = new TypedDocumentString(`
    mutation StaffAssignThread($referenceNumber: String!, $handlerId: ID) {
  assignThread(referenceNumber: $referenceNumber, handlerId: $handlerId) {
    errors {
      ...UserErrorFields
    }
    thread {
      id
      assignedHandler {
        id
        firstName
        lastName
      }
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"2e44888c2da4c3c349af4e05c27e23596615aaf51f5962dd3c551ddcb1f77f23"}) as unknown as TypedDocumentString<StaffAssignThreadMutation, StaffAssignThreadMutationVariables>;
export const StaffReplyDocument = new TypedDocumentString(`
    mutation StaffReply($input: ReplyInput!) {
  replyToThread(input: $input) {
    ...StaffSendResult
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}
fragment StaffSendResult on SendMessagePayload {
  errors {
    ...UserErrorFields
  }
  privacyWarnings {
    ...PrivacyWarningFields
  }
  message {
    id
    referenceNumber
  }
  recipient {
    kind
    name
  }
}`, {"hash":"c8d8dc1cd2343c98e55985e93952c37d98a91820976daedb0f3880dae9d73c13"}) as unknown as TypedDocumentString<StaffReplyMutation, StaffReplyMutationVariables>;
export const StaffSendDocument = new TypedDocumentString(`
    mutation StaffSend($input: StaffSendMessageInput!) {
  sendMessageToOrganisation(input: $input) {
    ...StaffSendResult
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}
fragment StaffSendResult on SendMessagePayload {
  errors {
    ...UserErrorFields
  }
  privacyWarnings {
    ...PrivacyWarningFields
  }
  message {
    id
    referenceNumber
  }
  recipient {
    kind
    name
  }
}`, {"hash":"7908a71c36761c7e155c6fad36f216f9bd1fbf1e2ea5304914ea8a67455e3487"}) as unknown as TypedDocumentString<StaffSendMutation, StaffSendMutationVariables>;
export const StaffNewMessageOrganisationDocument = new TypedDocumentString(`
    query StaffNewMessageOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
    externalNumber
    themes {
      id
      name
      team {
        id
        name
      }
    }
  }
  tasks(organisationId: $id) {
    id
    theme {
      id
      name
    }
  }
  teams {
    id
    handlers {
      id
    }
  }
}
    `, {"hash":"3f2c1efb840b85b8590557d2a566d41e93aaa6fb3bb4deb4135853d2e71ee1ce"}) as unknown as TypedDocumentString<StaffNewMessageOrganisationQuery, StaffNewMessageOrganisationQueryVariables>;
export const StaffOrganisationsDocument = new TypedDocumentString(`
    query StaffOrganisations($search: String, $first: Int, $after: Cursor) {
  organisations(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        externalNumber
        email
        phone
      }
    }
  }
}
    `, {"hash":"bd78aa1453db06f6cf1bc4c3c8686dfddc6e89422779e2465a323c5e76281749"}) as unknown as TypedDocumentString<StaffOrganisationsQuery, StaffOrganisationsQueryVariables>;
export const StaffOrganisationDocument = new TypedDocumentString(`
    query StaffOrganisation($id: ID!, $contacts: Int!) {
  organisation(id: $id) {
    id
    name
    externalNumber
    phone
    email
    websiteUrl
    updatedAt
    themes {
      id
      name
      team {
        id
        name
      }
    }
    users {
      id
      firstName
      lastName
      email
      roles
      status
    }
  }
  contactPersons(organisationId: $id, first: $contacts) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        firstName
        lastName
        email
        phone
        status
        hasAccess
        themes {
          id
          name
        }
      }
    }
  }
  tasks(organisationId: $id) {
    id
    message
    awaitingConfirmation
    theme {
      id
      name
    }
  }
}
    `, {"hash":"f95fa3b1df760d3ed4b095e974d97a333dc0a24061d1735c32a508549ea11663"}) as unknown as TypedDocumentString<StaffOrganisationQuery, StaffOrganisationQueryVariables>;
export const AdminThemeListDocument = new TypedDocumentString(`
    query AdminThemeList($first: Int, $after: Cursor) {
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
        name
        team {
          id
          name
        }
      }
    }
  }
  teams {
    id
    name
  }
}
    `, {"hash":"9b5361b89e3a14db7f416d03ee196d7d6731fce75de7608b34a6d4d8b9ffea51"}) as unknown as TypedDocumentString<AdminThemeListQuery, AdminThemeListQueryVariables>;
export const AdminThemeDocument = new TypedDocumentString(`
    query AdminTheme($themeId: ID!) {
  adminTheme(themeId: $themeId) {
    id
    code
    name
    nameNl
    nameEn
    openThreadsElsewhere
    team {
      id
      name
    }
  }
  teams {
    id
    name
  }
}
    `, {"hash":"fbb27011c11883606a936dd23fcbc725a2a9c0d82bf388b330196d21df353936"}) as unknown as TypedDocumentString<AdminThemeQuery, AdminThemeQueryVariables>;
export const AdminCreateThemeDocument = new TypedDocumentString(`
    mutation AdminCreateTheme($input: CreateThemeInput!) {
  createTheme(input: $input) {
    errors {
      ...UserErrorFields
    }
    theme {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"ba10f0e1764caa26f5195d64e709f42dc97ac5d6a058d2ee7bd83c05263df8d2"}) as unknown as TypedDocumentString<AdminCreateThemeMutation, AdminCreateThemeMutationVariables>;
export const AdminUpdateThemeDocument = new TypedDocumentString(`
    mutation AdminUpdateTheme($input: UpdateThemeInput!) {
  updateTheme(input: $input) {
    errors {
      ...UserErrorFields
    }
    theme {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"ae7832058041939e91a051b53288d043d72cd9f34a5a40dfa8c7d134a77c7874"}) as unknown as TypedDocumentString<AdminUpdateThemeMutation, AdminUpdateThemeMutationVariables>;
export const AdminMoveThemeDocument = new TypedDocumentString(`
    mutation AdminMoveTheme($themeId: ID!, $teamId: ID!) {
  moveTheme(themeId: $themeId, teamId: $teamId) {
    errors {
      ...UserErrorFields
    }
    theme {
      id
      team {
        id
        name
      }
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"17776bc9a1691cbc9af1faf3e94a06b777c7fe91474ceae60a972f7fe211d2f3"}) as unknown as TypedDocumentString<AdminMoveThemeMutation, AdminMoveThemeMutationVariables>;
export const AdminMoveOpenThreadsDocument = new TypedDocumentString(`
    mutation AdminMoveOpenThreads($themeId: ID!) {
  moveOpenThreads(themeId: $themeId) {
    moved
  }
}
    `, {"hash":"a9c12a58a8976a4450023348684147eace70ff90a700f412881d4f5d345e564e"}) as unknown as TypedDocumentString<AdminMoveOpenThreadsMutation, AdminMoveOpenThreadsMutationVariables>;
export const AdminTeamListDocument = new TypedDocumentString(`
    query AdminTeamList($first: Int, $after: Cursor) {
  adminTeams(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        email
        handlers {
          id
        }
      }
    }
  }
}
    `, {"hash":"48d4a3dba4a0fc96df16c58d1ffc63c01155b6c74c3c881bf6d5af0f44180d5c"}) as unknown as TypedDocumentString<AdminTeamListQuery, AdminTeamListQueryVariables>;
export const AdminTeamDocument = new TypedDocumentString(`
    query AdminTeam($teamId: ID!) {
  adminTeam(teamId: $teamId) {
    id
    name
    nameNl
    nameEn
    email
    members {
      offeredInHelp
      user {
        id
        firstName
        lastName
        email
        status
      }
    }
    memberCandidates {
      id
      firstName
      lastName
      email
    }
  }
  themes {
    id
    name
    teamId
  }
}
    `, {"hash":"b682aa1117daa865523cf94057910a57f722df5759262c3f4f9d69206b587796"}) as unknown as TypedDocumentString<AdminTeamQuery, AdminTeamQueryVariables>;
export const AdminCreateTeamDocument = new TypedDocumentString(`
    mutation AdminCreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    errors {
      ...UserErrorFields
    }
    team {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"b96981ca99976fe026eac96cae9111a3f951f1dc7160875f18c49feaf14e1101"}) as unknown as TypedDocumentString<AdminCreateTeamMutation, AdminCreateTeamMutationVariables>;
export const AdminUpdateTeamDocument = new TypedDocumentString(`
    mutation AdminUpdateTeam($input: UpdateTeamInput!) {
  updateTeam(input: $input) {
    errors {
      ...UserErrorFields
    }
    team {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"0c73b8868b2c183804d296b29ddf64590d4429a3f76d97d3a20208bbd6e51e8c"}) as unknown as TypedDocumentString<AdminUpdateTeamMutation, AdminUpdateTeamMutationVariables>;
export const AdminAddTeamMemberDocument = new TypedDocumentString(`
    mutation AdminAddTeamMember($input: TeamMemberInput!) {
  addTeamMember(input: $input) {
    errors {
      ...UserErrorFields
    }
    team {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"517f6d011f5664daa00f9ccebe5082f3fa94e455c0cc45aa4314f5c72f219237"}) as unknown as TypedDocumentString<AdminAddTeamMemberMutation, AdminAddTeamMemberMutationVariables>;
export const AdminRemoveTeamMemberDocument = new TypedDocumentString(`
    mutation AdminRemoveTeamMember($input: TeamMemberInput!) {
  removeTeamMember(input: $input) {
    errors {
      ...UserErrorFields
    }
    team {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"544d0c760103cfedc9eedc4151adba557f7347e7da10ce82f7c7980827be6820"}) as unknown as TypedDocumentString<AdminRemoveTeamMemberMutation, AdminRemoveTeamMemberMutationVariables>;
export const AdminSetTeamMemberHelpDocument = new TypedDocumentString(`
    mutation AdminSetTeamMemberHelp($input: SetTeamMemberHelpInput!) {
  setTeamMemberHelp(input: $input) {
    errors {
      ...UserErrorFields
    }
    team {
      id
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}`, {"hash":"dcaf0473848902afa0a64a34f83f38babc6aa60800502a5171b501e07d75aa27"}) as unknown as TypedDocumentString<AdminSetTeamMemberHelpMutation, AdminSetTeamMemberHelpMutationVariables>;
export const TicketSettingsDocument = new TypedDocumentString(`
    query TicketSettings {
  ticketSettings {
    supportTypes {
      id
      code
      nameNl
      nameEn
      reactionMinutes
      resolutionMinutes
      resolutionByPriority {
        priority
        minutes
      }
      alwaysOpen
    }
    queues {
      id
      code
      nameNl
      nameEn
      explanationNl
      explanationEn
      expectedReactionNl
      expectedReactionEn
      autoResolveAfterDays
    }
    themes {
      id
      nameNl
      nameEn
      unreadReminderDays
    }
    categories {
      id
      code
      nameNl
      nameEn
      position
      active
      ticketCount
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
        nameEn
      }
    }
  }
}
    `, {"hash":"6900bccf3941e92c791fcfaa81e4958490ecd5e6504707a46075ff02bd659aae"}) as unknown as TypedDocumentString<TicketSettingsQuery, TicketSettingsQueryVariables>;
export const UpdateSupportTypeTargetsDocument = new TypedDocumentString(`
    mutation UpdateSupportTypeTargets($input: SupportTypeTargetsInput!) {
  updateSupportTypeTargets(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"6700db27eb2faeaa07a8204ff236e10561267a5893271abfe1e932820699ae61"}) as unknown as TypedDocumentString<UpdateSupportTypeTargetsMutation, UpdateSupportTypeTargetsMutationVariables>;
export const UpdateQueueSettingsDocument = new TypedDocumentString(`
    mutation UpdateQueueSettings($input: QueueSettingsInput!) {
  updateQueueSettings(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"a01235bf200e4193b501682a07ec27d96a630dc7b8ff8d80cded089751380c2f"}) as unknown as TypedDocumentString<UpdateQueueSettingsMutation, UpdateQueueSettingsMutationVariables>;
export const UpdateThemeReminderDocument = new TypedDocumentString(`
    mutation UpdateThemeReminder($input: ThemeReminderInput!) {
  updateThemeReminder(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"2786952549c514f7c2a7545b71d9faee9a110070bc08d1dfae929178b2c2080a"}) as unknown as TypedDocumentString<UpdateThemeReminderMutation, UpdateThemeReminderMutationVariables>;
export const UpdateBusinessCalendarDocument = new TypedDocumentString(`
    mutation UpdateBusinessCalendar($input: CalendarInput!) {
  updateBusinessCalendar(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"3bad1dc2fec41844178455c8846212f9c6f940c536699bfe79aaff8aa4e43e17"}) as unknown as TypedDocumentString<UpdateBusinessCalendarMutation, UpdateBusinessCalendarMutationVariables>;
export const AddClosingDayDocument = new TypedDocumentString(`
    mutation AddClosingDay($input: ClosingDayInput!) {
  addClosingDay(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"41f459134fd73968e9e9e3218b701e3512465be3dc1af56e3b6911c7a0426cf4"}) as unknown as TypedDocumentString<AddClosingDayMutation, AddClosingDayMutationVariables>;
export const RemoveClosingDayDocument = new TypedDocumentString(`
    mutation RemoveClosingDay($id: ID!) {
  removeClosingDay(closingDayId: $id) {
    calendar {
      id
    }
  }
}
    `, {"hash":"e74f3302a44f3ce128496e11169e81a579bfdb6bab1382c296ab0eeaf01cbf8f"}) as unknown as TypedDocumentString<RemoveClosingDayMutation, RemoveClosingDayMutationVariables>;
export const CreateTicketCategoryDocument = new TypedDocumentString(`
    mutation CreateTicketCategory($input: NewTicketCategoryInput!) {
  createTicketCategory(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"13fa1ac4d36a7027b9cef02b8505631876ee0c0c7fd97734f0f56185d0189772"}) as unknown as TypedDocumentString<CreateTicketCategoryMutation, CreateTicketCategoryMutationVariables>;
export const UpdateTicketCategoryDocument = new TypedDocumentString(`
    mutation UpdateTicketCategory($input: TicketCategoryInput!) {
  updateTicketCategory(input: $input) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"6f00de6a3cf50f11eae94a0b86fa1394fb57bd657359419d2318fbd503b4316f"}) as unknown as TypedDocumentString<UpdateTicketCategoryMutation, UpdateTicketCategoryMutationVariables>;
export const RemoveTicketCategoryDocument = new TypedDocumentString(`
    mutation RemoveTicketCategory($id: ID!) {
  removeTicketCategory(categoryId: $id) {
    errors {
      field
      code
      message
    }
  }
}
    `, {"hash":"52261a3fdbdf713a990e9e85ae734f26c8d485500fce870d430c3daea6c0f227"}) as unknown as TypedDocumentString<RemoveTicketCategoryMutation, RemoveTicketCategoryMutationVariables>;
export const TicketsListDocument = new TypedDocumentString(`
    query TicketsList($view: TicketView!, $sort: TicketSort!, $filter: TicketFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  tickets(
    view: $view
    sort: $sort
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...TicketsListFields
      }
    }
  }
  ticketCategories {
    ...TicketsOptionFields
  }
  ticketSupportTypes {
    ...TicketsOptionFields
  }
}
    fragment TicketsOptionFields on TicketOption {
  id
  code
  name
}
fragment TicketsListFields on Ticket {
  id
  number
  subject
  status
  updatedAt
  createdAt
  category {
    ...TicketsOptionFields
  }
  supportType {
    ...TicketsOptionFields
  }
  requester {
    id
    firstName
    lastName
    erased
  }
  requesterEmail
}`, {"hash":"d118e6282f0e2726eb5afd35fbb7e036034792343a18f7f85efc1a7e70ac0e26"}) as unknown as TypedDocumentString<TicketsListQuery, TicketsListQueryVariables>;
export const TicketsOptionsDocument = new TypedDocumentString(`
    query TicketsOptions {
  ticketCategories {
    ...TicketsOptionFields
  }
  ticketSupportTypes {
    ...TicketsOptionFields
  }
}
    fragment TicketsOptionFields on TicketOption {
  id
  code
  name
}`, {"hash":"a3242f38ac3b8bf10a508f0cb55f3a29cc98d6b0346d8898c8ebbfdb9d1fb08b"}) as unknown as TypedDocumentString<TicketsOptionsQuery, TicketsOptionsQueryVariables>;
export const TicketsByNumberDocument = new TypedDocumentString(`
    query TicketsByNumber($number: String!) {
  ticket(number: $number) {
    ...TicketsDetailFields
  }
}
    fragment TicketsOptionFields on TicketOption {
  id
  code
  name
}
fragment TicketsListFields on Ticket {
  id
  number
  subject
  status
  updatedAt
  createdAt
  category {
    ...TicketsOptionFields
  }
  supportType {
    ...TicketsOptionFields
  }
  requester {
    id
    firstName
    lastName
    erased
  }
  requesterEmail
}
fragment TicketEntryFields on TicketEntry {
  id
  kind
  body
  byStaff
  closeRequest
  createdAt
  author {
    id
    firstName
    lastName
    erased
  }
  event {
    type
    from
    to
    number
    fields
  }
  attachments {
    id
    fileName
    sizeBytes
    contentType
  }
}
fragment TicketsDetailFields on Ticket {
  ...TicketsListFields
  description
  channel
  closeRequestedAt
  expectedResolutionDate
  priority
  postponedUntil
  plannedVersion
  solution
  resolvedAt
  closedAt
  notifyMe
  assignee {
    id
    firstName
    lastName
  }
  queue {
    id
    code
    name
    explanation
    expectedReaction
    nextMeetingOn
  }
  labels {
    ...TicketsOptionFields
  }
  previousTicket {
    id
    number
    subject
  }
  mergedInto {
    id
    number
    subject
  }
  entries {
    ...TicketEntryFields
  }
}`, {"hash":"87b8f165968b51fe6d30c986e1a466c7eb38ebd91fb85a9972d72ae431ab6001"}) as unknown as TypedDocumentString<TicketsByNumberQuery, TicketsByNumberQueryVariables>;
export const TicketsCreateDocument = new TypedDocumentString(`
    mutation TicketsCreate($input: CreateTicketInput!) {
  createTicket(input: $input) {
    errors {
      ...UserErrorFields
    }
    privacyWarnings {
      ...PrivacyWarningFields
    }
    ticket {
      id
      number
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment PrivacyWarningFields on PrivacyWarning {
  field
  kind
  masked
  message
}`, {"hash":"bc2b58e15db5d5e42b477bf67a620ed40b8105164bf2535a7dd593ff794b61bd"}) as unknown as TypedDocumentString<TicketsCreateMutation, TicketsCreateMutationVariables>;
export const TicketsReplyDocument = new TypedDocumentString(`
    mutation TicketsReply($input: TicketReplyInput!) {
  replyToTicket(input: $input) {
    ...TicketsPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment TicketsPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"3be14e610d73a9c6ecc9fc3efeea1c00bdd1d1f784b945f2e9dfd52fa58f60dc"}) as unknown as TypedDocumentString<TicketsReplyMutation, TicketsReplyMutationVariables>;
export const TicketsRequestCloseDocument = new TypedDocumentString(`
    mutation TicketsRequestClose($input: TicketReplyInput!) {
  requestTicketClose(input: $input) {
    ...TicketsPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment TicketsPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"365dbc6c118573f5d939a405f1ae85f4d5649cafbe409e9aaf6b6d5300ef3f90"}) as unknown as TypedDocumentString<TicketsRequestCloseMutation, TicketsRequestCloseMutationVariables>;
export const TicketsNotificationsDocument = new TypedDocumentString(`
    mutation TicketsNotifications($ticketId: ID!, $notify: Boolean!) {
  setTicketNotifications(ticketId: $ticketId, notify: $notify) {
    ...TicketsPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
}
fragment TicketsPayloadFields on TicketPayload {
  errors {
    ...UserErrorFields
  }
  ticket {
    id
    number
  }
}`, {"hash":"f6ca40994e5e408f4682d5c37da2239bb8b53416958d10ce7a06bf2656bb17a7"}) as unknown as TypedDocumentString<TicketsNotificationsMutation, TicketsNotificationsMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($first: Int, $after: Cursor) {
  webhookEndpoints(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...WebhookEndpointFields
      }
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledAt
  disabledReason
  consecutiveFailures
  createdAt
}`, {"hash":"fea4feb19cd60710fd6ef42ed0851af2a42dcd844879b80157e6888d037322de"}) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookEventTypesDocument = new TypedDocumentString(`
    query WebhookEventTypes {
  webhookEventTypes
}
    `, {"hash":"6602e11ba57adb323a2c496a649c6ccbd3ec9352bcdf44298d886c23d26bf6b4"}) as unknown as TypedDocumentString<WebhookEventTypesQuery, WebhookEventTypesQueryVariables>;
export const WebhookEndpointDocument = new TypedDocumentString(`
    query WebhookEndpoint($id: ID!, $first: Int, $after: Cursor) {
  webhookEventTypes
  webhookEndpoint(endpointId: $id) {
    ...WebhookEndpointFields
    deliveries(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          eventType
          status
          attempts
          createdAt
          finishedAt
          log {
            attemptedAt
            statusCode
            latencyMs
            responseExcerpt
            error
          }
        }
      }
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledAt
  disabledReason
  consecutiveFailures
  createdAt
}`, {"hash":"41aa76b3050d7c0eff939a32d4b1bd310fe8b5b01b78b3ff6ad983a14e673187"}) as unknown as TypedDocumentString<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    errors {
      field
      code
      message
    }
    endpoint {
      id
    }
    secret
  }
}
    `, {"hash":"e6d2d27a6717a5325020f949daa800cb0148221e258bf6eb2186156b0e23faf0"}) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    errors {
      field
      code
      message
    }
    endpoint {
      id
    }
  }
}
    `, {"hash":"e24225c13807a4c2f966845f4281a5dadd1cced176245c5197e2380d296c1396"}) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    errors {
      field
      code
      message
    }
    secret
  }
}
    `, {"hash":"790a7a690d770758419cc5f3c2f19c5b52e3395bd728268d2feb4346eba73f6c"}) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(endpointId: $id)
}
    `, {"hash":"78d9277ef766e034fde0d605eaa54968059252007ef477038ba7e98ad46480b7"}) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($id: ID!) {
  replayWebhookDelivery(deliveryId: $id) {
    id
    status
  }
}
    `, {"hash":"21a19bc75eaa16cacc578125004e9fc7278ed3a43f7f93ea74b947a4186d3f83"}) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const LiveOpenOutagesDocument = new TypedDocumentString(`
    subscription LiveOpenOutages {
  openOutagesChanged {
    id
    title
    service
    status
    startedAt
  }
}
    `, {"hash":"01a6e06cc3622751a3179bc37145c1066dd16b82353cfc0012b1788d02f32ec4"}) as unknown as TypedDocumentString<LiveOpenOutagesSubscription, LiveOpenOutagesSubscriptionVariables>;
export const MySessionRevokedDocument = new TypedDocumentString(`
    subscription MySessionRevoked {
  mySessionRevoked
}
    `, {"hash":"4b5e960f02fe57d6d5a8c96421d85c919963871009eb23eb526202abd598eaa5"}) as unknown as TypedDocumentString<MySessionRevokedSubscription, MySessionRevokedSubscriptionVariables>;
export const LiveMessageAddedDocument = new TypedDocumentString(`
    subscription LiveMessageAdded($themeId: ID, $referenceNumber: String, $teamId: ID) {
  messageAdded(
    themeId: $themeId
    referenceNumber: $referenceNumber
    teamId: $teamId
  ) {
    id
    referenceNumber
    direction
    title
    organisation {
      id
      name
    }
  }
}
    `, {"hash":"2388ffa23733624336eff98d3d13a22d4f5b3dfe566c61a6b75767a08afdbd6b"}) as unknown as TypedDocumentString<LiveMessageAddedSubscription, LiveMessageAddedSubscriptionVariables>;
export const LiveTasksChangedDocument = new TypedDocumentString(`
    subscription LiveTasksChanged {
  tasksChanged {
    id
  }
}
    `, {"hash":"e51eff17ab07918ebb656c95977ec23ce2a1c4089bb7a363b9cc9c8818b85f1a"}) as unknown as TypedDocumentString<LiveTasksChangedSubscription, LiveTasksChangedSubscriptionVariables>;
export const MessagesCountsChangedDocument = new TypedDocumentString(`
    subscription MessagesCountsChanged {
  messageCountsChanged {
    unreadInbound
  }
}
    `, {"hash":"7df7f177be718b4969608acdeb3784e61ffddd9484ed3b95c5bd90a6b72b4e3b"}) as unknown as TypedDocumentString<MessagesCountsChangedSubscription, MessagesCountsChangedSubscriptionVariables>;
export const MessagesUnreadCountDocument = new TypedDocumentString(`
    query MessagesUnreadCount {
  messageCounts {
    unreadInbound
  }
}
    `, {"hash":"4283f8aacd94472bcb9dc0918ba984e7d333c1825d8935740a88935a12ce6544"}) as unknown as TypedDocumentString<MessagesUnreadCountQuery, MessagesUnreadCountQueryVariables>;
export const TasksChangedDocument = new TypedDocumentString(`
    subscription TasksChanged {
  tasksChanged {
    id
  }
}
    `, {"hash":"64b8e86f9c7c5d2ce51fcf8d94f63c2f7fd1277299ef7b3c8574f20240725a29"}) as unknown as TypedDocumentString<TasksChangedSubscription, TasksChangedSubscriptionVariables>;
export const StaffLiveTicketQueuesDocument = new TypedDocumentString(`
    subscription StaffLiveTicketQueues {
  ticketQueueChanged {
    openCount
    queue {
      id
    }
  }
}
    `, {"hash":"bab5e447eabee372e63491f17f2c7b1aefa541372c1ad952478ce26a7483d124"}) as unknown as TypedDocumentString<StaffLiveTicketQueuesSubscription, StaffLiveTicketQueuesSubscriptionVariables>;
export const StaffLiveTicketUpdatedDocument = new TypedDocumentString(`
    subscription StaffLiveTicketUpdated($id: ID!) {
  ticketUpdated(id: $id) {
    id
    updatedAt
    entries {
      id
    }
    participants {
      user {
        id
      }
    }
  }
}
    `, {"hash":"eebae4c6c87e317482bda6f009865dd9a8c4a30f17e034e7ac9239e5da5feefc"}) as unknown as TypedDocumentString<StaffLiveTicketUpdatedSubscription, StaffLiveTicketUpdatedSubscriptionVariables>;
export const StaffQuarantineCountDocument = new TypedDocumentString(`
    query StaffQuarantineCount {
  quarantineCount
}
    `, {"hash":"bcdf9bcf0513169818c3670fe3becdac6719917ee94904b67c31aed2ee822b85"}) as unknown as TypedDocumentString<StaffQuarantineCountQuery, StaffQuarantineCountQueryVariables>;
export const StaffQuarantineCountChangedDocument = new TypedDocumentString(`
    subscription StaffQuarantineCountChanged {
  quarantineCountChanged
}
    `, {"hash":"3a60b6d5dcea9d4a4835e9bf88f4a5507b89389e8d47c7af9e369ba6ed5347ff"}) as unknown as TypedDocumentString<StaffQuarantineCountChangedSubscription, StaffQuarantineCountChangedSubscriptionVariables>;
export const LiveTicketUpdatedDocument = new TypedDocumentString(`
    subscription LiveTicketUpdated($id: ID!) {
  ticketUpdated(id: $id) {
    id
    status
    entries {
      id
      kind
      byStaff
      author {
        id
      }
    }
  }
}
    `, {"hash":"142916151e47ebd20e28a0910272cf4395a8a431c6bb71083c00affe0ce7a65b"}) as unknown as TypedDocumentString<LiveTicketUpdatedSubscription, LiveTicketUpdatedSubscriptionVariables>;