// A theme (thema) such as Erkenning or Subsidies, owned by the department team that handles it.
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('theme')
export class ThemeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') nameNl!: string;
  @Column('text') nameEn!: string;
  @Column('uuid') teamId!: string;
  @Column('integer') position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
