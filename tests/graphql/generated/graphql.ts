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
};

export type AuditEventConnection = {
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** Number of rows matching the filter, all pages together. */
  totalCount?: Maybe<Scalars['Int']['output']>;
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

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

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

export type InviteUserInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  language?: InputMaybe<Language>;
  lastName: Scalars['String']['input'];
  roles: Array<Role>;
};

/** nl (Dutch, nl-BE, the default) or en (English). */
export type Language =
  | 'en'
  | 'nl';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
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

export type Mutation = {
  /** Choose a password with an invitation link; logs you in. */
  acceptInvitation: LoginPayload;
  /** DEPARTMENT_ADMIN: an extra closing day; open tickets' due times follow. */
  addClosingDay: TicketSettingsPayload;
  /** ADMIN: add a contact person; they are mailed a confirmation link. */
  addContactPerson: ContactPersonPayload;
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
  /** Ends your other sessions. */
  changePassword: OkPayload;
  /** Public: open a confirmation link. Never logs anyone in or changes a session. */
  confirmContactPerson: ConfirmContactPersonPayload;
  /** Takes the new email address of your account with the link mailed to it by updateProfile (no login needed). */
  confirmEmailChange: OkPayload;
  /** A new ticket ('Verstuur ticket' or 'Hulp nodig?'). */
  createTicket: CreateTicketPayload;
  /** DEPARTMENT_ADMIN: register an endpoint; the payload carries its signing secret, once. */
  createWebhookEndpoint: WebhookEndpointPayload;
  /** DEPARTMENT_ADMIN: remove an endpoint with its delivery log. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Staff: discard a held mail with a reason; audited. */
  discardInboundMail: InboundMailPayload;
  /** ADMIN: invite a contact person to the e-loket as a user. */
  inviteContactPerson: UserPayload;
  /** ADMIN: invite a colleague by email. */
  inviteUser: UserPayload;
  login: LoginPayload;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Marks every message of the thread read for you (on opening it). */
  markThreadRead: Thread;
  /** Staff: merge a duplicate into another ticket of the same organisation; returns the target. */
  mergeTicket: TicketPayload;
  /** Staff: move the ticket to another queue. */
  moveTicketQueue: TicketPayload;
  /** Staff: register a ticket taken by phone or mail. */
  registerTicket: CreateTicketPayload;
  /** DEPARTMENT_ADMIN: remove a closing day; due times follow. */
  removeClosingDay: TicketSettings;
  /** ADMIN: remove a contact person (who is mailed about it). The removed id. */
  removeContactPerson: Scalars['ID']['output'];
  /** Staff: remove a ticket's attachment with a reason ('002' §3, privacy incident): the file and the raw mail it came with are erased from storage; the timeline shows the removal and the reason. */
  removeTicketAttachment: TicketPayload;
  /** Staff: make a held mail (quarantined, Te koppelen, ignored) a ticket entry after all; audited. */
  replayInboundMail: InboundMailPayload;
  /** DEPARTMENT_ADMIN: send a finished delivery again (same webhook-id and body). */
  replayWebhookDelivery: WebhookDelivery;
  /** A reply in a thread ('Beantwoorden'), by either side. */
  replyToThread: SendMessagePayload;
  /** A public reply, by either side. */
  replyToTicket: TicketPayload;
  /** Mails a reset link if an active account has this address (else a mail saying none has). Always true: nobody learns which accounts exist. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Ask to close the ticket; the body gives the reason ('000'). */
  requestTicketClose: TicketPayload;
  /** ADMIN: mail an unconfirmed contact a new confirmation link (at most once per 5 minutes). */
  resendContactConfirmation: ContactPersonPayload;
  /** ADMIN: mail a fresh invitation link to a user who has not accepted. */
  resendInvitation: User;
  resetPassword: OkPayload;
  /** Staff: queue a failed mail again (and lift its contact's undeliverable mark). */
  retryFailedMail: Scalars['Boolean']['output'];
  revokeSession: Scalars['Boolean']['output'];
  /** DEPARTMENT_ADMIN: a new signing secret (in the payload, once); the previous one keeps signing for a while. */
  rotateWebhookSecret: WebhookEndpointPayload;
  /** An organisation's new message ('Stuur nieuw bericht'). */
  sendMessage: SendMessagePayload;
  /** Staff: a new message to an organisation. */
  sendMessageToOrganisation: SendMessagePayload;
  setLanguage: UserPayload;
  /** Staff: the ticket's labels (replaces them). */
  setTicketLabels: TicketPayload;
  /** Your mails of this ticket on or off ('Geen meldingen meer'). */
  setTicketNotifications: TicketPayload;
  /** Staff: set the status (see TicketStatus and allowedStatuses). */
  setTicketStatus: TicketPayload;
  /** ADMIN: set a colleague's roles (not your own). */
  setUserRoles: UserPayload;
  /** DEPARTMENT_ADMIN: the office calendar's hours and time zone; open tickets' due times follow. */
  updateBusinessCalendar: TicketSettingsPayload;
  /** ADMIN: change a contact person; they are mailed the changed fields. A new email address must be confirmed again. */
  updateContactPerson: ContactPersonPayload;
  /** ADMIN: phone, email and website of your organisation. DEPARTMENT_ADMIN: every field of any organisation. (AGENT: none.) */
  updateOrganisation: OrganisationPayload;
  /** Change your name or phone, confirmed with your password. A new email address is taken once confirmed with the link mailed to it. */
  updateProfile: UserPayload;
  /** DEPARTMENT_ADMIN: a queue's texts and auto-resolve period. */
  updateQueueSettings: TicketSettingsPayload;
  /** DEPARTMENT_ADMIN: new targets of a support type; running tickets keep the ones they have. */
  updateSupportTypeTargets: TicketSettingsPayload;
  /** DEPARTMENT_ADMIN: a theme's unread-reminder period (business days; null: none). */
  updateThemeReminder: TicketSettingsPayload;
  /** Staff: category, type, planned version, expected date. */
  updateTicketDetails: TicketPayload;
  /** DEPARTMENT_ADMIN: change an endpoint, or switch it off or on again. */
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


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationConfirmContactPersonArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationDiscardInboundMailArgs = {
  input: DiscardInboundMailInput;
};


export type MutationInviteContactPersonArgs = {
  id: Scalars['ID']['input'];
  roles: Array<Role>;
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


export type MutationMoveTicketQueueArgs = {
  queueId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
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


export type MutationRemoveTicketAttachmentArgs = {
  attachmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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


export type MutationRequestTicketCloseArgs = {
  input: TicketReplyInput;
};


export type MutationResendContactConfirmationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResendInvitationArgs = {
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


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSendMessageToOrganisationArgs = {
  input: StaffSendMessageInput;
};


export type MutationSetLanguageArgs = {
  language: Language;
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


export type MutationSetUserRolesArgs = {
  input: SetUserRolesInput;
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


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateQueueSettingsArgs = {
  input: QueueSettingsInput;
};


export type MutationUpdateSupportTypeTargetsArgs = {
  input: SupportTypeTargetsInput;
};


export type MutationUpdateThemeReminderArgs = {
  input: ThemeReminderInput;
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

export type OkPayload = {
  errors: Array<UserError>;
  ok: Scalars['Boolean']['output'];
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
  email?: Maybe<Scalars['String']['output']>;
  /** KBO or recognition number. */
  externalNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
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
};

export type OrganisationEdge = {
  cursor: Scalars['Cursor']['output'];
  node: Organisation;
};

export type OrganisationPayload = {
  errors: Array<UserError>;
  organisation?: Maybe<Organisation>;
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['Cursor']['output']>;
};

export type PriorityTarget = {
  /** Business minutes. */
  minutes: Scalars['Int']['output'];
  priority: TicketPriority;
};

export type PriorityTargetInput = {
  minutes: Scalars['Int']['input'];
  priority: TicketPriority;
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
  /** Your sessions that are still valid, newest first. */
  mySessions: Array<Session>;
  /** NOT_FOUND for another tenant's organisation. */
  organisation: Organisation;
  /** Who changed the organisation's data and contacts, newest first. ADMINs of the organisation and staff. */
  organisationHistory: AuditEventConnection;
  /** Staff: every organisation, by name. */
  organisations: OrganisationConnection;
  /** Staff: security incidents per organisation for each year from `from` to `to` (days; their years, inclusive). */
  securityIncidentCounts: Array<SecurityIncidentCount>;
  /** Staff: per month, queue and support type, tickets created from `from` to `to` (days, inclusive): targets met and breached, median business times. */
  serviceLevelReport: Array<ServiceLevelReportRow>;
  /** Staff: threads across organisations, latest activity first. */
  staffInbox: ThreadConnection;
  /** Staff: every ticket, by queue, assignee and filters. */
  staffTickets: TicketConnection;
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
  /** The categories a ticket can have (mandatory on a new ticket). */
  ticketCategories: Array<TicketOption>;
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
  /** DEPARTMENT_ADMIN: one webhook endpoint. */
  webhookEndpoint: WebhookEndpoint;
  /** DEPARTMENT_ADMIN: the department's webhook endpoints. */
  webhookEndpoints: WebhookEndpointConnection;
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


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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

/** Tickets labelled as a security incident (Helpdesk or Helpdesk Light) of one organisation, by year of creation ('002' yearly review). */
export type SecurityIncidentCount = {
  incidents: Scalars['Int']['output'];
  /** When the organisation's Beheerders were mailed that the year's threshold was reached. */
  noticeSentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
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

export type SetTicketStatusInput = {
  /** Required for POSTPONED: a day after today. */
  postponedUntil?: InputMaybe<Scalars['Day']['input']>;
  /** Required for RESOLVED: mailed to the requester. */
  solution?: InputMaybe<Scalars['String']['input']>;
  status: TicketStatus;
  ticketId: Scalars['ID']['input'];
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};

/** Service level of the targets still running: at risk when less than 20 % (configurable) is left. */
export type SlaState =
  | 'AT_RISK'
  | 'BREACHED'
  | 'ON_TRACK';

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

export type Subscription = {
  /** Messages as they are sent: an organisation's users get their organisation's (optionally of one theme or thread); staff get every team's or one team's. */
  messageAdded: Message;
  /** Your badge counts, whenever a message arrives for your organisation or you read messages. */
  messageCountsChanged: MessageCounts;
  /** Ids of your sessions as they are revoked (a client whose own session is revoked logs out). */
  mySessionRevoked: Scalars['ID']['output'];
  /** Your organisation's task list, each time a change alters it. */
  tasksChanged: Array<Task>;
  /** Staff: the queue counts, whenever tickets enter, leave or change in a queue. */
  ticketQueueChanged: Array<TicketQueueCount>;
  /** One ticket as it changes (entry, status, assignment); re-read under your own rights. */
  ticketUpdated: Ticket;
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
  id: Scalars['ID']['output'];
  /** Name in the viewer's language. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
};

export type TechnicalQuestionInput = {
  question: Scalars['String']['input'];
};

/** A theme (thema), owned by a department team. */
export type Theme = {
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Name in the viewer's language. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  team: Team;
  teamId: Scalars['ID']['output'];
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
  /** CREATED, STATUS, QUEUE, ASSIGNED, MERGED_INTO, MERGED_FROM, DETAILS or ATTACHMENT_REMOVED. */
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
  externalNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Belgian, Dutch or international (E.164). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A full address starting with https:// or http://. */
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  /** Your current password confirms the change. */
  currentPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
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

export type AccountsSetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type AccountsSetUserRolesMutation = { setUserRoles: { user?: { roles: Array<Role> } | null, errors: Array<{ field?: string | null, code: string }> } };

export type AccountsMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsMe3Query = { me?: { email: string } | null };

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

export type FanoutSetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type FanoutSetUserRolesMutation = { setUserRoles: { errors: Array<{ code: string }> } };

export type FanoutMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FanoutMeQuery = { me?: { email: string } | null };

export type FanoutLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type FanoutLogoutMutation = { logout: boolean };

export type FanoutThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type FanoutThemesQuery = { themes: Array<{ code: string, name: string, team: { nameNl: string } }> };

export type FanoutHandlersQueryVariables = Exact<{ [key: string]: never; }>;


export type FanoutHandlersQuery = { teams: Array<{ handlers: Array<{ email: string, firstName: string }> }> };

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

export type HelpdeskAskMutationVariables = Exact<{
  input: TechnicalQuestionInput;
}>;


export type HelpdeskAskMutation = { askTechnicalHelpdesk: { ok: boolean, errors: Array<{ field?: string | null, code: string }> } };

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

export type IsolationRequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type IsolationRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type IsolationUpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type IsolationUpdateOrganisationMutation = { updateOrganisation: { errors: Array<{ code: string }> } };

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


export type WorldThreadContactsQuery = { thread: { contacts: Array<{ id: string, standard: boolean }> } };

export type WorldSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorldSessionsQuery = { mySessions: Array<{ id: string, current: boolean }> };

export type WorldCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type WorldCreateTicketMutation = { createTicket: { errors: Array<{ field?: string | null, code: string }>, privacyWarnings: Array<{ kind: SensitiveDataKind }>, ticket?: { id: string, number: string } | null } };

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
export const AccountsSetUserRolesDocument = new TypedDocumentString(`
    mutation AccountsSetUserRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) {
    user {
      roles
    }
    errors {
      field
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsSetUserRolesMutation, AccountsSetUserRolesMutationVariables>;
export const AccountsMe3Document = new TypedDocumentString(`
    query AccountsMe3 {
  me {
    email
  }
}
    `) as unknown as TypedDocumentString<AccountsMe3Query, AccountsMe3QueryVariables>;
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
export const FanoutSetUserRolesDocument = new TypedDocumentString(`
    mutation FanoutSetUserRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FanoutSetUserRolesMutation, FanoutSetUserRolesMutationVariables>;
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