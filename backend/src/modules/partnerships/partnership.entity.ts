import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('partnership')
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar') name!: string;
  @Column('text', { nullable: true }) vision!: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) coreConcepts!: string[];
  /** Off by default: locatie users then see other locaties only as an unnamed distribution. */
  @Column('boolean', { default: false }) openComparison!: boolean;
  /** Smallest role group whose individual placements may be shown separately. */
  @Column('smallint', { default: 3 }) minRoleGroupSize!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
