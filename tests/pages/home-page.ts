import { expect, type Locator, type Page } from '@playwright/test';

/** The list of analyses on the home page, as a user sees and operates it. */
export class HomePage {
	constructor(readonly page: Page) {}

	/** Opens the home page and waits until the list has loaded. */
	async open(): Promise<void> {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Wijkanalyses' })).toBeVisible();
		await expect(this.page.getByText('Bezig met laden…')).toHaveCount(0);
	}

	/** The list item of the analysis with this exact name. */
	item(name: string): Locator {
		return this.page.getByRole('listitem').filter({
			has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(name)}`) })
		});
	}

	/** Names of all analyses in the list, in order. */
	async names(): Promise<string[]> {
		return this.page.locator('.analysis h3 a').allInnerTexts();
	}
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the service worker controls the page, so the app is available offline. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.ready;
		return (
			registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
		);
	});
}
