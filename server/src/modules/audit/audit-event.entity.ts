// Who changed what, when: one row per change, with the old and new value of each field.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('uuid', { nullable: true }) actorUserId!: string | null;
  @Column('text') action!: string;
  @Column('text') entityType!: string;
  @Column('uuid', { nullable: true }) entityId!: string | null;
  @Column('jsonb') changes!: FieldChange[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
