// A department team: owns themes and receives the messages about them; its members are the handlers.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('team')
export class TeamEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') nameNl!: string;
  @Column('text') nameEn!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

@Entity('team_member')
export class TeamMemberEntity {
  @PrimaryColumn('uuid') teamId!: string;
  @PrimaryColumn('uuid') userId!: string;
  /** Offered to organisations in 'Hulp nodig?' (they may address this handler directly). */
  @Column('boolean', { default: true }) offeredInHelp!: boolean;
}
