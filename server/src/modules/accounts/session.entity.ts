// A login session. Only the SHA-256 of its token is stored; the token itself lives in the cookie.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') userId!: string;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('bytea', { select: false }) tokenHash!: Buffer;
  @Column('text', { nullable: true }) userAgent!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz') lastSeenAt!: Date;
  @Column('timestamptz') expiresAt!: Date;
  @Column('timestamptz', { nullable: true }) revokedAt!: Date | null;
}
