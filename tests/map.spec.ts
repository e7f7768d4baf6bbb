import { expect, test } from '@playwright/test';
import { MapPage } from './pages/map-page';

test('the map draws the buurten and counts every offer and need of the demo wijk', async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('http://localhost')) requests.push(request.url());
	});
	const map = new MapPage(page);
	await map.open();
	// The demo wijk has 40 offers and 60 needs; some have only a buurt, no place.
	await expect(map.legend().getByTestId('map-counts')).toHaveText(
		'28 aanbod en 29 vragen op de kaart'
	);
	await expect(map.legend().getByTestId('map-unplaced')).toHaveText(
		'Niet op de kaart (geen plek bekend): 12 aanbod en 31 vragen'
	);
	await page.screenshot({ path: 'test-results/map.png', fullPage: false });
	// Nothing leaves the device while no online feature is on.
	expect(requests).toEqual([]);
});
