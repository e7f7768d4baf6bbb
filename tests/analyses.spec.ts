import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';

test('a newcomer sees the fictional demo wijk at once, with its buurten, offers and needs', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.open();
	const demo = home.item('Voorbeeldwijk');
	await expect(demo).toContainText('Fictief voorbeeld');
	await expect(demo).toContainText('6 buurten · 40 aanbod · 60 vragen');
	await demo.getByRole('link', { name: 'Voorbeeldwijk' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
	await expect(page.getByRole('table')).toContainText('Kerkbuurt');
	await expect(page.getByRole('rowheader')).toHaveCount(6);
});

test('creating an analysis opens it, and it is still there after a reload', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await page.getByLabel('Naam', { exact: true }).fill('Overvecht 2027');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/analyse\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Overvecht 2027', { exact: true })).toBeVisible();
	await expect(page.getByText('Deze wijkanalyse heeft nog geen buurten.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Overvecht 2027', { exact: true })).toBeVisible();
	await home.open();
	expect(await home.names()).toContain('Overvecht 2027');
});

test('an empty name is refused with a message next to the field', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByText('Vul een naam in.')).toBeVisible();
	await expect(page.getByLabel('Naam', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page).toHaveURL(/\/$/);
});

test('rename, duplicate and delete an analysis, with the keyboard only', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();

	await home.item('Voorbeeldwijk').getByRole('button', { name: 'Naam wijzigen' }).focus();
	await page.keyboard.press('Enter');
	const input = page.getByLabel('Nieuwe naam');
	await expect(input).toBeFocused();
	await input.fill('Kerkwijk oefening');
	await page.keyboard.press('Enter');
	await expect(home.item('Kerkwijk oefening')).toBeVisible();

	await home.item('Kerkwijk oefening').getByRole('button', { name: 'Dupliceren' }).focus();
	await page.keyboard.press('Enter');
	await expect(home.item('Kerkwijk oefening (kopie)')).toContainText(
		'6 buurten · 40 aanbod · 60 vragen'
	);

	// Cancelling with Escape keeps the analysis.
	await home.item('Kerkwijk oefening (kopie)').getByRole('button', { name: 'Verwijderen' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: '‘Kerkwijk oefening (kopie)’ verwijderen?' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('6 buurten · 40 aanbod · 60 vragen');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	expect(await home.names()).toContain('Kerkwijk oefening (kopie)');

	await home.item('Kerkwijk oefening (kopie)').getByRole('button', { name: 'Verwijderen' }).focus();
	await page.keyboard.press('Enter');
	await expect(dialog.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(home.item('Kerkwijk oefening (kopie)')).toHaveCount(0);
	await page.reload();
	await home.open();
	expect(await home.names()).toEqual(['Kerkwijk oefening']);
});

test('the demo wijk can be added again on demand', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await page.getByRole('button', { name: 'Voorbeeldwijk toevoegen' }).click();
	await expect(home.item('Voorbeeldwijk')).toHaveCount(2);
});

test('every part of an analysis is reachable and built', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('link', { name: 'Voorbeeldwijk' }).click();
	const nav = page.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' });
	for (const part of ['Stappenplan', 'Kaart', 'Gaten', 'Vergelijken', 'Rapport']) {
		await nav.getByRole('link', { name: part }).click();
		await expect(page.getByRole('heading', { level: 1, name: part })).toBeVisible();
		await expect(nav.getByRole('link', { name: part })).toHaveAttribute('aria-current', 'page');
		if (part === 'Gaten') {
			await expect(
				page.getByRole('heading', { level: 2, name: 'Gaten per buurt en hulpcategorie' })
			).toBeVisible();
			await expect(page.getByTestId('records-map')).toHaveAttribute('data-ready', 'true');
			continue;
		}
		if (part === 'Kaart') {
			await expect(page.getByTestId('records-map')).toHaveAttribute('data-ready', 'true');
		}
		await expect(
			page.getByRole('heading', { name: 'Dit onderdeel is nog niet gebouwd' })
		).toHaveCount(0);
	}
	await nav.getByRole('link', { name: 'Stappenplan' }).click();
	await expect(page.getByRole('link', { name: /^\d+\. / })).toHaveCount(10);
});

test('an address of an analysis that does not exist says so', async ({ page }) => {
	await page.goto('/analyse/00000000-0000-4000-8000-000000000000');
	await expect(
		page.getByRole('heading', { name: 'Deze wijkanalyse bestaat niet (meer)' })
	).toBeVisible();
});
