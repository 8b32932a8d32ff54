import type { CommonThreadPattern } from '@zet/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export type CommonThreadKind = 'finding' | 'placement';
export type CommonThreadStatus = 'suggested' | 'confirmed' | 'dismissed';

/** Rode lijn: a pattern across locaties, confirmed and named by the programmaleider. */
@Entity('common_thread')
export class CommonThreadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') cycleId!: string;
  @Column('varchar') name!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('varchar') kind!: CommonThreadKind;
  /** Which suggestion rule found it; null when made by hand. */
  @Column('varchar', { nullable: true }) pattern!: CommonThreadPattern | null;
  @Column('varchar', { default: 'suggested' }) status!: CommonThreadStatus;
  @Column('varchar', { nullable: true }) themeCode!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
