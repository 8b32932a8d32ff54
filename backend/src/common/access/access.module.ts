import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { ScopedDb } from './scoped-db';

@Global()
@Module({
  providers: [ScopedDb, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [ScopedDb],
})
export class AccessModule {}
