import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A registered content version; the texts live in content/, evaluations point here. */
@Entity('content_version')
export class ContentVersionEntity {
  @PrimaryColumn('varchar') id!: string;
  @Column('varchar') name!: string;
  @Column('date') publishedOn!: string;
  @Column('varchar', { nullable: true }) predecessorId!: string | null;
}
