import { expect, test } from '@playwright/test';
import { GapsPage } from './pages/gaps-page';
import { KaartPage } from './pages/kaart-page';
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
	await map.click();
	await expect(page.getByTestId('why-panel')).toBeVisible();
	await expect(page.getByTestId('why-panel')).toContainText('Gezelschap');
	expect(await seriousViolations(page)).toEqual([]);
});

test('an offer added by clicking the map shows in the list and on the map, and can be dragged', async ({
	page
}) => {
	const map = new MapPage(page);
	await map.open();
	const kaart = new KaartPage(page);
	const counts = map.legend().getByTestId('map-counts');
	await expect(counts).toHaveText('28 aanbod en 29 vragen op de kaart');

	await page.getByRole('button', { name: 'Toevoegen door te klikken' }).click();
	await expect(page.getByText('Klik op de kaart om de plek te kiezen')).toBeVisible();
	const canvas = page.getByTestId('records-map');
	// The middle of the map lies in one of the six buurten of the demo wijk.
	await canvas.click();
	const form = kaart.form();
	await expect(form.getByRole('heading', { name: 'Aanbod toevoegen' })).toBeVisible();
	await expect(form.getByLabel('Buurt')).toHaveValue(/^BU/);
	await form.getByLabel('Naam').fill('Boodschappenmaatjes Plein');
	await form.getByRole('checkbox', { name: 'Boodschappen' }).check();
	await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(form).toBeHidden();

	const row = kaart.offerRow('Boodschappenmaatjes Plein');
	await expect(row).toBeVisible();
	await expect(row).not.toContainText('Niet op de kaart');
	await expect(counts).toHaveText('29 aanbod en 29 vragen op de kaart');

	// The new offer is the chosen one, in the list and on the map, and can be dragged elsewhere.
	await expect(
		row.getByRole('button', { name: 'Kiezen Boodschappenmaatjes Plein' })
	).toHaveAttribute('aria-pressed', 'true');
	await canvas.scrollIntoViewIfNeeded();
	// The map brings the chosen offer to its middle, zoomed in past the clusters.
	await page.waitForTimeout(1000);
	const box = (await canvas.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 });
	await page.mouse.up();
	await expect(kaart.undoBar()).toContainText('‘Boodschappenmaatjes Plein’ verplaatst naar');
	await expect(counts).toHaveText('29 aanbod en 29 vragen op de kaart');
});
