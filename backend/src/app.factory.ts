import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppModule } from './app.module';
import { configureHttpSecurity, problemErrorHandler } from './common/http-security';
import type { AppConfig } from './config/env';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { seedDemoIfEmpty } from './database/seed/seed-demo';
import { ContentSyncService } from './modules/content/content-sync.service';
import { ErasureReplayService } from './modules/privacy/erasure-replay.service';

export type RunningApp = {
  app: INestApplication;
  dataSource: DataSource;
  databaseUrl: string;
  /** Closes the app, then the embedded database if this process started one. */
  close(): Promise<void>;
};

export type CreateAppOptions = {
  /** Use this database instead of `config.databaseUrl` / an embedded one (tests). */
  databaseUrl?: string;
  /** Keep the embedded database in memory rather than in `config.embeddedDataDir`. */
  inMemory?: boolean;
  logger?: false;
};

/** Builds the whole app: database (embedded or not), migrations, content, demo data, HTTP. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = options.databaseUrl ?? config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(options.inMemory ? undefined : config.embeddedDataDir);
    databaseUrl = embedded.url;
  }
  // PGlite serves one session: a single pooled connection keeps transactions from interleaving.
  const poolSize = embedded ? 1 : config.dbPoolSize;

  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl, poolSize }),
      { bodyParser: false, logger: options.logger ?? ['warn', 'error'] },
    );
    app.useBodyParser('json', {
      limit: '1mb',
      type: ['application/json', 'application/merge-patch+json'],
    });
    const dataSource = app.get(DataSource);
    const stopSessionStore = configureHttpSecurity(
      app,
      config,
      (dataSource.driver as PostgresDriver).master as Pool,
    );
    app.setGlobalPrefix('api/v1', { exclude: ['api/health'] });

    const openApi = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('ZET Monitor API').setVersion('1').build(),
    );
    SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(openApi));

    await dataSource.runMigrations({ transaction: 'each' });
    // Erasures survive a restore from an older backup: re-apply them before anyone can sign in.
    await app.get(ErasureReplayService).replay();
    await dataSource.transaction((manager) => app.get(ContentSyncService).sync(manager));
    if (config.seedDemo) await seedDemoIfEmpty(dataSource);
    await app.init();
    app.use(problemErrorHandler);

    return {
      app,
      dataSource,
      databaseUrl,
      async close() {
        await app.close();
        stopSessionStore();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
