import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { GapsPage } from './pages/gaps-page';
import { HomePage } from './pages/home-page';

const parts = ['', '/stappenplan', '/kaart', '/gaten', '/vergelijken', '/rapport'];

async function demoUrl(page: Page): Promise<string> {
	const home = new HomePage(page);
	await home.open();
	const href = await home
		.item('Voorbeeldwijk')
		.getByRole('link', { name: 'Voorbeeldwijk' })
		.getAttribute('href');
	return href!;
}

for (const language of ['nl', 'en'] as const) {
	test(`every route has no serious or critical axe violations (${language})`, async ({ page }) => {
		// Seven pages, each fully analysed by axe (some with a map): longer than one page's budget.
		test.setTimeout(120_000);
		const base = await demoUrl(page);
		if (language === 'en') {
			await page.getByRole('button', { name: 'English' }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		}
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await seriousViolations(page), '/').toEqual([]);
		for (const part of parts) {
			await page.goto(`${base}${part}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await seriousViolations(page), `${base}${part}`).toEqual([]);
		}
	});
}

test('the delete dialog has no serious or critical axe violations', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('button', { name: 'Verwijderen' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the gaps page with a chosen cell and changed weights has no serious or critical axe violations', async ({
	page
}) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	await gaps.cell('Kerkbuurt', 'Ontmoeting').click();
	await gaps.observedShare().fill('100');
	await expect(gaps.rankReport().getByRole('heading')).toBeVisible();
	await gaps.filterTable('Ontmoeting');
	await gaps.table().getByRole('button', { name: 'Index' }).click();
	await expect(gaps.table().getByRole('columnheader', { name: 'Index' })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	expect(await seriousViolations(page)).toEqual([]);
});
