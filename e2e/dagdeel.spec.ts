import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoAccounts, signInAs, signOut } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// The whole ZET-dagdeel as its users go through it, in the browser only: the programmaleider
// plans a new evaluation (two rounds, one theme group each, one of them against the method's
// advice), the procesbegeleider captures both theme sessions (the second partly without a
// connection), the programmaleider reviews and finalises it, and the partnership page lists it as
// vastgesteld. The test creates its own evaluation, so the demo's evaluations stay as seeded.

test.describe.configure({ timeout: 240_000 });
// A step that cannot happen should fail on its own line, not at the end of the test's time.
test.use({ actionTimeout: 30_000 });

// Set ZET_E2E_SCREENSHOT_DIR (e.g. /tmp) to keep a full-page screenshot of every step.
const screenshotDir = process.env.ZET_E2E_SCREENSHOT_DIR;
async function snap(page: Page, name: string, fullPage = true) {
  if (screenshotDir) {
    await page.screenshot({ path: `${screenshotDir}/dagdeel-${name}.png`, fullPage });
  }
}

/** Today in the Netherlands as yyyy-mm-dd, and the school year (1 August – 31 July) it is in. */
function todayAndSchoolYear(): { today: string; schoolYear: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = month >= 8 ? year : year - 1;
  return { today, schoolYear: `${first}-${first + 1}` };
}

const SCENARIO = {
  1: 'Individuele begeleiding',
  2: 'Commitment Samen Opleiden',
  3: 'Verbinden en verbreden',
} as const;

function saveStatus(page: Page) {
  return page.locator('[data-save-status]');
}

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved', { timeout: 20_000 });
  await expect(saveStatus(page)).toContainText('Opgeslagen');
}

async function openPartnershipPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Partnerschap' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerschap' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Evaluaties' })).toBeVisible();
}

/** One theme group of the plan form: the round's fieldset, then the group's. */
function planGroup(page: Page, round: number, group = 1): Locator {
  return page
    .getByRole('group', { name: `Ronde ${round}`, exact: true })
    .getByRole('group', { name: `Groep ${group}`, exact: true });
}

async function fillExpected(group: Locator, counts: [role: string, side: string, n: number][]) {
  for (const [role, side, n] of counts) {
    await group
      .getByRole('spinbutton', { name: `${role}, ${side}: verwacht`, exact: true })
      .fill(String(n));
  }
}

async function fillPresent(page: Page, counts: [role: string, side: string, n: number][]) {
  for (const [role, side, n] of counts) {
    await page
      .getByRole('spinbutton', { name: `${role}, ${side}: aanwezig`, exact: true })
      .fill(String(n));
  }
}

/** Individual placements, entered from the keyboard as from a pile of werkbladen. */
async function addPlacements(page: Page, sheets: [role: string, now: string, desired: string][]) {
  const entry = page.getByRole('form', { name: 'Individuele plaatsingen (werkblad)' });
  for (const [role, now, desired] of sheets) {
    await entry.getByLabel('Rol').selectOption({ label: role });
    await entry.getByLabel('Nu', { exact: true }).fill(now);
    await entry.getByLabel(/^Gewenst/).fill(desired);
    await entry.getByLabel(/^Gewenst/).press('Enter');
    await expect(entry.getByLabel('Rol')).toBeFocused();
  }
}

async function addFinding(page: Page, kind: 'sterk punt' | 'ontwikkelpunt', text: string) {
  const field = page.getByLabel(`Nieuw ${kind}`);
  await field.fill(text);
  await field.press('Enter');
  await expect(field).toHaveValue('');
  await expect(page.locator('.finding__text').filter({ hasText: text })).toHaveCount(1);
}

/** A theme session's row on the evaluation page, by the name in its first cell. */
function sessionRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The group's placement: a radio on the scale "Waar staan we nu?" or "Waar willen we naartoe?". */
function scalePoint(page: Page, scale: 'nu' | 'gewenst', point: RegExp | string): Locator {
  const legend = scale === 'nu' ? 'Waar staan we nu?' : 'Waar willen we naartoe?';
  return page.getByRole('group', { name: legend }).getByRole('radio', { name: point });
}

