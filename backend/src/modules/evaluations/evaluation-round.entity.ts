import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('evaluation_round')
export class EvaluationRoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') evaluationId!: string;
  @Column('smallint') number!: number;
  @Column('varchar', { default: '' }) label!: string;
}
