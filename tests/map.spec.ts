import { expect, test } from '@playwright/test';
import { GapsPage } from './pages/gaps-page';
import { MapPage } from './pages/map-page';
import { seriousViolations } from './support/axe';

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

test('the gaps map colours the buurten like the heatmap and a click opens the explanation', async ({
	page
}) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	const map = page.getByTestId('records-map');
	await expect(map).toHaveAttribute('data-ready', 'true');
	await page.getByLabel('Categorie op de kaart').selectOption({ label: 'Gezelschap' });
	await expect(
		page.getByRole('region', { name: 'Kaart van de buurten, gekleurd naar tekort in Gezelschap' })
	).toBeVisible();
	// Click in the middle of the map: one of the six buurten is there.
	const box = (await map.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('why-panel')).toBeVisible();
	await expect(page.getByTestId('why-panel')).toContainText('Gezelschap');
	expect(await seriousViolations(page)).toEqual([]);
});
