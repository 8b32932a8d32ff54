import type { LocationKind } from '@zet/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('location')
export class LocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('varchar') name!: string;
  @Column('varchar') kind!: LocationKind;
  /** Locaties with results are archived, never deleted. */
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
