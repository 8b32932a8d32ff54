import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContentService } from './content.service';

/**
 * Mirrors the content versions and their themes into the database, so foreign keys can refuse
 * a theme outside an evaluation's version and SQL can follow themes across versions.
 */
@Injectable()
export class ContentSyncService {
  constructor(private readonly content: ContentService) {}

  async sync(manager: EntityManager): Promise<void> {
    const { bundle } = this.content;
    // Predecessors first, so the self-reference is satisfied.
    const ordered = [...bundle.versions.values()].sort((a, b) =>
      a.manifest.publishedOn.localeCompare(b.manifest.publishedOn),
    );
    for (const { manifest, themes } of ordered) {
      await manager.query(
        `insert into content_version (id, name, published_on, predecessor_id) values ($1, $2, $3, $4)
         on conflict (id) do update set name = excluded.name, published_on = excluded.published_on,
           predecessor_id = excluded.predecessor_id`,
        [manifest.id, manifest.name, manifest.publishedOn, manifest.predecessor],
      );
      for (const theme of themes.values()) {
        await manager.query(
          `insert into content_theme (content_version_id, code, name, canonical_code) values ($1, $2, $3, $4)
           on conflict (content_version_id, code) do update set name = excluded.name, canonical_code = excluded.canonical_code`,
          [manifest.id, theme.code, theme.name, bundle.canonicalThemeCode(manifest.id, theme.code)],
        );
      }
    }
  }
}
