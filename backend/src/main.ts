import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/env';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seed/demo-accounts';

async function main(): Promise<void> {
  const config = loadConfig();
  const running = await createApp(config);
  await running.app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const logger = new Logger('ZET Monitor');
  logger.log(
    `Running at ${url} (${config.databaseUrl ? 'PostgreSQL' : `embedded PostgreSQL in ${config.embeddedDataDir}`})`,
  );
  if (config.seedDemo && config.env !== 'production') {
    const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
    console.log(
      `\n  ZET Monitor is running at ${url}\n\n  Demo accounts (password: ${DEMO_PASSWORD}):`,
    );
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.email.padEnd(width)}  ${a.description}`);
    console.log('');
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, closing`);
    // The embedded database must be closed cleanly or its data folder may be damaged.
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('ZET Monitor could not start:', error);
  }
  process.exit(1);
});
