import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// A procesbegeleider captures a theme session on the day: autosave, a spell without a connection
// (edits kept in the browser and sent on return), a reload, and a conflicting save by someone
// else that is merged by hand. Runs against the demo data, in which the procesbegeleider leads
// every session of this school year's draft evaluations.

type SessionRef = { partnershipId: string; evaluationId: string; sessionId: string; theme: string };

type CaptureDoc = {
  version: number;
  rationale: string;
  agreements: string;
  findings: { id: string; kind: string; text: string }[];
  individualPlacements: { role: string; current: number; desired: number | null }[];
  participants: { role: string; side: string; present: number }[];
};

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** A session of a draft evaluation that the signed-in procesbegeleider may capture. */
async function findCapturableSession(request: APIRequestContext): Promise<SessionRef> {
  const me = await json<{ memberships: { partnershipId: string }[] }>(request, '/api/v1/auth/me');
  const partnershipId = me.memberships[0]!.partnershipId;
  const base = `/api/v1/partnerships/${partnershipId}/evaluations`;
  const list = await json<{ items: { id: string; status: string }[] }>(request, base);
  for (const evaluation of list.items.filter((e) => e.status === 'draft')) {
    const detail = await json<{
      rounds: {
        sessions: { id: string; themeName: string; groupLabel: string; canCapture: boolean }[];
      }[];
    }>(request, `${base}/${evaluation.id}`);
    const session = detail.rounds.flatMap((r) => r.sessions).find((s) => s.canCapture);
    if (session) {
      return {
        partnershipId,
        evaluationId: evaluation.id,
        sessionId: session.id,
        // As the pages name it: "Visie (Groep A)".
        theme: session.groupLabel
          ? `${session.themeName} (${session.groupLabel})`
          : session.themeName,
      };
    }
  }
  throw new Error('No draft session the procesbegeleider may capture in the demo data');
}

function sessionUrl(ref: SessionRef): string {
  return `/api/v1/partnerships/${ref.partnershipId}/evaluations/${ref.evaluationId}/sessions/${ref.sessionId}`;
}

/** Someone else saves the session meanwhile: a PATCH with the current version, through the API. */
async function saveAsSomeoneElse(
  request: APIRequestContext,
  ref: SessionRef,
  changes: Partial<CaptureDoc>,
): Promise<CaptureDoc> {
  const { token } = await json<{ token: string }>(request, '/api/v1/auth/csrf');
  const current = await json<CaptureDoc>(request, sessionUrl(ref));
  const response = await request.patch(sessionUrl(ref), {
    headers: { 'x-csrf-token': token },
    data: { version: current.version, ...changes },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as CaptureDoc;
}

function saveStatus(page: Page) {
  return page.locator('[data-save-status]');
}

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'saved', { timeout: 15_000 });
  await expect(saveStatus(page)).toContainText('Opgeslagen');
}

