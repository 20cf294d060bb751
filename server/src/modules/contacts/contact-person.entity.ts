// A contact person of an organisation (contactpersoon): mailed about messages on their themes once they
// have confirmed their address. Themes live in contact_person_theme; confirmation links in
// contact_confirmation (raw SQL only: those rows are readable in the system scope alone).
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../../i18n/language.js';

export const CONTACT_PERSON_STATUSES = ['UNCONFIRMED', 'CONFIRMED'] as const;
export type ContactPersonStatus = (typeof CONTACT_PERSON_STATUSES)[number];
/** How Loket learnt that an address is undeliverable: the SMTP server's refusal, or a bounce mail later. */
export const UNDELIVERABLE_SOURCES = ['SMTP_REJECTION', 'BOUNCE'] as const;
export type UndeliverableSource = (typeof UNDELIVERABLE_SOURCES)[number];
/** Where a contact was added: the contacts page, or a message ('as a standard contact of the theme'). */
export type ContactCreatedVia = 'contacts-page' | 'message';

@Entity('contact_person')
export class ContactPersonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organisationId!: string;
  @Column('text') firstName!: string;
  @Column('text') lastName!: string;
  @Column('text') email!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text') language!: Language;
  @Column('text') status!: ContactPersonStatus;
  @Column('timestamptz', { nullable: true }) confirmedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) confirmationSentAt!: Date | null;
  @Column('text') createdVia!: ContactCreatedVia;
  /** Set when a mail to the address finally failed; cleared when the address changes. */
  @Column('timestamptz', { nullable: true }) emailUndeliverableAt!: Date | null;
  @Column('text', { nullable: true }) emailUndeliverableReason!: string | null;
  @Column('text', { nullable: true }) emailUndeliverableSource!: UndeliverableSource | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('contact_person_theme')
export class ContactPersonThemeEntity {
  @Column('uuid') organisationId!: string;
  @PrimaryColumn('uuid') contactPersonId!: string;
  @PrimaryColumn('uuid') themeId!: string;
}
