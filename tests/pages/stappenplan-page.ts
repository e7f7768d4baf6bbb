import { expect, type Locator, type Page } from '@playwright/test';
import { HomePage } from './home-page';

/** The Stappenplan of an analysis, as a user sees and operates it. */
export class StappenplanPage {
	constructor(readonly page: Page) {}

	/** Opens the Stappenplan overview of the analysis with this name. */
	async open(name = 'Voorbeeldwijk'): Promise<void> {
		const home = new HomePage(this.page);
		await home.open();
		await home.item(name).getByRole('link', { name }).click();
		await this.page
			.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
			.getByRole('link', { name: 'Stappenplan' })
			.click();
		await expect(this.page.getByRole('heading', { level: 1, name: 'Stappenplan' })).toBeVisible();
	}

	/** The list of steps beside a step page. */
	stepList(): Locator {
		return this.page.getByRole('navigation', { name: 'Stappen' });
	}

	/** Waits until everything typed is stored. */
	async saved(): Promise<void> {
		await expect(this.page.getByTestId('save-status')).toHaveText(
			'Alles is bewaard op dit apparaat.'
		);
	}

	/** The evidence panel part of one kind (`map`, `gaps`, …). */
	evidence(kind: string): Locator {
		return this.page.getByTestId(`evidence-${kind}`);
	}
}
