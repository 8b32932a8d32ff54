import { expect, test, type Page } from '@playwright/test';
import { signInAs, signOut } from './support/auth';
import { expectNoSeriousA11yViolations } from './support/axe';

// The programmaleider decides whether locaties see each other's results by name. The demo
// partnership starts closed; the test opens it, checks what a locatie-coördinator sees, and
// closes it again so the specs after it find the demo as it was.

test.describe.configure({ timeout: 180_000 });

async function openPartnershipPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Partnerschap' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerschap' })).toBeVisible();
}

const locationItems = (page: Page) =>
  page.getByRole('region', { name: 'Locaties' }).getByRole('listitem');

test('programmaleider opens the comparison after confirming; a locatie then sees every locatie by name', async ({
  page,
}) => {
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));

  await signInAs(page, 'locatiecoordinator');
  await openPartnershipPage(page);
  await expect(locationItems(page).first()).toBeVisible();
  const ownLocations = await locationItems(page).count();
  await expect(page.getByRole('region', { name: 'Resultaten delen' })).toHaveCount(0);
  await signOut(page);

  await signInAs(page, 'programmaleider');
  await openPartnershipPage(page);
  const settings = page.getByRole('region', { name: 'Resultaten delen' });
  const open = settings.getByRole('checkbox', {
    name: 'Locaties zien elkaars resultaten met naam',
  });
  await expect(open).not.toBeChecked();
  await expect(locationItems(page).first()).toBeVisible();
  const allLocations = await locationItems(page).count();
  expect(allLocations).toBeGreaterThan(ownLocations);

  // A group size of 1 would single people out: refused on the field, nothing saved.
  const size = settings.getByLabel('Kleinste groep die apart getoond wordt');
  await size.fill('1');
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(settings.getByText(/Kies minstens 2/)).toBeVisible();
  await expect(size).toBeFocused();
  await size.fill('3');

  await open.check();
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resultaten met naam delen?' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Ja, deel met naam' }).click();
  await expect(settings.getByRole('status')).toHaveText('De instellingen zijn opgeslagen.');
  await expectNoSeriousA11yViolations(page);
  await signOut(page);

  try {
    await signInAs(page, 'locatiecoordinator');
    await openPartnershipPage(page);
    await expect(locationItems(page)).toHaveCount(allLocations);
    await signOut(page);
  } finally {
    // Back to closed, through the same form, so later specs see the demo as seeded.
    await signInAs(page, 'programmaleider');
    await openPartnershipPage(page);
    await open.uncheck();
    await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await expect(settings.getByRole('status')).toHaveText('De instellingen zijn opgeslagen.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  expect(pageErrors).toEqual([]);
});
