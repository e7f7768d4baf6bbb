import { expect, test } from '@playwright/test';
import { HomePage, waitForOfflineReady } from './pages/home-page';

test('after one visit every route works with the network off, and data survives', async ({
	page,
	context
}) => {
	const home = new HomePage(page);
	await home.open();
	await waitForOfflineReady(page);
	await expect(page.getByText('Nabuur werkt op dit apparaat ook zonder internet.')).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await home.open();
	await expect(home.item('Voorbeeldwijk')).toBeVisible();

	// Work offline: create an analysis, then reload and find it again.
	await page.getByLabel('Naam', { exact: true }).fill('Zonder wifi');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	// The new name shows in the home list before the analysis opens; wait for its address.
	await expect(page).toHaveURL(/\/analyse\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Zonder wifi', { exact: true })).toBeVisible();
	const analysisUrl = page.url();
	await page.reload();
	await expect(page.getByText('Zonder wifi', { exact: true })).toBeVisible();

	// Every part, opened directly by its address, as after a browser restart.
	for (const part of ['stappenplan', 'kaart', 'gaten', 'vergelijken', 'rapport']) {
		await page.goto(`${analysisUrl}/${part}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText('Zonder wifi', { exact: true })).toBeVisible();
	}

	await home.open();
	expect(await home.names()).toEqual(expect.arrayContaining(['Zonder wifi', 'Voorbeeldwijk']));
	await context.setOffline(false);
});

test('the app makes no request to another origin', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	const origin = new URL(baseURL!).origin;
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== origin) foreign.push(request.url());
	});
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('link', { name: 'Voorbeeldwijk' }).click();
	for (const part of ['Stappenplan', 'Kaart', 'Gaten', 'Vergelijken', 'Rapport']) {
		await page.getByRole('link', { name: part, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: part })).toBeVisible();
	}
	expect(foreign).toEqual([]);
});
