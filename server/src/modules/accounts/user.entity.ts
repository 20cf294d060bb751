// A login: a tenant user (organisation + tenant roles) or department staff (no organisation).
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../../i18n/language.js';

export const TENANT_ROLES = ['ADMIN', 'MEMBER', 'MEMBER_PLUS'] as const;
const STAFF_ROLES = ['AGENT', 'DEPARTMENT_ADMIN'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];
export const ROLES = [...TENANT_ROLES, ...STAFF_ROLES] as const;
export type Role = (typeof ROLES)[number];
export const USER_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('text') email!: string;
  @Column('text') firstName!: string;
  @Column('text') lastName!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text') language!: Language;
  @Column('text', { array: true }) roles!: Role[];
  @Column('text') status!: UserStatus;
  @Column('text', { nullable: true, select: false }) passwordHash!: string | null;
  /** Set when the person was erased (decision 0029): the stored names are then a placeholder. */
  @Column('timestamptz', { nullable: true }) erasedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
