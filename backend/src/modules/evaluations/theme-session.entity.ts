import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { numericTransformer } from '../../database/column-transformers';

/** Themagesprek: one group discussing one theme in one round; holds the group's outcome. */
@Entity('theme_session')
export class ThemeSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') evaluationId!: string;
  @Column('uuid') roundId!: string;
  @Column('varchar') contentVersionId!: string;
  @Column('varchar') themeCode!: string;
  @Column('varchar', { default: '' }) groupLabel!: string;
  /** Order of the groups within their round, as planned. */
  @Column('smallint', { default: 0 }) position!: number;
  @Column('uuid', { nullable: true }) facilitatorId!: string | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) currentPlacement!:
    number | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) desiredPlacement!:
    number | null;
  @Column('text', { default: '' }) rationale!: string;
  @Column('text', { default: '' }) agreements!: string;
  @Column('varchar', { default: '' }) plenaryReporter!: string;
  @Column('text', { array: true, default: () => "'{}'" }) reflectionCards!: string[];
  @Column('text', { default: '' }) notes!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
