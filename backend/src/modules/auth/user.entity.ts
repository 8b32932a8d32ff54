import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar') email!: string;
  @Column('varchar') name!: string;
  @Column('text', { nullable: true }) passwordHash!: string | null;
  @Column('boolean', { default: false }) isPlatformAdmin!: boolean;
  @Column('text', { nullable: true }) totpSecret!: string | null;
  @Column('timestamptz', { nullable: true }) erasedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}
