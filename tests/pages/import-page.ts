import { expect, type Locator, type Page } from '@playwright/test';
import { HomePage } from './home-page';

/** The import section of the Kaart page of an analysis, as a user sees and operates it. */
export class ImportPage {
	constructor(readonly page: Page) {}

	/** Creates an empty analysis with this name and opens its Kaart page. */
	async openNewAnalysis(name: string): Promise<void> {
		const home = new HomePage(this.page);
		await home.open();
		await this.page.getByLabel('Naam', { exact: true }).fill(name);
		await this.page.getByRole('button', { name: 'Aanmaken' }).click();
		await expect(this.page).toHaveURL(/\/analyse\/[0-9a-f-]{36}$/);
		await this.part('Kaart').click();
		await expect(this.page.getByRole('heading', { level: 1, name: 'Kaart' })).toBeVisible();
	}

	/** The link to a part of the analysis in its navigation. */
	part(name: string): Locator {
		return this.page
			.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
			.getByRole('link', { name, exact: true });
	}

	/** The CBS boundaries import. */
	areas(): Locator {
		return this.page.getByTestId('area-import');
	}

	/** The offers/needs import. */
	records(): Locator {
		return this.page.getByTestId('record-import');
	}

	/** The line with the numbers of buurten, offers and needs the analysis holds. */
	counts(): Locator {
		return this.page.getByTestId('analysis-counts');
	}

	/** The number on the overview page under a heading such as `Buurten` or `Vragen`. */
	overviewFact(term: string): Locator {
		return this.page
			.locator('dl div')
			.filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
			.getByRole('definition');
	}
}
