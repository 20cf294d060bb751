// Threads, messages, thread contacts and attachments of the Berichtenmodule.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Longest message body, in characters (checked at the edge and by the send rules). */
export const BODY_MAX = 20_000;

/** A conversation held together by its reference number (Berichthistoriek). */
@Entity('message_thread')
export class ThreadEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('text') referenceNumber!: string;
  @Column('uuid') themeId!: string;
  @Column('text') title!: string;
  @Column('uuid') teamId!: string;
  @Column('uuid', { nullable: true }) assignedHandlerId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz') lastMessageAt!: Date;
  @Column('text') lastDirection!: Direction;
  @Column('integer') messageCount!: number;
}

/** INBOUND: department → organisation ('Ontvangen'); OUTBOUND: organisation → department ('Verstuurd'). */
@Entity('message')
export class MessageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('uuid') threadId!: string;
  @Column('text') referenceNumber!: string;
  @Column('uuid') themeId!: string;
  @Column('text') direction!: Direction;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('uuid') authorId!: string;
  /** The author's name; the sender line adds the team (or the department) in the viewer's language. */
  @Column('text') senderLabel!: string;
  /** The team a department message was written for (null: the department as a whole, or OUTBOUND). */
  @Column('uuid', { nullable: true }) senderTeamId!: string | null;
  @Column('uuid', { nullable: true }) addressedTeamId!: string | null;
  @Column('uuid', { nullable: true }) addressedHandlerId!: string | null;
  @Column('timestamptz') sentAt!: Date;
  @Column('integer') attachmentCount!: number;
  @Column('text', { select: false }) clientKey!: string;
}

/** A contact notified of replies in one thread: a standard contact person, or one-off details. */
@Entity('thread_contact')
export class ThreadContactEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('uuid') threadId!: string;
  @Column('uuid', { nullable: true }) contactPersonId!: string | null;
  @Column('text', { nullable: true }) firstName!: string | null;
  @Column('text', { nullable: true }) lastName!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

@Entity('attachment')
export class AttachmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  /** Null for a file that came with a mail (email intake). */
  @Column('uuid', { nullable: true }) uploadedBy!: string | null;
  @Column('uuid', { nullable: true }) messageId!: string | null;
  /** Attached to a ticket's entry instead (tickets module). */
  @Column('uuid', { nullable: true }) ticketEntryId!: string | null;
  @Column('text') fileName!: string;
  @Column('text') contentType!: string;
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;
  @Column('text') sha256!: string;
  @Column('text', { select: false }) storageKey!: string;
  @Column('text') scanStatus!: 'NOT_SCANNED' | 'CLEAN';
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
