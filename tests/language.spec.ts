import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';

test('the interface is Dutch by default and switches to English, remembered after a reload', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.open();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Neighbourhood analyses' })
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Neighbourhood analyses' })
	).toBeVisible();
	await expect(page.getByText('Fictional example')).toBeVisible();

	// Methodology texts follow the language too.
	await page.getByRole('link', { name: 'Voorbeeldwijk' }).first().click();
	await page.getByRole('link', { name: 'Step plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Step plan' })).toBeVisible();
	await expect(page.getByRole('link', { name: '2. Picture of the wijk' })).toBeVisible();

	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Stappenplan' })).toBeVisible();
});
