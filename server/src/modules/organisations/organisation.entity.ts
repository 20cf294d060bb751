// An organisation (voorziening): the tenant. Its id is the organisation_id of every tenant row.
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) externalNumber!: string | null;
  /** The Belgian enterprise number (KBO), written 0123.456.749. */
  @Column('text', { nullable: true }) enterpriseNumber!: string | null;
  /** The department's recognition number (erkenningsnummer). */
  @Column('text', { nullable: true }) recognitionNumber!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) websiteUrl!: string | null;
  /** Set while the organisation is deactivated: its users cannot log in; its data is kept. */
  @Column('timestamptz', { nullable: true }) deactivatedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('organisation_theme')
export class OrganisationThemeEntity {
  @PrimaryColumn('uuid') organisationId!: string;
  @PrimaryColumn('uuid') themeId!: string;
}
