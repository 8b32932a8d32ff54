import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('target_group')
export class TargetGroupEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('varchar') code!: string;
  @Column('varchar') name!: string;
  @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
}
