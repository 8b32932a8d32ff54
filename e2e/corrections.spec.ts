import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signInAs } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// The programmaleider corrects a theme session of a finalised (vastgesteld) evaluation of the demo
// partnership: the correction needs a reason, becomes a new version, and the version it replaced
// is listed under "Eerdere versies". Someone else's correction in the meantime keeps the input.

type SessionRef = {
  partnershipId: string;
  evaluationId: string;
  sessionId: string;
  /** As the pages name it: "Visie (Groep A)". */
  theme: string;
};

type SessionDoc = {
  version: number;
  revision: number;
  currentPlacement: number | null;
  desiredPlacement: number | null;
  rationale: string;
};

const SCALE = [1, 1.5, 2, 2.5, 3, 3.5, 4];

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

/** Sessions of the demo partnership's finalised evaluations that have a group placement. */
async function finalisedSessions(request: APIRequestContext): Promise<SessionRef[]> {
  const me = await json<{ memberships: { partnershipId: string }[] }>(request, '/api/v1/auth/me');
  const partnershipId = me.memberships[0]!.partnershipId;
  const base = `/api/v1/partnerships/${partnershipId}/evaluations`;
  const list = await json<{ items: { id: string; status: string }[] }>(request, base);
  const finalised = list.items.find((e) => e.status === 'finalised');
  if (!finalised) throw new Error('No finalised evaluation in the demo partnership');
  const detail = await json<{
    permissions: { correct: boolean };
    rounds: {
      sessions: {
        id: string;
        themeName: string;
        groupLabel: string;
        currentPlacement: number | null;
      }[];
    }[];
  }>(request, `${base}/${finalised.id}`);
  expect(detail.permissions.correct).toBe(true);
  return detail.rounds
    .flatMap((r) => r.sessions)
    .filter((s) => s.currentPlacement !== null)
    .map((s) => ({
      partnershipId,
      evaluationId: finalised.id,
      sessionId: s.id,
      theme: s.groupLabel ? `${s.themeName} (${s.groupLabel})` : s.themeName,
    }));
}

function sessionUrl(ref: SessionRef): string {
  return `/api/v1/partnerships/${ref.partnershipId}/evaluations/${ref.evaluationId}/sessions/${ref.sessionId}`;
}

/** A scale point other than the current one that keeps the session complete. */
function anotherPlacement(doc: SessionDoc, not: number[] = []): number {
  const value = SCALE.find(
    (p) =>
      p !== doc.currentPlacement &&
      (p !== doc.desiredPlacement || doc.rationale.trim() !== '') &&
      !not.includes(p),
  );
  if (value === undefined) throw new Error('No other placement to correct to');
  return value;
}

function currentPlacementRadio(page: Page, value: number) {
  return page
    .getByRole('group', { name: 'Waar staan we nu?' })
    .locator(`input[type="radio"][value="${value}"]`);
}

const reasonField = (page: Page) => page.getByLabel('Reden van de correctie');

