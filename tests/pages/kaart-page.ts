import { expect, type Locator, type Page } from '@playwright/test';
import { HomePage } from './home-page';

/** The Kaart page's list of offers and needs, as a user sees and operates it. */
export class KaartPage {
	constructor(readonly page: Page) {}

	/** Opens the Kaart page of the demo analysis and waits until its list has loaded. */
	async openDemo(): Promise<void> {
		const home = new HomePage(this.page);
		await home.open();
		await home.item('Voorbeeldwijk').getByRole('link', { name: 'Voorbeeldwijk' }).click();
		await expect(this.page).toHaveURL(/\/analyse\/[0-9a-f-]{36}$/);
		await this.page
			.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
			.getByRole('link', { name: 'Kaart', exact: true })
			.click();
		await this.waitForList();
	}

	/** Waits until both tables show. */
	async waitForList(): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1, name: 'Kaart' })).toBeVisible();
		await expect(this.offerTable()).toBeVisible();
		await expect(this.needTable()).toBeVisible();
	}

	/** The table of offers. */
	offerTable(): Locator {
		return this.page.getByTestId('offer-table');
	}

	/** The table of needs. */
	needTable(): Locator {
		return this.page.getByTestId('need-table');
	}

	/** The row of the offer with this exact name. */
	offerRow(name: string): Locator {
		return this.offerTable()
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
	}

	/** The number of data rows of a table (the "nothing matches" row not counted). */
	async rowCount(table: Locator): Promise<number> {
		return table.locator('tbody tr:has(th)').count();
	}

	/** The add/edit form dialog. */
	form(): Locator {
		return this.page.getByRole('dialog');
	}

	/** The legend and filters. */
	legend(): Locator {
		return this.page.getByTestId('legend');
	}

	/** The notice of the last change, with its undo button. */
	undoBar(): Locator {
		return this.page.getByTestId('undo-bar');
	}

	/** The numbers in a table's caption: shown, total, not on the map. */
	async caption(table: Locator): Promise<{ shown: number; total: number; unmapped: number }> {
		const text = await table.locator('caption').innerText();
		const match = /(\d+) van (\d+) getoond, waarvan (\d+) niet op de kaart/.exec(text);
		if (!match) throw new Error(`unexpected caption: ${text}`);
		return { shown: Number(match[1]), total: Number(match[2]), unmapped: Number(match[3]) };
	}

	/** Presses Tab until the locator has focus; fails after `limit` presses. */
	async tabTo(target: Locator, limit = 400): Promise<void> {
		for (let i = 0; i < limit; i++) {
			if (await target.evaluate((el) => el === document.activeElement)) return;
			await this.page.keyboard.press('Tab');
		}
		throw new Error('could not reach the element with Tab');
	}
}