test.describe('a ZET-dagdeel from plan to vastgesteld', () => {
  test('programmaleider plans, procesbegeleider captures (partly offline), programmaleider finalises', async ({
    page,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const run = Date.now().toString(36);
    const title = `ZET-dagdeel e2e ${run}`;
    const { today, schoolYear } = todayAndSchoolYear();
    const facilitator = demoAccounts.procesbegeleider.name;

    const visie = {
      theme: 'Visie',
      strengths: [`Sterk punt ${run}: iedereen kent de kernbegrippen`],
      development: [`Ontwikkelpunt ${run}: de visie zichtbaar maken in de stage`],
      rationale: `Onderbouwing ${run}: we werken samen, maar nog niet overal vanuit één beeld.`,
    };
    const coachen = {
      theme: 'Coachen en feedback',
      strength: `Sterk punt ${run}: werkplekbegeleiders nemen tijd voor nagesprekken`,
      offlineDevelopment: `Ontwikkelpunt ${run}: feedback van studenten aan begeleiders (offline getypt)`,
      offlineRationale: `Onderbouwing ${run}: zonder verbinding getypt, vanuit ons beroepsbeeld.`,
    };

    let evaluationUrl = '';
    let locationName = '';

    await test.step('programmaleider plans the dagdeel from the partnership page', async () => {
      await signInAs(page, 'programmaleider');
      await openPartnershipPage(page);
      await expect(page).toHaveURL(/\/partnerschappen\/[^/]+$/);
      await expectNoSeriousA11yViolations(page);
      await snap(page, '01-partnership', false);

      await page.getByRole('link', { name: 'Nieuwe evaluatie plannen' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Evaluatie plannen' }),
      ).toBeVisible();
      await expect(page.getByRole('group', { name: 'Doelgroepen' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      // Het dagdeel: a locatie, today's date (the school year follows from it), two doelgroepen.
      await page.getByLabel('Titel').fill(title);
      const location = page.getByLabel('Locatie', { exact: true });
      const options = await location.locator('option').evaluateAll((nodes) =>
        nodes.map((node) => ({
          value: (node as HTMLOptionElement).value,
          label: node.textContent ?? '',
        })),
      );
      const school = options.find((o) => o.value !== '' && o.value !== 'partnerschapsbreed');
      expect(school, 'an active locatie to plan at').toBeDefined();
      locationName = school!.label;
      await location.selectOption({ label: locationName });
      await page.getByLabel('Datum').fill(today);
      await expect(page.getByText(`Schooljaar ${schoolYear}.`)).toBeVisible();
      const targetGroups = page.getByRole('group', { name: 'Doelgroepen' }).getByRole('checkbox');
      await targetGroups.nth(0).check();
      await targetGroups.nth(1).check();
      const chosenTargetGroups = await Promise.all(
        [0, 1].map(async (i) =>
          (
            await targetGroups
              .nth(i)
              .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')
          ).trim(),
        ),
      );

      // Ronde 1 (ochtend): Visie, a mixed group of 13 with students and an instituutsopleider.
      await page.getByLabel('Naam van de ronde').fill('ochtend');
      const morning = planGroup(page, 1);
      await morning.getByLabel('Thema').selectOption({ label: visie.theme });
      // The demo procesbegeleider is offered as facilitator.
      await morning.getByLabel('Procesbegeleider').selectOption({ label: facilitator });
      await fillExpected(morning, [
        ['Student (leraar in opleiding)', 'School', 4],
        ['Werkplekbegeleider', 'School', 4],
        ['Schoolopleider', 'School', 2],
        ['Instituutsopleider', 'Instituut', 3],
      ]);
      await expect(morning.locator('summary')).toHaveText('Verwachte deelnemers: 13 (4 rollen)');

      // Ronde 2 (middag): Coachen en feedback with eight werkplekbegeleiders only, which the
      // method advises against (one role, fewer than 12).
      await page.getByRole('button', { name: 'Ronde toevoegen' }).click();
      const round2 = page.getByRole('group', { name: 'Ronde 2', exact: true });
      await round2.getByLabel('Naam van de ronde').fill('middag');
      const afternoon = planGroup(page, 2);
      await afternoon.getByLabel('Thema').selectOption({ label: coachen.theme });
      await afternoon.getByLabel('Procesbegeleider').selectOption({ label: facilitator });
      await fillExpected(afternoon, [['Werkplekbegeleider', 'School', 8]]);
      await expect(afternoon.locator('summary')).toHaveText('Verwachte deelnemers: 8 (1 rol)');
      await snap(page, '02-plan-filled');

      // Saving works despite the advice: the plan is created, and the advice shows as a warning.
      await page.getByRole('button', { name: 'Evaluatie aanmaken' }).click();
      await expect(page).toHaveURL(/\/evaluaties\/[^/]+\/planning$/, { timeout: 30_000 });
      await expect(
        page.getByRole('heading', { level: 1, name: 'Planning wijzigen' }),
      ).toBeVisible();
      await expect(
        page.getByRole('status').filter({ hasText: 'De planning is bewaard.' }),
      ).toBeVisible();
      const advice = afternoon.locator('.plan-group__warnings');
      await expect(advice).toContainText('8 deelnemers verwacht');
      await expect(advice).toContainText('dezelfde rol (Werkplekbegeleider)');
      await expect(page.getByText(/De ZET-methode raadt dit af\. Het zijn adviezen/)).toBeVisible();
      // Advice, not an error: nothing is marked invalid, no alert, the mixed group has no advice.
      await expect(morning.locator('.plan-group__warnings')).toHaveCount(0);
      await expect(page.locator('[aria-invalid="true"], .field__error')).toHaveCount(0);
      await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      await snap(page, '03-plan-saved-with-advice');

      // Saving again (a changed name of the second group) keeps working with the advice standing.
      await afternoon.getByLabel('Groepsnaam').fill('werkplek');
      await page.getByRole('button', { name: 'Planning opslaan' }).click();
      // The advice names the group as the server now has it.
      await expect(advice).toContainText('Ronde 2, Coachen en feedback (werkplek): 8 deelnemers');
      await expect(
        page.getByRole('status').filter({ hasText: 'De planning is bewaard.' }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Planning opslaan' })).toBeEnabled();

      // The evaluation page: facts, the advice, both theme sessions with their procesbegeleider.
      await page.locator('.breadcrumb').getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      evaluationUrl = new URL(page.url()).pathname;
      expect(evaluationUrl).toMatch(/^\/partnerschappen\/[^/]+\/evaluaties\/[^/]+$/);
      const facts = page.getByRole('region', { name: 'Gegevens van het dagdeel' });
      await expect(facts).toContainText(locationName);
      await expect(facts).toContainText(schoolYear);
      await expect(facts.getByText('Versie van de ZET-inhoud')).toBeVisible();
      await expect(facts.locator('dd').nth(3)).toHaveText(/^zet-\d{4}$/);
      const chips = facts.getByRole('list', { name: 'Doelgroepen' });
      for (const name of chosenTargetGroups) await expect(chips).toContainText(name);
      await expect(page.locator('.evaluation-heading .badge')).toHaveText('Concept');
      await expect(page.getByRole('region', { name: 'Adviezen bij de planning' })).toContainText(
        'alle verwachte deelnemers hebben dezelfde rol',
      );
      await expect(page.getByRole('heading', { level: 2, name: 'Ronde 1: ochtend' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Ronde 2: middag' })).toBeVisible();
      for (const name of [visie.theme, `${coachen.theme} (werkplek)`]) {
        const row = sessionRow(page, name);
        await expect(row).toContainText(facilitator);
        await expect(row).toContainText('Nog leeg');
      }
      await expectNoSeriousA11yViolations(page);
      await snap(page, '04-evaluation-planned');
      await signOut(page);
    });

    await test.step('procesbegeleider captures the first theme session', async () => {
      await signInAs(page, 'procesbegeleider', evaluationUrl);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      // The plan is the programmaleider's: the procesbegeleider only captures.
      await expect(page.getByRole('link', { name: 'Planning wijzigen' })).toHaveCount(0);
      await page.getByRole('link', { name: `${visie.theme} vastleggen`, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: visie.theme })).toBeVisible();
      await expect(page.getByText(`Procesbegeleider: ${facilitator}`)).toBeVisible();
      await expectSaved(page);
      await expectNoSeriousA11yViolations(page);

      await fillPresent(page, [
        ['Student (leraar in opleiding)', 'School', 4],
        ['Werkplekbegeleider', 'School', 3],
        ['Schoolopleider', 'School', 2],
        ['Instituutsopleider', 'Instituut', 2],
      ]);
      await expect(page.locator('.participants__totals')).toHaveText(
        '11 deelnemers aan tafel: 9 van de school, 2 van het instituut.',
      );
      await expect(page.getByTestId('missing-perspectives')).toHaveCount(0);
      await addPlacements(page, [
        ['Student (leraar in opleiding)', '2', '3'],
        ['Werkplekbegeleider', '2,5', '3'],
        ['Instituutsopleider', '2-3', '3-4'],
      ]);
      await expect(page.locator('.placements-table tbody tr')).toHaveCount(3);
      for (const text of visie.strengths) await addFinding(page, 'sterk punt', text);
      for (const text of visie.development) await addFinding(page, 'ontwikkelpunt', text);
      await scalePoint(page, 'nu', new RegExp(SCENARIO[2])).check();
      await scalePoint(page, 'gewenst', new RegExp(SCENARIO[3])).check();
      await page.getByLabel('Onderbouwing', { exact: true }).fill(visie.rationale);
      await expectSaved(page);
      await expectNoSeriousA11yViolations(page);
      await snap(page, '05-capture-visie');

      await page.getByRole('link', { name: `Terug naar ${title}` }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(sessionRow(page, visie.theme)).toContainText('Vastgelegd');
    });

    await test.step('procesbegeleider captures the second session, partly offline', async () => {
      const name = `${coachen.theme} (werkplek)`;
      await page.getByRole('link', { name: `${name} vastleggen`, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expectSaved(page);

      await fillPresent(page, [
        ['Werkplekbegeleider', 'School', 7],
        ['Student (leraar in opleiding)', 'School', 2],
      ]);
      // Nobody from the institute came: the page flags the missing perspective, it does not block.
      await expect(page.getByTestId('missing-perspectives')).toContainText(
        'Er zit geen instituutsopleider aan tafel',
      );
      await addPlacements(page, [
        ['Werkplekbegeleider', '1', '2'],
        ['Werkplekbegeleider', '1,5', '2'],
        ['Student (leraar in opleiding)', '1', ''],
      ]);
      await addFinding(page, 'sterk punt', coachen.strength);
      await expectSaved(page);

      // The connection drops; the procesbegeleider types on.
      await page.context().setOffline(true);
      await addFinding(page, 'ontwikkelpunt', coachen.offlineDevelopment);
      await scalePoint(page, 'nu', 'Tussen 1 en 2').check();
      await scalePoint(page, 'gewenst', new RegExp(SCENARIO[2])).check();
      await page.getByLabel('Onderbouwing', { exact: true }).fill(coachen.offlineRationale);
      await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'offline', {
        timeout: 15_000,
      });
      await expect(saveStatus(page)).toContainText('Offline: bewaard in deze browser');
      await expectNoSeriousA11yViolations(page);
      await snap(page, '06-capture-offline');

      // Back online: the edits go out by themselves.
      await page.context().setOffline(false);
      await expectSaved(page);
      await snap(page, '07-capture-back-online');

      // A reload shows them, now from the server.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expectSaved(page);
      await expect(page.getByLabel('Onderbouwing', { exact: true })).toHaveValue(
        coachen.offlineRationale,
      );
      await expect(
        page.locator('.finding__text').filter({ hasText: coachen.offlineDevelopment }),
      ).toHaveCount(1);
      await expect(
        page.locator('.finding__text').filter({ hasText: coachen.strength }),
      ).toHaveCount(1);
      await expect(scalePoint(page, 'nu', 'Tussen 1 en 2')).toBeChecked();
      await expect(scalePoint(page, 'gewenst', new RegExp(SCENARIO[2]))).toBeChecked();
      await expect(page.locator('.placements-table tbody tr')).toHaveCount(3);
      await expect(page.getByLabel('Werkplekbegeleider, School: aanwezig')).toHaveValue('7');
      await expect(
        page.evaluate(() =>
          Object.keys(localStorage).filter((key) => key.startsWith('zet-monitor:capture:')),
        ),
      ).resolves.toEqual([]);
      await snap(page, '08-capture-reloaded');
      await signOut(page);
    });

    await test.step('programmaleider reviews the summary and finalises', async () => {
      await signInAs(page, 'programmaleider', evaluationUrl);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.getByRole('link', { name: 'Overzicht en vaststellen' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Overzicht en vaststellen' }),
      ).toBeVisible();
      await expect(page.locator('.finalise-bar__summary')).toHaveText(
        'Alles is compleet. Het dagdeel kan worden vastgesteld.',
      );
      await expect(page.getByRole('heading', { level: 2, name: 'Ronde 1: ochtend' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Ronde 2: middag' })).toBeVisible();
      const visieSummary = page.locator('.review-session').filter({
        has: page.getByRole('heading', { level: 3, name: visie.theme, exact: true }),
      });
      await expect(visieSummary).toContainText('Compleet');
      // The points themselves, listed under their kind, rather than only how many there are.
      await expect(
        visieSummary.getByRole('list', { name: 'Sterke punten' }).getByRole('listitem'),
      ).toHaveText(visie.strengths);
      await expect(
        visieSummary.getByRole('list', { name: 'Ontwikkelpunten' }).getByRole('listitem'),
      ).toHaveText(visie.development);
      await expect(visieSummary).toContainText(visie.rationale);
      await expect(visieSummary.locator('.review-counts')).toContainText('Werkbladen3');
      await expect(visieSummary.locator('.review-counts')).toContainText('Aanwezig11');
      const coachenSummary = page.locator('.review-session').filter({
        has: page.getByRole('heading', { level: 3, name: `${coachen.theme} (werkplek)` }),
      });
      await expect(coachenSummary).toContainText('Compleet');
      await expect(
        coachenSummary.getByRole('list', { name: 'Sterke punten' }).getByRole('listitem'),
      ).toHaveText([coachen.strength]);
      await expect(
        coachenSummary.getByRole('list', { name: 'Ontwikkelpunten' }).getByRole('listitem'),
      ).toHaveText([coachen.offlineDevelopment]);
      // The missing perspective is pointed out, without keeping the dagdeel from being finalised.
      await expect(coachenSummary.locator('.review-warnings')).toContainText(
        'Er zit geen instituutsopleider aan tafel',
      );
      await expectNoSeriousA11yViolations(page);
      await snap(page, '09-review');

      await page.getByRole('button', { name: 'Vaststellen', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Dagdeel vaststellen?' });
      await expect(dialog).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await snap(page, '10-confirm', false);
      await dialog.getByRole('button', { name: 'Ja, vaststellen' }).click();

      await expect(page).toHaveURL(evaluationUrl, { timeout: 30_000 });
      await expect(
        page.getByRole('status').filter({
          hasText: 'Het dagdeel is vastgesteld. De uitkomsten zijn nu alleen nog te lezen.',
        }),
      ).toBeVisible();
      await expect(page.locator('.evaluation-heading .badge')).toHaveText('Vastgesteld');
      await expect(page.locator('.evaluation-finalised')).toContainText(
        `door ${demoAccounts.programmaleider.name}`,
      );
      // Read-only from now on: no planning, no capture, only reading (and a correction).
      await expect(page.getByRole('link', { name: 'Planning wijzigen' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /vastleggen$/ })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Adviezen bij de planning' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      await snap(page, '11-finalised');

      await page.getByRole('link', { name: `${visie.theme} bekijken`, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: visie.theme })).toBeVisible();
      await expect(
        page.getByText('Dit dagdeel is vastgesteld: de uitkomsten zijn alleen nog te lezen.'),
      ).toBeVisible();
      await expect(saveStatus(page)).toHaveCount(0);
      await expect(page.getByLabel('Onderbouwing', { exact: true })).toHaveValue(visie.rationale);
      await expect(page.getByLabel('Onderbouwing', { exact: true })).not.toBeEditable();
      await expect(
        page.getByLabel('Student (leraar in opleiding), School: aanwezig'),
      ).toBeDisabled();
      await expect(scalePoint(page, 'nu', new RegExp(SCENARIO[2]))).toBeChecked();
      await expect(scalePoint(page, 'nu', new RegExp(SCENARIO[2]))).toBeDisabled();
      await expect(
        page.getByRole('form', { name: 'Individuele plaatsingen (werkblad)' }),
      ).toHaveCount(0);
      await expect(page.getByLabel('Nieuw sterk punt')).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
      await snap(page, '12-readonly-session');

      // The plan cannot be changed any more either, not even by its URL.
      await page.goto(`${evaluationUrl}/planning`);
      await expect(
        page.getByText('Dit dagdeel is vastgesteld; de planning kan niet meer worden gewijzigd.'),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Planning opslaan' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page);
    });

    await test.step('the partnership page lists it as vastgesteld under its school year', async () => {
      await openPartnershipPage(page);
      const year = page
        .locator('section.school-year')
        .filter({ has: page.getByRole('heading', { level: 3, name: `Schooljaar ${schoolYear}` }) });
      const item = year.getByRole('listitem').filter({
        has: page.getByRole('link', { name: title, exact: true }),
      });
      await expect(item).toHaveCount(1, { timeout: 20_000 });
      await expect(item.locator('.badge')).toHaveText('Vastgesteld');
      await expect(item).toContainText(locationName);
      await expect(item).toContainText('2 themagesprekken');
      const themes = item.getByRole('list', { name: "Besproken thema's" });
      await expect(themes.getByRole('listitem')).toHaveCount(2);
      await expect(themes).toContainText(visie.theme);
      await expect(themes).toContainText(coachen.theme);
      await item.scrollIntoViewIfNeeded();
      await expectNoSeriousA11yViolations(page);
      await snap(page, '13-partnership-outcome', false);
    });

    expect(pageErrors).toEqual([]);
  });
});
