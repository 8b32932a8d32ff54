import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3600';
const [, , what = 'capture', width = '1280'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({
  viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) },
  locale: 'nl-NL',
  baseURL: base,
});
const page = await context.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (msg) => {
  if (msg.type() === 'error') console.log('CONSOLE', msg.text());
});
const email = process.env.WHO ?? 'procesbegeleider@demo.zet';
const { token } = await (await page.request.get('/api/v1/auth/csrf')).json();
const login = await page.request.post('/api/v1/auth/login', {
  headers: { 'x-csrf-token': token },
  data: { email, password: 'zet-demo-wachtwoord' },
});
console.log('login', login.status());
const me = await (await page.request.get('/api/v1/auth/me')).json();
const pid = me.memberships[0].partnershipId;
const list = await (await page.request.get(`/api/v1/partnerships/${pid}/evaluations`)).json();
const draft = list.items.find((e) => e.status === 'draft');
const detail = await (
  await page.request.get(`/api/v1/partnerships/${pid}/evaluations/${draft.id}`)
).json();
const sid = detail.rounds[0].sessions[Number(process.env.SESSION ?? 1)].id;
const urls = {
  capture: `/partnerschappen/${pid}/evaluaties/${draft.id}/gesprekken/${sid}`,
  live: `/partnerschappen/${pid}/evaluaties/${draft.id}/gesprekken/${sid}/live`,
  evaluation: `/partnerschappen/${pid}/evaluaties/${draft.id}`,
  review: `/partnerschappen/${pid}/evaluaties/${draft.id}/vaststellen`,
  plan: `/partnerschappen/${pid}/evaluaties/${draft.id}/planning`,
  new: `/partnerschappen/${pid}/evaluaties/nieuw`,
  partnership: `/partnerschappen/${pid}`,
};
await page.goto(urls[what]);
await page.waitForTimeout(2500);
if (process.env.CLIPY) {
  const y = Number(process.env.CLIPY);
  await page.screenshot({
    path: `/tmp/zet-capture-ui/shots/${what}-${width}-${y}.png`,
    fullPage: true,
    clip: { x: 0, y, width: Number(width), height: 900 },
  });
} else
  await page.screenshot({
    path: `/tmp/zet-capture-ui/shots/${what}-${width}.png`,
    fullPage: process.env.FULL !== '0',
  });
console.log('url', page.url());
await browser.close();
