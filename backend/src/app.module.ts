import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import fs from 'node:fs';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import { AccessModule } from './common/access/access.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ContentModule } from './modules/content/content.module';
import { DashboardsModule } from './modules/dashboards/dashboards.module';
import { CommonThreadsModule } from './modules/common-threads/common-threads.module';
import { EvaluationsModule } from './modules/evaluations/evaluations.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MailModule } from './modules/mail/mail.module';
import { PartnershipsModule } from './modules/partnerships/partnerships.module';
import { PeopleModule } from './modules/people/people.module';
import { PlatformModule } from './modules/platform/platform.module';
import { PrivacyModule } from './modules/privacy/privacy.module';

export type AppModuleOptions = { config: AppConfig; databaseUrl: string; poolSize: number };

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, poolSize }: AppModuleOptions): DynamicModule {
    const serveFrontend = fs.existsSync(config.frontendDist)
      ? [ServeStaticModule.forRoot({ rootPath: config.frontendDist, exclude: ['/api/{*path}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, poolSize), retryAttempts: 0 }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginRatePerMinute }],
        }),
        AccessModule,
        AuditModule,
        MailModule,
        AuthModule,
        PeopleModule,
        PlatformModule,
        PrivacyModule,
        ContentModule,
        HealthModule,
        PartnershipsModule,
        EvaluationsModule,
        ImportsModule,
        AttachmentsModule,
        DashboardsModule,
        CommonThreadsModule,
        ...serveFrontend,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
