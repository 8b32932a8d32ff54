import { discoverRoutes, describePolicy } from '../setup/route-discovery';
import { createTestApp, type TestApp } from '../setup/test-app';
import request from 'supertest';

it('prints', async () => {
  const t0 = Date.now();
  const t: TestApp = await createTestApp();
  console.log('startup ms', Date.now() - t0);
  const d = discoverRoutes(t.running.app);
  console.log(d.routes.map((r) => `${r.method} ${r.path} ${r.handler} ${describePolicy(r.policy)} [${r.params}]`).join('\n'));
  console.log('foreign', d.foreign, 'unregistered', d.unregistered);
  const doc = await request(t.http).get('/api/docs-json');
  console.log(doc.status, JSON.stringify(doc.body.paths['/api/v1/partnerships/{partnershipId}/dashboards/trajectory']), JSON.stringify(doc.body.paths['/api/v1/partnerships/{partnershipId}/evaluations']));
  await t.close();
});
