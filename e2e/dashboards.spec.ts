import {
  expect,
  test,
  type APIRequestContext,
  type Locator,
  type Page,
  type PlaywrightWorkerArgs,
} from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts, signInAs, type DemoRole } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

type Playwright = PlaywrightWorkerArgs['playwright'];

// The dashboards as their users read them, on the demo data: the programmaleider's Ontwikkeling
// and Rode lijnen, the stuurgroep's Waarborgen with the PDF report, a locatie-coördinator's Onze
// locatie. Every view: it shows data, a filter goes into the URL and survives a reload, the chart
// has its table, axe finds nothing serious. A locatie-coördinator never sees another locatie's
// name where the partnership has not opted into open comparison.

type Demo = {
  partnershipId: string;
  openComparison: boolean;
  /** Every locatie of the partnership, as the programmaleider sees them. */
  locations: { id: string; name: string }[];
};

/** Signs in through the API (CSRF token first) in a context of its own, without a page. */
async function apiAs(playwright: Playwright, baseURL: string, role: DemoRole) {
  const request = await playwright.request.newContext({ baseURL });
  const { token } = (await (await request.get('/api/v1/auth/csrf')).json()) as { token: string };
  const login = await request.post('/api/v1/auth/login', {
    headers: { 'x-csrf-token': token },
    data: { email: demoAccounts[role].email, password: DEMO_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  return request;
}

type Me = { memberships: { partnershipId: string; locationIds: string[] }[] };

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `${url} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** The demo partnership and its locaties, read as the programmaleider. */
async function readDemo(playwright: Playwright, baseURL: string): Promise<Demo> {
  const request = await apiAs(playwright, baseURL, 'programmaleider');
  const me = await getJson<Me>(request, '/api/v1/auth/me');
  const partnershipId = me.memberships[0]?.partnershipId ?? '';
  const partnership = await getJson<{ openComparison: boolean }>(
    request,
    `/api/v1/partnerships/${partnershipId}`,
  );
  const { items } = await getJson<{ items: { id: string; name: string }[] }>(
    request,
    `/api/v1/partnerships/${partnershipId}/locations`,
  );
  await request.dispose();
  return { partnershipId, openComparison: partnership.openComparison, locations: items };
}

function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const base = (demo: Demo) => `/partnerschappen/${demo.partnershipId}`;

/** Waits until no skeleton or dimmed "updating" block is left. */
async function settled(page: Page) {
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

/** The chart's "Toon als tabel" shows its table, "Verberg tabel" hides it again. */
async function expectTableToggle(figure: Locator) {
  await figure.getByRole('button', { name: 'Toon als tabel' }).click();
  const table = figure.locator('.chart-figure__table').getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await figure.getByRole('button', { name: 'Verberg tabel' }).click();
  await expect(figure.locator('.chart-figure__table').getByRole('table')).toHaveCount(0);
}

/** Picks an option in a select, checks the URL, reloads, and checks the choice is still there. */
async function chooseAndReload(page: Page, select: Locator, option: string, inUrl: RegExp) {
  await select.selectOption({ label: option });
  await expect(page).toHaveURL(inUrl);
  await settled(page);
  await page.reload();
  await settled(page);
  await expect(page).toHaveURL(inUrl);
  await expect(select.locator('option:checked')).toHaveText(option);
}

test.describe('dashboards', () => {
  let demo: Demo;

  test.beforeAll(async ({ playwright, baseURL }) => {
    demo = await readDemo(playwright, baseURL ?? '');
    expect(demo.locations.length).toBeGreaterThan(2);
  });

  test('programmaleider: Ontwikkeling in five views, with filters in the URL', async ({ page }) => {
    test.setTimeout(180_000);
    const pageErrors = trackPageErrors(page);
    await signInAs(page, 'programmaleider', `${base(demo)}/ontwikkeling`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ontwikkeling' })).toBeVisible();
    await settled(page);

    // Verloop per thema: the trajectory with n per year, its table, a theme chosen in the URL.
    const trajectory = page.getByRole('figure', { name: /^Visie: huidig en gewenst/ });
    await expect(trajectory.locator('svg.recharts-surface')).toBeVisible();
    await expect(trajectory.getByText(/^n = \d+$/).first()).toBeVisible();
    await expectTableToggle(trajectory);
    await chooseAndReload(
      page,
      page.getByLabel('Thema', { exact: true }),
      'Beoordelen',
      /thema=beoordelen/,
    );
    await expect(
      page.getByRole('figure', { name: /^Beoordelen: huidig en gewenst/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Dekking: the grid names every locatie, a period goes into the URL.
    await page.getByRole('link', { name: 'Dekking' }).click();
    await expect(page).toHaveURL(/weergave=dekking/);
    await settled(page);
    const coverage = page.getByRole('figure', { name: /Laatste evaluatie per locatie en thema/ });
    await expect(coverage.getByRole('rowheader', { name: demo.locations[0]?.name })).toBeVisible();
    await expectTableToggle(coverage);
    await chooseAndReload(
      page,
      page.getByLabel('Van schooljaar', { exact: true }),
      '2023-2024',
      /van=2023-2024/,
    );
    await expect(coverage.getByText(/van 2023-2024 tot en met/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Huidig en gewenst, Ambities, Overgangen: each a chart (or grid) with its table.
    const views = [
      { link: 'Huidig en gewenst', figure: /Huidig en gewenst scenario per thema in/ },
      { link: 'Ambities', figure: /is de gewenste plaatsing van de vorige keer nu bereikt/ },
      { link: 'Overgangen', figure: /Van scenario naar scenario/ },
    ];
    for (const view of views) {
      await page.getByRole('link', { name: view.link, exact: true }).click();
      await settled(page);
      const figure = page.getByRole('figure', { name: view.figure });
      await expect(figure).toBeVisible();
      await expectTableToggle(figure);
      await expectNoSeriousA11yViolations(page);
    }
    // A school year chosen for the gap view survives a reload.
    await page.getByRole('link', { name: 'Huidig en gewenst', exact: true }).click();
    await settled(page);
    await chooseAndReload(
      page,
      page.getByLabel('Schooljaar', { exact: true }),
      '2023-2024',
      /jaar=2023-2024/,
    );
    await expect(
      page.getByRole('figure', { name: /Huidig en gewenst scenario per thema in 2023-2024/ }),
    ).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('stuurgroeplid: Waarborgen per waarborg, and the PDF report downloads', async ({ page }) => {
    test.setTimeout(180_000);
    const pageErrors = trackPageErrors(page);
    await signInAs(page, 'stuurgroeplid', `${base(demo)}/waarborgen`);
    await expect(page.getByRole('heading', { level: 1, name: 'Waarborgen' })).toBeVisible();
    await settled(page);
    for (const name of ['De lerende leraar', 'De leeromgeving', 'De organisatie']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    const distribution = page.getByRole('figure', { name: /^De leeromgeving: verdeling/ });
    await expect(distribution.locator('svg.recharts-surface')).toBeVisible();
    await expect(distribution.getByText(/n = \d+ resultaten/).first()).toBeVisible();
    await expectTableToggle(distribution);
    await expectNoSeriousA11yViolations(page);

    await chooseAndReload(
      page,
      page.getByLabel('Waarborg', { exact: true }),
      'De leeromgeving',
      /waarborg=leeromgeving/,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'De lerende leraar' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'De leeromgeving' })).toBeVisible();

    // The report for this waarborg: a real PDF, named after it.
    const downloading = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'PDF-rapport: De leeromgeving' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/leeromgeving.*\.pdf$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0).toBeGreaterThan(0);
    await expect(page.getByRole('status').filter({ hasText: /is gedownload/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect(pageErrors).toEqual([]);
  });

  test('programmaleider: Rode lijnen, heatmap and confirming, renaming, merging, dismissing', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const pageErrors = trackPageErrors(page);
    await signInAs(page, 'programmaleider', `${base(demo)}/rode-lijnen`);
    await expect(page.getByRole('heading', { level: 1, name: 'Rode lijnen' })).toBeVisible();
    await settled(page);
    await chooseAndReload(
      page,
      page.getByLabel('Schooljaar', { exact: true }),
      '2024-2025',
      /jaar=2024-2025/,
    );

    const heatmap = page.getByRole('figure', {
      name: /^Huidig scenario per locatie en thema in 2024-2025/,
    });
    await expect(heatmap.getByRole('columnheader', { name: 'Visie' })).toBeVisible();
    await expect(heatmap.getByText(/^n = \d+$/).first()).toBeVisible();
    await expectTableToggle(heatmap);
    await expectNoSeriousA11yViolations(page);

    // Suggestions for the year, then each of the programmaleider's decisions.
    await page.getByRole('button', { name: 'Zoek rode lijnen in 2024-2025' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /gevonden of bijgewerkt/ }),
    ).toBeVisible({
      timeout: 30_000,
    });
    const tabs = page.getByRole('navigation', { name: 'Rode lijnen per status' });
    await expect(tabs.getByRole('link', { name: /^Voorstellen \(\d+\)$/ })).toBeVisible();
    const cards = page.locator('.thread-card');
    await expect(cards.first()).toBeVisible();

    // Confirm the first one under a name of our own.
    await cards.first().getByRole('button', { name: 'Bevestigen' }).click();
    await cards
      .first()
      .getByLabel('Naam van de rode lijn')
      .fill('E2E: begeleiders nemen regie over');
    await cards.first().getByRole('button', { name: 'Bevestig rode lijn' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /is bevestigd als rode lijn/ }),
    ).toBeVisible();

    // Dismiss the next one.
    const dismissed = (await cards.first().getByRole('heading', { level: 3 }).textContent()) ?? '';
    await cards.first().getByRole('button', { name: 'Afwijzen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /is afgewezen/ })).toBeVisible();
    await tabs.getByRole('link', { name: /^Afgewezen/ }).click();
    await expect(page).toHaveURL(/rodelijnen=afgewezen/);
    await expect(cards.getByRole('heading', { level: 3, name: dismissed })).toBeVisible();

    // Rename the confirmed one; it is followed over the years.
    await tabs.getByRole('link', { name: /^Bevestigd/ }).click();
    const confirmed = cards.filter({ hasText: 'E2E: begeleiders nemen regie over' });
    await confirmed.getByRole('button', { name: 'Hernoemen' }).click();
    await confirmed.getByLabel('Naam van de rode lijn').fill('E2E: regie blijft bij begeleiders');
    await confirmed.getByRole('button', { name: 'Naam opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: /De naam is nu/ })).toBeVisible();
    const followed = page.getByRole('table', { name: 'Bevestigde rode lijnen per schooljaar' });
    await expect(
      followed.getByRole('rowheader', { name: /E2E: regie blijft bij begeleiders/ }),
    ).toBeVisible();

    // Merge a suggestion into the confirmed one.
    const target = cards.filter({ hasText: 'E2E: regie blijft bij begeleiders' });
    await target.getByRole('button', { name: 'Samenvoegen…' }).click();
    const dialog = page.getByRole('dialog', { name: /Samenvoegen met/ });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: 'Voeg 1 rode lijn samen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /samengevoegd in/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect(pageErrors).toEqual([]);
  });

  test('stuurgroeplid: Rode lijnen can be read, not changed', async ({ page }) => {
    await signInAs(page, 'stuurgroeplid', `${base(demo)}/rode-lijnen?jaar=2024-2025`);
    await settled(page);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Rode lijnen in 2024-2025' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Zoek rode lijnen/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Bevestigen' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  test("locatie-coördinator: Onze locatie and the other dashboards, without other locaties' names", async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const pageErrors = trackPageErrors(page);
    const request = await apiAs(playwright, baseURL ?? '', 'locatiecoordinator');
    const me = await getJson<Me>(request, '/api/v1/auth/me');
    await request.dispose();
    const ownIds = new Set(me.memberships[0]?.locationIds ?? []);
    const own = demo.locations.filter((l) => ownIds.has(l.id));
    const others = demo.locations.filter((l) => !ownIds.has(l.id)).map((l) => l.name);
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);

    // Every answer the location dashboard gets from the API, to check it names no one else.
    const locationAnswers: string[] = [];
    page.on('response', (response) => {
      if (/\/dashboards\/location\//.test(response.url())) {
        void response.text().then((text) => locationAnswers.push(text));
      }
    });

    const expectNoOtherNames = async (where: string) => {
      const text = await page.locator('main').innerText();
      for (const name of others) expect(text, `${where} names ${name}`).not.toContain(name);
    };

    await signInAs(page, 'locatiecoordinator', `${base(demo)}/onze-locatie`);
    await expect(page.getByRole('heading', { level: 1, name: 'Onze locatie' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Onze locatie' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(
      page
        .getByRole('navigation', { name: 'Dashboards' })
        .getByRole('link', { name: 'Rode lijnen' }),
    ).toHaveCount(0);
    await settled(page);

    const trajectory = page.getByRole('figure', {
      name: /naast de mediaan en spreiding van het partnerschap/,
    });
    await expect(trajectory.locator('svg.recharts-surface')).toBeVisible();
    await expectTableToggle(trajectory);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Openstaande verbeteracties' }),
    ).toBeVisible();
    // Only their own locaties to choose from.
    const picker = page.getByLabel('Locatie', { exact: true });
    if (own.length > 1) {
      await expect(picker.locator('option')).toHaveText(own.map((l) => l.name));
      const second = own[1]!;
      await chooseAndReload(page, picker, second.name, new RegExp(`locatie=${second.id}`));
      await expect(page.getByRole('heading', { level: 2, name: second.name })).toBeVisible();
    }
    await chooseAndReload(
      page,
      page.getByLabel('Thema', { exact: true }),
      'Beoordelen',
      /thema=beoordelen/,
    );
    // Onze locatie never names another locatie: the partnership is an unnamed distribution.
    await expectNoOtherNames('Onze locatie');
    for (const answer of locationAnswers) {
      for (const name of others) expect(answer, `location API names ${name}`).not.toContain(name);
    }
    await expectNoSeriousA11yViolations(page);

    // The other dashboards: names only where the partnership opted into open comparison.
    const views = [
      { path: '/waarborgen', heading: 'Waarborgen', alwaysUnnamed: true },
      { path: '/ontwikkeling', heading: 'Ontwikkeling', alwaysUnnamed: false },
      { path: '/rolperspectieven', heading: 'Rolperspectieven', alwaysUnnamed: false },
    ];
    for (const view of views) {
      await page.goto(`${base(demo)}${view.path}`);
      await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
      await settled(page);
      // A chart, or an empty state saying what to do: never a blank page.
      await expect(page.locator('main').locator('figure, .state--empty').first()).toBeVisible();
      if (view.alwaysUnnamed || !demo.openComparison) await expectNoOtherNames(view.heading);
      await expectNoSeriousA11yViolations(page);
    }
    if (demo.openComparison) {
      test.info().annotations.push({
        type: 'open comparison',
        description:
          'The demo partnership opted into open comparison: Ontwikkeling and Rolperspectieven may name other locaties.',
      });
    }
    expect(pageErrors).toEqual([]);
  });

  test('programmaleider: Rolperspectieven per theme, with the role table', async ({ page }) => {
    test.setTimeout(120_000);
    const pageErrors = trackPageErrors(page);
    await signInAs(page, 'programmaleider', `${base(demo)}/rolperspectieven`);
    await expect(page.getByRole('heading', { level: 1, name: 'Rolperspectieven' })).toBeVisible();
    await settled(page);
    await chooseAndReload(
      page,
      page.getByLabel('Van schooljaar', { exact: true }),
      '2021-2022',
      /van=2021-2022/,
    );
    await chooseAndReload(
      page,
      page.getByLabel('Thema', { exact: true }),
      'Coachen en feedback',
      /thema=coachen-en-feedback/,
    );
    const figure = page.getByRole('figure', {
      name: /^Coachen en feedback: individuele plaatsingen per rol/,
    });
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    await expect(figure.getByText(/n = \d+ deelnemers/).first()).toBeVisible();
    await expectTableToggle(figure);
    await expect(page.getByRole('table', { name: /Rolperspectieven per thema/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect(pageErrors).toEqual([]);
  });
});
