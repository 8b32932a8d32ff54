import type { EvaluationStatus } from '@zet/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A ZET dagdeel: at one locatie, or partnership-wide when `locationId` is null. */
@Entity('evaluation')
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') cycleId!: string;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('varchar') title!: string;
  @Column('date') heldOn!: string;
  @Column('varchar') contentVersionId!: string;
  @Column('varchar', { default: 'draft' }) status!: EvaluationStatus;
  @Column('timestamptz', { nullable: true }) finalisedAt!: Date | null;
  @Column('uuid', { nullable: true }) finalisedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
