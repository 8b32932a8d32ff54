import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3600';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: Number(process.env.W ?? 1280), height: 900 }, locale: 'nl-NL', baseURL: base });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
const { token } = await (await page.request.get('/api/v1/auth/csrf')).json();
await page.request.post('/api/v1/auth/login', { headers: { 'x-csrf-token': token }, data: { email: process.env.WHO ?? 'programmaleider@demo.zet', password: 'zet-demo-wachtwoord' } });
const me = await (await page.request.get('/api/v1/auth/me')).json();
const pid = me.memberships[0].partnershipId;
const list = await (await page.request.get(`/api/v1/partnerships/${pid}/evaluations`)).json();
for (const e of list.items.filter((e) => e.status === 'draft')) {
  const r = await (await page.request.get(`/api/v1/partnerships/${pid}/evaluations/${e.id}/summary`)).json();
  console.log(e.id, e.title, 'problems', r.problems.length, 'canFinalise', r.canFinalise);
}
const step = process.env.STEP;
const shot = async (name) => page.screenshot({ path: `/tmp/zet-capture-ui/shots/${name}.png`, fullPage: true });
if (step === 'complete') {
  const id = process.env.EID;
  const detail = await (await page.request.get(`/api/v1/partnerships/${pid}/evaluations/${id}`)).json();
  for (const session of detail.rounds.flatMap((r) => r.sessions)) {
    if (session.currentPlacement !== null && session.desiredPlacement !== null) continue;
    await page.goto(`/partnerschappen/${pid}/evaluaties/${id}/gesprekken/${session.id}`);
    await page.getByRole('group', { name: 'Waar staan we nu?' }).getByRole('radio', { name: 'Tussen 2 en 3' }).check();
    await page.getByRole('group', { name: 'Waar willen we naartoe?' }).getByRole('radio', { name: /^3/ }).check();
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 15000 });
    await page.waitForTimeout(1500);
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 15000 });
    console.log('completed', session.themeName);
  }
}
if (step === 'finalise') {
  const id = process.env.EID;
  await page.goto(`/partnerschappen/${pid}/evaluaties/${id}/vaststellen`);
  await page.waitForTimeout(2000);
  await shot('review-ready');
  await page.getByRole('button', { name: 'Vaststellen' }).click();
  await page.waitForTimeout(500);
  await shot('finalise-dialog');
  await page.getByRole('button', { name: 'Ja, vaststellen' }).click();
  await page.waitForURL(/evaluaties\/[0-9a-f-]+$/);
  await page.waitForTimeout(1000);
  await shot('finalised-evaluation');
  const sid = (await (await page.request.get(`/api/v1/partnerships/${pid}/evaluations/${id}`)).json()).rounds[0].sessions[0].id;
  await page.goto(`/partnerschappen/${pid}/evaluaties/${id}/gesprekken/${sid}`);
  await page.waitForTimeout(2000);
  await shot('finalised-capture');
}
if (step === 'conflict') {
  const id = process.env.EID;
  const detail = await (await page.request.get(`/api/v1/partnerships/${pid}/evaluations/${id}`)).json();
  const sid = detail.rounds[0].sessions[0].id;
  await page.goto(`/partnerschappen/${pid}/evaluaties/${id}/gesprekken/${sid}`);
  await page.locator('[data-save-status="saved"]').waitFor();
  await context.setOffline(true);
  await page.getByLabel('Nieuw sterk punt').fill('Offline toegevoegd punt');
  await page.getByLabel('Nieuw sterk punt').press('Enter');
  await page.locator('[data-save-status="offline"]').waitFor({ timeout: 15000 });
  await page.screenshot({ path: `/tmp/zet-capture-ui/shots/offline-${process.env.W ?? 1280}.png` });
  await context.setOffline(false);
  await page.locator('[data-save-status="saved"]').waitFor({ timeout: 15000 });
  const url = `/api/v1/partnerships/${pid}/evaluations/${id}/sessions/${sid}`;
  const { token: t2 } = await (await page.request.get('/api/v1/auth/csrf')).json();
  const cur = await (await page.request.get(url)).json();
  const r = await page.request.patch(url, { headers: { 'x-csrf-token': t2 }, data: { version: cur.version, rationale: cur.rationale + ' Aangevuld door een collega.', currentPlacement: 3, findings: [...cur.findings.slice(1), { kind: 'development', text: 'Nieuw punt van de collega' }] } });
  console.log('patch', r.status());
  await page.getByLabel('Onderbouwing', { exact: true }).fill(cur.rationale + ' Mijn eigen zin.');
  await page.getByRole('group', { name: 'Waar staan we nu?' }).getByRole('radio', { name: /^1/ }).check();
  await page.getByTestId('conflict-panel').waitFor({ timeout: 15000 });
  await page.waitForTimeout(500);
  await page.getByTestId('conflict-panel').screenshot({ path: `/tmp/zet-capture-ui/shots/conflict-${process.env.W ?? 1280}.png` });
  await page.locator('[data-conflict-field="rationale"]').getByRole('radio', { name: 'Samenvoegen' }).check();
  await page.getByTestId('conflict-panel').screenshot({ path: `/tmp/zet-capture-ui/shots/conflict-merge-${process.env.W ?? 1280}.png` });
  await page.getByRole('button', { name: 'Keuzes opslaan' }).click();
  await page.locator('[data-save-status="saved"]').waitFor({ timeout: 15000 });
  const after = await (await page.request.get(url)).json();
  console.log('after', after.currentPlacement, after.rationale.slice(-80), after.findings.map((f) => f.text).slice(-3));
}
if (step === 'create') {
  await page.goto(`/partnerschappen/${pid}/evaluaties/nieuw`);
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/zet-capture-ui/shots/create-errors.png', fullPage: true });
  await page.getByLabel('Locatie', { exact: true }).selectOption({ index: 3 });
  await page.getByLabel('Datum', { exact: true }).fill('2026-05-12');
  await page.getByLabel('Thema', { exact: true }).first().selectOption({ label: 'Visie' });
  await page.getByText(/Verwachte deelnemers/).first().isVisible();
  await page.getByLabel('Werkplekbegeleider, School: verwacht').first().fill('5');
  await page.getByRole('button', { name: 'Themagroep toevoegen' }).click();
  await page.getByLabel('Thema', { exact: true }).nth(1).selectOption({ label: 'Visie' });
  await page.getByLabel('Groepsnaam').nth(1).fill('Groep B');
  await page.getByRole('button', { name: 'Evaluatie aanmaken' }).click();
  await page.waitForURL(/planning$/, { timeout: 15000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/zet-capture-ui/shots/created-plan.png', fullPage: true });
  console.log('created at', page.url());
}
if (step === 'partnership') {
  await page.goto(`/partnerschappen/${pid}`);
  await page.waitForTimeout(2000);
  await shot('partnership');
}
await browser.close();
