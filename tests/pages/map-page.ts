import { expect, type Locator, type Page } from '@playwright/test';
import { HomePage } from './home-page';

/** The Kaart page of an analysis with its map, as a user sees and operates it. */
export class MapPage {
	constructor(readonly page: Page) {}

	/** Opens the Kaart page of the analysis with this name and waits until the map has drawn. */
	async open(name = 'Voorbeeldwijk'): Promise<void> {
		const home = new HomePage(this.page);
		await home.open();
		await home.item(name).getByRole('link', { name }).click();
		await this.page
			.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
			.getByRole('link', { name: 'Kaart' })
			.click();
		await this.waitForMap();
	}

	/** Waits until the map has its layers and has finished drawing. */
	async waitForMap(): Promise<void> {
		await expect(this.page.getByTestId('records-map')).toHaveAttribute('data-ready', 'true');
	}

	/** The map region (MapLibre's canvas, focusable, panned with the arrow keys). */
	map(): Locator {
		return this.page.getByRole('region', { name: 'Kaart van de buurten met aanbod en vragen' });
	}

	/** The map's own legend: its symbols and what it draws. */
	legend(): Locator {
		return this.page.getByRole('region', { name: 'Op de kaart', exact: true });
	}
}
