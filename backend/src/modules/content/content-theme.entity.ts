import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The themes of each content version, mirrored from content/ at start-up so the database can
 * refuse a theme that is not in an evaluation's version, and so SQL can follow a theme across
 * versions through `canonicalCode`.
 */
@Entity('content_theme')
export class ContentThemeEntity {
  @PrimaryColumn('varchar') contentVersionId!: string;
  @PrimaryColumn('varchar') code!: string;
  @Column('varchar') name!: string;
  @Column('varchar') canonicalCode!: string;
}