test.describe('correcting a finalised theme session', () => {
  test('corrects the placement with a reason into a new version, listed under Eerdere versies', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInAs(page, 'programmaleider');
    const [ref] = await finalisedSessions(page.request);
    if (!ref) throw new Error('No finalised session with a placement');
    const before = await json<SessionDoc>(page.request, sessionUrl(ref));
    const corrected = anotherPlacement(before);
    const reason = `De plaatsing is verkeerd overgenomen van de flap (${Date.now().toString(36)}).`;

    // From the finalised evaluation to the correction form of one of its sessions.
    await page.goto(`/partnerschappen/${ref.partnershipId}/evaluaties/${ref.evaluationId}`);
    await expect(page.getByText('Vastgesteld', { exact: true }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: `${ref.theme} corrigeren` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Correctie: ${ref.theme}` }),
    ).toBeVisible();
    await expect(page.getByText(`Je corrigeert versie ${before.revision + 1}.`)).toBeVisible();
    await expect(currentPlacementRadio(page, before.currentPlacement!)).toBeChecked();
    await expectNoSeriousA11yViolations(page);

    // Without a reason the correction is refused, with the message on the reason field.
    await currentPlacementRadio(page, corrected).check();
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    const reasonMessage = 'Geef kort de reden van de correctie (minstens 5 tekens).';
    await expect(reasonField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(reasonField(page)).toHaveAccessibleDescription(
      new RegExp(reasonMessage.replace(/[()]/g, '\\$&')),
    );
    await expect(reasonField(page)).toBeFocused();
    await expect(page).toHaveURL(/\/correctie$/);
    await expect(currentPlacementRadio(page, corrected)).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    expect((await json<SessionDoc>(page.request, sessionUrl(ref))).version).toBe(before.version);

    // With a reason it becomes the next version; the session page shows it read-only.
    await reasonField(page).fill(reason);
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await expect(page).toHaveURL(new RegExp(`/gesprekken/${ref.sessionId}$`));
    await expect(
      page.getByRole('status').filter({ hasText: 'De correctie is opgeslagen' }),
    ).toContainText(`Dit is nu versie ${before.revision + 2}`);
    await expect(currentPlacementRadio(page, corrected)).toBeChecked();
    await expect(currentPlacementRadio(page, corrected)).toBeDisabled();

    const history = page.getByRole('region', { name: 'Eerdere versies' });
    const newest = history.getByRole('listitem').first();
    await expect(newest.getByRole('heading', { level: 3 })).toHaveText(
      `Correctie ${before.revision + 1}: versie ${before.revision + 1} werd versie ${before.revision + 2}`,
    );
    await expect(newest).toContainText('Door Marieke de Vries');
    await expect(newest).toContainText(reason);
    const placementRow = newest.getByRole('row', { name: /^Huidige plaatsing/ });
    await expect(placementRow.getByRole('cell')).toHaveCount(2);
    await expect(placementRow.getByRole('cell').nth(0)).toContainText(
      describe(before.currentPlacement!),
    );
    await expect(placementRow.getByRole('cell').nth(1)).toContainText(describe(corrected));
    await expectNoSeriousA11yViolations(page);

    const after = await json<SessionDoc>(page.request, sessionUrl(ref));
    expect(after).toMatchObject({ currentPlacement: corrected, revision: before.revision + 1 });
    expect(pageErrors).toEqual([]);
  });

  test('keeps the input when someone else corrected meanwhile, and asks before discarding', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInAs(page, 'programmaleider');
    const sessions = await finalisedSessions(page.request);
    const ref = sessions[1] ?? sessions[0]!;
    const before = await json<SessionDoc>(page.request, sessionUrl(ref));
    const mine = anotherPlacement(before);

    await page.goto(
      `/partnerschappen/${ref.partnershipId}/evaluaties/${ref.evaluationId}/gesprekken/${ref.sessionId}`,
    );
    await page.getByRole('link', { name: 'Correctie aanbrengen', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Correctie: ${ref.theme}` }),
    ).toBeVisible();
    await currentPlacementRadio(page, mine).check();
    await reasonField(page).fill('Mijn correctie van de huidige plaatsing.');

    // Meanwhile someone corrects the onderbouwing of the same session, through the API.
    const { token } = await json<{ token: string }>(page.request, '/api/v1/auth/csrf');
    const theirs = await page.request.post(`${sessionUrl(ref)}/corrections`, {
      headers: { 'x-csrf-token': token },
      data: {
        version: before.version,
        reason: 'Onderbouwing aangevuld uit het verslag.',
        rationale: `${before.rationale} Aangevuld uit het verslag.`.trim(),
      },
    });
    expect(theirs.status()).toBe(200);

    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    const notice = page.getByRole('region', {
      name: 'Iemand anders heeft intussen een correctie aangebracht',
    });
    await expect(notice).toContainText(
      'Marieke de Vries heeft dit themagesprek intussen gecorrigeerd',
    );
    await expect(notice).toContainText(`Op de server staat nu versie ${before.revision + 2}.`);
    await expect(currentPlacementRadio(page, mine)).toBeChecked();
    await expect(reasonField(page)).toHaveValue('Mijn correctie van de huidige plaatsing.');
    await expect(page.getByLabel('Onderbouwing', { exact: true })).toHaveValue(
      /Aangevuld uit het verslag\.$/,
    );
    await expectNoSeriousA11yViolations(page);

    // Cancelling with unsaved changes asks first; staying keeps everything.
    await page.getByRole('link', { name: 'Annuleren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correctie niet opslaan?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Verder met de correctie' }).click();
    await expect(dialog).toBeHidden();
    await expect(currentPlacementRadio(page, mine)).toBeChecked();

    // Saved again on their version: both corrections are in, as two earlier versions.
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await expect(page).toHaveURL(new RegExp(`/gesprekken/${ref.sessionId}$`));
    const after = await json<SessionDoc>(page.request, sessionUrl(ref));
    expect(after).toMatchObject({ currentPlacement: mine, revision: before.revision + 2 });
    expect(after.rationale).toMatch(/Aangevuld uit het verslag\.$/);
    const history = page.getByRole('region', { name: 'Eerdere versies' });
    await expect(history.getByRole('heading', { level: 3 })).toHaveCount(before.revision + 2);

    // Without changes, cancelling leaves at once; with changes, discarding them leaves too.
    await page.getByRole('link', { name: 'Correctie aanbrengen', exact: true }).click();
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await expect(page).toHaveURL(new RegExp(`/gesprekken/${ref.sessionId}$`));
    await page.getByRole('link', { name: 'Correctie aanbrengen', exact: true }).click();
    await reasonField(page).fill('Toch niet');
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await page
      .getByRole('dialog', { name: 'Correctie niet opslaan?' })
      .getByRole('button', { name: 'Wijzigingen weggooien' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/gesprekken/${ref.sessionId}$`));
    expect((await json<SessionDoc>(page.request, sessionUrl(ref))).version).toBe(after.version);
  });
});

/** A placement in words, as the history shows it ("scenario 2", "tussen 2 en 3"). */
function describe(value: number): string {
  return Number.isInteger(value)
    ? `scenario ${value}`
    : `tussen ${Math.floor(value)} en ${Math.floor(value) + 1}`;
}
