import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { createCycle, createEvaluation, createLocation, createPartnership, createThemeSession } from '../factories';
import { signInAs } from '../setup/auth';
import { createTestApp, type TestApp } from '../setup/test-app';
import { renderSafeguardReport } from '../../src/modules/dashboards/safeguard-report.html';

it('scratch', async () => {
  const t: TestApp = await createTestApp();
  const db = t.dataSource.manager;
  const p = await createPartnership(db, { name: 'Opleidingsschool Demo' });
  const locs = [];
  for (const n of ['Alfa', 'Beta', 'Gamma', 'Delta']) locs.push(await createLocation(db, p.id, { name: n }));
  const values = [1, 1.5, 2, 2.5, 3, 3.5, 4];
  let k = 0;
  for (const year of ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025']) {
    const c = await createCycle(db, p.id, year);
    if (year === '2022-2023') continue;
    for (const l of locs) for (const theme of ['visie', 'coachen-en-feedback', 'beoordelen']) {
      const { evaluation, round } = await createEvaluation(db, { partnershipId: p.id, cycleId: c.id, locationId: l.id });
      const cur = values[(k++ * 3) % 5]!;
      await createThemeSession(db, { evaluation, roundId: round.id, themeCode: theme, current: cur, desired: Math.min(4, cur + 1) });
    }
  }
  const { agent } = await signInAs(t, 'programmaleider', p.id);
  const view = (await agent.get(`/api/v1/partnerships/${p.id}/dashboards/safeguards`).expect(200)).body;
  const html = renderSafeguardReport(view, { partnershipName: 'Opleidingsschool Demo', createdAt: new Date(), filters: [{ label: 'Schooljaren', value: 'alle' }], period: '2020-2021 t/m 2024-2025', contentVersions: ['ZET (2025)'], locations: 4, sessions: 48, roles: [{ name: 'Student', present: 12, placements: 10 }] }, new Map([['leeromgeving', 'Samenvatting van de waarborg.']]));
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await b.newPage({ viewport: { width: 794, height: 1123 } });
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/report.png', fullPage: true }); await page.screenshot({ path: '/tmp/report-top.png', clip: { x: 0, y: 0, width: 794, height: 1000 } });
  const pdf = await agent.get(`/api/v1/partnerships/${p.id}/reports/safeguards.pdf`).buffer(true).parse((res, cb) => { const c: Buffer[] = []; res.on('data', (x: Buffer) => c.push(x)); res.on('end', () => cb(null, Buffer.concat(c))); });
  fs.writeFileSync('/tmp/report.pdf', pdf.body as Buffer);
  await b.close();
  await t.close();
}, 120000);
