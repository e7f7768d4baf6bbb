import { expect, type Locator, type Page } from '@playwright/test';
import { HomePage } from './home-page';

/** The Gaten page of an analysis, as a user sees and operates it. */
export class GapsPage {
	constructor(readonly page: Page) {}

	/** Opens the Gaten page of the analysis with this name and waits for the scores. */
	async open(name = 'Voorbeeldwijk'): Promise<void> {
		const home = new HomePage(this.page);
		await home.open();
		await home.item(name).getByRole('link', { name }).click();
		await this.page
			.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
			.getByRole('link', { name: 'Gaten' })
			.click();
		await this.waitForScores();
	}

	/** Waits until the heatmap shows scores. */
	async waitForScores(): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1, name: 'Gaten' })).toBeVisible();
		await expect(this.heatmap().getByRole('button').first()).toBeVisible();
	}

	/** The heatmap table, named by its caption. */
	heatmap(): Locator {
		return this.page.getByRole('table', { name: /Tekort-index per buurt en hulpcategorie/ });
	}

	/** The heatmap square of one buurt and category. */
	cell(area: string, category: string): Locator {
		return this.heatmap().getByRole('button', { name: new RegExp(`^${area}, ${category}:`) });
	}

	/** The ranked table of all gaps. */
	table(): Locator {
		return this.page.getByTestId('gap-table');
	}

	/** The ranked table's row of one buurt and category. */
	tableRow(area: string, category: string): Locator {
		return this.table()
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name: area, exact: true }) })
			.filter({ has: this.page.getByRole('cell', { name: category, exact: true }) });
	}

	/** Shows only one category in the ranked table. */
	async filterTable(category: string): Promise<void> {
		await this.page.getByLabel('Hulpcategorie', { exact: true }).selectOption({ label: category });
	}

	/** The "waarom" panel of the selected cell. */
	why(): Locator {
		return this.page.getByTestId('why-panel');
	}

	/** The number field for the share of reported needs. */
	observedShare(): Locator {
		return this.page.getByLabel('Deel uit gemelde vragen, in procenten');
	}

	/** The live region that reports rank changes. */
	rankReport(): Locator {
		return this.page.getByTestId('rank-report');
	}
}

/** Reads a Dutch number as shown on screen (`+7,3`, `−2,1`, `1.234`). */
export function dutchNumber(text: string): number {
	return Number(text.trim().replace(/\./g, '').replace(',', '.').replace('−', '-'));
}
