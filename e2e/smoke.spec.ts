import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test.describe('app shell', () => {
  test('shows the Dutch home page with a main landmark and a heading', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', /^nl\b/);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('heading').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('health endpoint', () => {
  test('reports the app and its database as up', async ({ request }) => {
    const response = await request.get('/api/health');

    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
