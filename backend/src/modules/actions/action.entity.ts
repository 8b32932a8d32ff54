import type { PdcaPhaseCode } from '@zet/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export type ActionStatus = 'open' | 'in_progress' | 'done' | 'dropped';
export type ImwrElement = 'inspireren' | 'mobiliseren' | 'waarderen' | 'reflecteren';

/** Verbeteractie: follows from an ontwikkelpunt and is reviewed at the next evaluation. */
@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') cycleId!: string;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('uuid', { nullable: true }) findingId!: string | null;
  @Column('varchar', { nullable: true }) themeCode!: string | null;
  @Column('varchar') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('varchar', { default: '' }) ownerRole!: string;
  @Column('varchar', { default: '' }) ownerName!: string;
  @Column('date', { nullable: true }) dueOn!: string | null;
  @Column('varchar', { default: 'open' }) status!: ActionStatus;
  @Column('varchar') pdcaPhase!: PdcaPhaseCode;
  @Column('varchar', { nullable: true }) imwrElement!: ImwrElement | null;
  @Column('text', { default: '' }) reviewNote!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
