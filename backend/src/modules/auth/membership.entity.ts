import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MembershipRole =
  'programmaleider' | 'stuurgroeplid' | 'locatiecoordinator' | 'procesbegeleider';

/** A person's role in one partnership; a person may hold different roles in different ones. */
@Entity('membership')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') userId!: string;
  @Column('uuid') partnershipId!: string;
  @Column('varchar') role!: MembershipRole;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
