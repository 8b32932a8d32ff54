import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { demoAccounts, signInAs, signOut, submitSignIn, userMenuButton } from './support/auth';

// Signing in hashes a password (slow on purpose) and the embedded database is shared: give the
// journeys and their network-bound assertions room on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 120_000 });

test.describe('signing in and out', () => {
  test('a stuurgroeplid signs in, sees the partnership, signs out and must sign in again', async ({
    page,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto('/');
    await expect(page).toHaveURL(/\/aanmelden$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await submitSignIn(page, demoAccounts.stuurgroeplid.email);
    // One partnership: the overview opens it straight away.
    await expect(page).toHaveURL(/\/partnerschappen\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerschap' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Visie' })).toBeVisible();
    await expect(userMenuButton(page)).toContainText(demoAccounts.stuurgroeplid.name);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Ontwikkeling' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await userMenuButton(page).click();
    await expect(page.getByText('Je rol: stuurgroeplid')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expect(page).toHaveURL(/\/aanmelden$/);
    await expect(page.getByRole('status').filter({ hasText: 'Je bent afgemeld.' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The session ended on the server too, not only in this tab.
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);

    // A protected page asks to sign in, and goes back there afterwards.
    await page.goto('/profiel');
    await expect(page).toHaveURL(/\/aanmelden\?terug=%2Fprofiel$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
    await expect(page.getByText('Meld je aan om verder te gaan.')).toBeVisible();
    await submitSignIn(page, demoAccounts.stuurgroeplid.email);
    await expect(page).toHaveURL(/\/profiel$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Profiel' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Waar je bent aangemeld' }),
    ).toBeVisible();
    await expect(page.getByText('Dit apparaat')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await signOut(page);
    expect(pageErrors).toEqual([]);
  });

  test('a wrong password gets one Dutch message, whatever was wrong', async ({ page }) => {
    await page.goto('/aanmelden');
    await submitSignIn(page, demoAccounts.stuurgroeplid.email, 'niet-het-wachtwoord');
    const alert = page.getByRole('alert').filter({ hasText: /horen niet bij elkaar/ });
    await expect(alert).toHaveText(
      'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.',
    );
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
    await expectNoSeriousA11yViolations(page);

    // An unknown address gets exactly the same answer.
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login')),
      submitSignIn(page, 'niemand@demo.zet', 'niet-het-wachtwoord'),
    ]);
    await expect(alert).toHaveText(
      'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.',
    );

    // Checked before anything is sent: the contract's Dutch field messages.
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
    await expect(page.getByText('Vul je wachtwoord in.')).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
    await expectNoSeriousA11yViolations(page);
  });

  test('the programmaleider opens Mensen and the audit log', async ({ page }) => {
    await signInAs(page, 'programmaleider');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beheer' })
      .click();

    await expect(page).toHaveURL(/\/partnerschappen\/[0-9a-f-]{36}\/mensen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mensen' })).toBeVisible();
    const members = page.getByRole('table', { name: /Leden/ });
    await expect(members.getByRole('rowheader', { name: /Hans Bakker/ })).toBeVisible();
    await expect(
      members.getByRole('rowheader', { name: /Marieke de Vries \(jij\)/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Openstaande uitnodigingen' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Managing a member opens a dialog; Escape closes it and focus returns to the button.
    const manage = page.getByRole('button', { name: 'Hans Bakker beheren' });
    await manage.click();
    const dialog = page.getByRole('dialog', { name: 'Hans Bakker' });
    await expect(dialog.getByRole('group', { name: 'Rollen' })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: /Stuurgroeplid/ })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(manage).toBeFocused();

    // The invitation form checks its input with the contract before sending.
    await page.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const invite = page.getByRole('dialog', { name: 'Iemand uitnodigen' });
    await invite.getByRole('radio', { name: /Locatie-coördinator/ }).check();
    await expect(invite.getByRole('group', { name: 'Locaties' })).toBeVisible();
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(invite.getByText('Vul een naam in.')).toBeVisible();
    await expect(invite.getByLabel('Naam')).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await invite.getByRole('button', { name: 'Annuleren' }).click();

    await page
      .getByRole('navigation', { name: 'Beheer van het partnerschap' })
      .getByRole('link', { name: 'Auditlog' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Auditlog' })).toBeVisible();
    await expect(page.getByLabel('Soort gebeurtenis')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a locatie-coördinator has no Beheer, and the Mensen page does not exist for them', async ({
    page,
  }) => {
    await signInAs(page, 'locatiecoordinator');
    await expect(page).toHaveURL(/\/partnerschappen\/[0-9a-f-]{36}$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Partnerschap' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
    const partnershipUrl = page.url();
    await page.goto(`${partnershipUrl}/mensen`);
    await expect(page.getByRole('heading', { level: 1, name: 'Mensen' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Niet gevonden');
    await expectNoSeriousA11yViolations(page);
  });
});
