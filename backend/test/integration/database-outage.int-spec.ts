import 'reflect-metadata';
import { problemSchema } from '@zet/contracts';
import request from 'supertest';
import { createApp, type RunningApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/env';
import { TcpProxy } from '../setup/tcp-proxy';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

describe('when the database drops', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let running: RunningApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const config = loadConfig({
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      FRONTEND_DIST: '/nonexistent',
    });
    running = await createApp(config, { databaseUrl: viaProxy.toString(), logger: false });
  });

  afterAll(async () => {
    proxy.reconnect();
    await running.close();
    await proxy.stop();
    await database.drop();
  });

  it('answers 503 problem+json while it is gone and recovers by itself when it returns', async () => {
    const http = running.app.getHttpServer();
    await request(http).get('/api/health').expect(200);
    const agent = request.agent(http);
    const token = (await agent.get('/api/v1/auth/csrf').expect(200)).body.token as string;
    // Not a member of anything: the list is empty, but it needs the session store and the database.
    await agent
      .post('/api/v1/auth/login')
      .set('x-csrf-token', token)
      .send({ email: 'niemand@school.test', password: 'x' })
      .expect(401);

    proxy.disconnect();
    const down = await request(http).get('/api/health').expect(503);
    expect(down.body).toMatchObject({ status: 'unavailable', database: 'down' });
    const login = await agent
      .post('/api/v1/auth/login')
      .set('x-csrf-token', token)
      .send({ email: 'niemand@school.test', password: 'x' });
    expect(login.status).toBe(503);
    expect(login.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problemSchema.parse(login.body).detail).toMatch(/database/i);

    proxy.reconnect();
    await request(http).get('/api/health').expect(200);
    await agent
      .post('/api/v1/auth/login')
      .set('x-csrf-token', token)
      .send({ email: 'niemand@school.test', password: 'x' })
      .expect(401);
  });
});
