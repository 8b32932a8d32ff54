import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../database/column-transformers';

/** One participant's own werkblad placement, stored anonymously with the role only. */
@Entity('individual_placement')
export class IndividualPlacementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') partnershipId!: string;
  @Column('uuid') themeSessionId!: string;
  @Column('varchar') role!: string;
  @Column('numeric', { transformer: numericTransformer }) currentPlacement!: number;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) desiredPlacement!:
    number | null;
  @Column('smallint') position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