test.describe('capturing a theme session on the day', () => {
  test('autosaves, keeps typing offline, sends on return, survives a reload and merges a conflict', async ({
    page,
    context,
    playwright,
    baseURL,
  }) => {
    // Five axe runs and an offline spell: slow on a busy CI machine.
    test.setTimeout(360_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const run = Date.now().toString(36);
    const strength = `Sterk punt ${run}: we leren van elkaars praktijk`;
    const development = `Ontwikkelpunt ${run}: terugkoppeling naar studenten`;
    const offlineStrength = `Offline getypt ${run}: stagiairs voelen zich welkom`;
    const offlineRationale = `Onderbouwing ${run} zonder verbinding.`;

    await signInAs(page, 'procesbegeleider');
    // The API as a second client with the same session: it stays online when the browser is not.
    const api = await playwright.request.newContext({
      baseURL,
      storageState: await context.storageState(),
    });
    const ref = await findCapturableSession(api);
    const before = await json<CaptureDoc>(api, sessionUrl(ref));

    // From the evaluation page to the capture form of the session.
    await page.goto(`/partnerschappen/${ref.partnershipId}/evaluaties/${ref.evaluationId}`);
    await expect(page.getByRole('heading', { level: 2, name: /^Ronde 1/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: `${ref.theme} vastleggen`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: ref.theme })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Vorige keer' })).toBeVisible();
    await expectSaved(page);
    await expectNoSeriousA11yViolations(page);

    // Who sits at the table: no instituutsopleider is flagged as a missing perspective.
    await page.getByLabel('Student (leraar in opleiding), School: aanwezig').fill('3');
    await page.getByLabel('Instituutsopleider, Instituut: aanwezig').fill('');
    await page.getByLabel('Werkplekbegeleider, School: aanwezig').fill('4');
    await expect(page.getByTestId('missing-perspectives')).toContainText(
      'Er zit geen instituutsopleider aan tafel',
    );

    // Individual placements, one after another from the keyboard.
    const placements = page.getByRole('form', { name: 'Individuele plaatsingen (werkblad)' });
    const rows = page.locator('.placements-table tbody tr');
    const startRows = before.individualPlacements.length;
    for (const [role, now, desired] of [
      ['Student (leraar in opleiding)', '2', '3'],
      ['Student (leraar in opleiding)', '2,5', '3-4'],
      ['Werkplekbegeleider', '3', ''],
    ] as const) {
      await placements.getByLabel('Rol').selectOption({ label: role });
      await placements.getByLabel('Nu', { exact: true }).fill(now);
      await placements.getByLabel(/^Gewenst/).fill(desired);
      await placements.getByLabel(/^Gewenst/).press('Enter');
      await expect(placements.getByLabel('Rol')).toBeFocused();
    }
    await expect(rows).toHaveCount(startRows + 3);

    // Strengths and development points: type, Enter, next.
    await page.getByLabel('Nieuw sterk punt').fill(strength);
    await page.getByLabel('Nieuw sterk punt').press('Enter');
    await page.getByLabel('Nieuw ontwikkelpunt').fill(development);
    await page.getByLabel('Nieuw ontwikkelpunt').press('Enter');
    await expect(page.getByLabel('Nieuw sterk punt')).toHaveValue('');
    await expectSaved(page);

    let server = await json<CaptureDoc>(api, sessionUrl(ref));
    expect(server.findings.map((f) => f.text)).toEqual(
      expect.arrayContaining([strength, development]),
    );
    expect(server.individualPlacements).toHaveLength(startRows + 3);
    expect(server.individualPlacements.at(-2)).toEqual({
      role: 'student',
      current: 2.5,
      desired: 3.5,
    });
    expect(server.participants).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'student', present: 3 })]),
    );

    // The connection drops: typing goes on, the page says the input is kept in this browser.
    await context.setOffline(true);
    await page.getByLabel('Nieuw sterk punt').fill(offlineStrength);
    await page.getByLabel('Nieuw sterk punt').press('Enter');
    await page.getByLabel('Onderbouwing', { exact: true }).fill(offlineRationale);
    await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'offline', {
      timeout: 10_000,
    });
    await expect(saveStatus(page)).toContainText('Offline: bewaard in deze browser');
    await expectNoSeriousA11yViolations(page);
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('zet-monitor:capture:')),
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain(ref.sessionId);
    // The server has not seen these edits.
    server = await json<CaptureDoc>(api, sessionUrl(ref));
    expect(server.findings.map((f) => f.text)).not.toContain(offlineStrength);

    // Back online: the edits arrive by themselves.
    await context.setOffline(false);
    await expectSaved(page);
    server = await json<CaptureDoc>(api, sessionUrl(ref));
    expect(server.findings.map((f) => f.text)).toContain(offlineStrength);
    expect(server.rationale).toBe(offlineRationale);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('zet-monitor:capture:')),
      ),
    ).toEqual([]);

    // A reload shows everything, from the server.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: ref.theme })).toBeVisible();
    await expect(page.getByLabel('Onderbouwing', { exact: true })).toHaveValue(offlineRationale);
    for (const text of [strength, development, offlineStrength]) {
      await expect(page.locator('.finding__text').filter({ hasText: text })).toHaveCount(1);
    }
    await expect(rows).toHaveCount(startRows + 3);
    await expect(page.getByLabel('Student (leraar in opleiding), School: aanwezig')).toHaveValue(
      '3',
    );

    // Someone else saves meanwhile: the onderbouwing (which this page changes too) and the
    // afspraken (which only they change).
    const theirRationale = `${offlineRationale} Aangevuld door de programmaleider.`;
    const theirAgreements = `Afspraak ${run}: de schoolopleider plant een vervolg.`;
    await saveAsSomeoneElse(api, ref, {
      rationale: theirRationale,
      agreements: theirAgreements,
    });
    const myRationale = `${offlineRationale} Mijn aanvulling.`;
    await page.getByLabel('Onderbouwing', { exact: true }).fill(myRationale);

    const conflict = page.getByTestId('conflict-panel');
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(saveStatus(page)).toHaveAttribute('data-save-status', 'conflict');
    const field = conflict.locator('[data-conflict-field="rationale"]');
    await expect(field).toContainText(myRationale);
    await expect(field).toContainText(theirRationale);
    // Only they changed the afspraken: no question about that.
    await expect(conflict.locator('[data-conflict-field="agreements"]')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await field.getByRole('radio', { name: 'Samenvoegen' }).check();
    const combined = field.getByRole('textbox', { name: 'Samenvoegen' });
    await expect(combined).toHaveValue(`${theirRationale} Mijn aanvulling.`);
    await conflict.getByRole('button', { name: 'Keuzes opslaan' }).click();
    await expect(conflict).toHaveCount(0);
    await expectSaved(page);
    await expect(page.getByLabel('Afspraken', { exact: true })).toHaveValue(theirAgreements);

    server = await json<CaptureDoc>(api, sessionUrl(ref));
    expect(server.rationale).toBe(`${theirRationale} Mijn aanvulling.`);
    expect(server.agreements).toBe(theirAgreements);
    expect(server.findings.map((f) => f.text)).toEqual(
      expect.arrayContaining([strength, development, offlineStrength]),
    );

    // The projector view shows the points as the group sees them.
    await page.goto(
      `/partnerschappen/${ref.partnershipId}/evaluaties/${ref.evaluationId}/gesprekken/${ref.sessionId}/live`,
    );
    await expect(page.getByTestId('live-view')).toContainText(offlineStrength);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Individuele plaatsingen' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The review before finalising lists this session.
    await page.goto(
      `/partnerschappen/${ref.partnershipId}/evaluaties/${ref.evaluationId}/vaststellen`,
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Overzicht en vaststellen' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: ref.theme }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await api.dispose();
    expect(pageErrors).toEqual([]);
  });
});
