import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type FindingKind = 'strength' | 'development';

/** Sterk punt or ontwikkelpunt the group agreed on: a group outcome, never about a person. */
@Entity('finding')
export class FindingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') themeSessionId!: string;
  @Column('varchar') kind!: FindingKind;
  @Column('varchar') text!: string;
  @Column('smallint') position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
