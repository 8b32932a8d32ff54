import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who sat at the table, by role and side; no names. */
@Entity('session_participant')
export class SessionParticipantEntity {
  @Column('uuid') partnershipId!: string;
  @PrimaryColumn('uuid') themeSessionId!: string;
  @PrimaryColumn('varchar') role!: string;
  @PrimaryColumn('varchar') side!: 'school' | 'instituut';
  @Column('smallint', { default: 0 }) expected!: number;
  @Column('smallint', { default: 0 }) present!: number;
}
