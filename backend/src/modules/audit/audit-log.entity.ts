import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('timestamptz', { default: () => 'now()' }) occurredAt!: Date;
  @Column('uuid', { nullable: true }) partnershipId!: string | null;
  @Column('uuid', { nullable: true }) userId!: string | null;
  @Column('varchar') action!: string;
  @Column('varchar', { nullable: true }) targetType!: string | null;
  @Column('varchar', { nullable: true }) targetId!: string | null;
  @Column('jsonb', { default: () => "'{}'" }) details!: Record<string, unknown>;
  @Column('varchar', { nullable: true }) ip!: string | null;
}
