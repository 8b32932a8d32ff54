import { expect as baseExpect, type Page } from '@playwright/test';

// Signing in hashes a password, slow on purpose: allow for it on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

/** The demo accounts `npm start` seeds (two-factor off); see backend/src/database/seed. */
export const DEMO_PASSWORD = 'zet-demo-wachtwoord';
export const demoAccounts = {
  programmaleider: { email: 'programmaleider@demo.zet', name: 'Marieke de Vries' },
  stuurgroeplid: { email: 'stuurgroep@demo.zet', name: 'Hans Bakker' },
  locatiecoordinator: { email: 'locatie@demo.zet', name: 'Fatima El Amrani' },
  procesbegeleider: { email: 'procesbegeleider@demo.zet', name: 'Joost Verbeek' },
  platformbeheerder: { email: 'beheer@demo.zet', name: 'Sanne Jansen' },
} as const;
export type DemoRole = keyof typeof demoAccounts;

/** Fills in and sends the sign-in form on the page as it is (it must show the form). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
}

/**
 * Signs in as a demo account through the sign-in page and waits until the app shows who is
 * signed in. Starts at `returnTo` (a protected page sends you to sign in and back).
 */
export async function signInAs(page: Page, role: DemoRole, returnTo = '/') {
  await page.goto(returnTo);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await submitSignIn(page, demoAccounts[role].email);
  await expect(userMenuButton(page)).toContainText(demoAccounts[role].name);
}

/** The button that opens the user menu (name, partnership, profile, sign out). */
export function userMenuButton(page: Page) {
  return page.getByRole('button', { name: /^Gebruikersmenu/ });
}

export async function signOut(page: Page) {
  await userMenuButton(page).click();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
}
