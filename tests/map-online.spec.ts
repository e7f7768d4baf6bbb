import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ImportPage } from './pages/import-page';
import { MapPage } from './pages/map-page';
import { seriousViolations } from './support/axe';
import { hasSharedData, noSharedData, zeistUtrecht } from './support/shared-data';

// PDOK cannot be reached from the test machines, so its answers are played back from the real
// CBS files in `../shared/data`, split into pages as PDOK serves them. The app's own code —
// following `next` links, simplifying, previewing, importing — runs unchanged.

interface Collection {
	type: 'FeatureCollection';
	features: { properties: Record<string, unknown> }[];
}

function readCollection(file: string): Collection {
	return JSON.parse(readFileSync(`${zeistUtrecht}${file}`, 'utf8')) as Collection;
}

test('buurten and wijken fetched from PDOK are previewed, imported and drawn, page by page', async ({
	page
}) => {
	test.skip(!hasSharedData, noSharedData);
	const buurten = readCollection('buurten_2024_GM0344_GM0355.geojson').features.filter(
		(f) => f.properties.gemeentecode === 'GM0355'
	);
	const wijken = readCollection('wijken_2024_GM0344_GM0355.geojson').features.filter(
		(f) => f.properties.gemeentecode === 'GM0355'
	);
	const asked: string[] = [];
	await page.route('https://api.pdok.nl/**', async (route) => {
		const url = new URL(route.request().url());
		asked.push(url.pathname + url.search);
		const collection = url.pathname.includes('/collections/buurten/') ? buurten : wijken;
		// Buurten come in two pages, to prove the `next` link is followed.
		const second = url.searchParams.get('cursor') === '2';
		const split = Math.ceil(collection.length / 2);
		const features = url.pathname.includes('/collections/buurten/')
			? second
				? collection.slice(split)
				: collection.slice(0, split)
			: collection;
		const links =
			url.pathname.includes('/collections/buurten/') && !second
				? [{ rel: 'next', href: `${url.origin}${url.pathname}?f=json&cursor=2` }]
				: [];
		await route.fulfill({ json: { type: 'FeatureCollection', features, links } });
	});

	const kaart = new ImportPage(page);
	await kaart.openNewAnalysis('Zeist van PDOK');
	const map = new MapPage(page);
	await map.waitForMap();
	// Off until the user turns it on, and then it says where it goes.
	await expect(page.getByText('Ophalen bij PDOK staat uit.')).toBeVisible();
	await page.getByLabel('Buurten en wijken met CBS-cijfers van PDOK ophalen').check();
	await page.getByLabel('Gemeentecode').fill('355');
	await page.getByRole('button', { name: 'Ophalen bij PDOK' }).click();
	await expect(
		page.getByText(`${buurten.length} buurten en ${wijken.length} wijken van GM0355 opgehaald.`)
	).toBeVisible();
	expect(asked).toHaveLength(3);
	expect(asked[0]).toContain('gemeentecode=GM0355');

	await kaart
		.areas()
		.getByRole('button', { name: /Importeren/ })
		.click();
	await expect(map.legend()).toBeVisible();
	await expect(page.getByTestId('analysis-counts')).toContainText(`${buurten.length} buurten`);
	expect(await seriousViolations(page)).toEqual([]);
});

test('without a network the PDOK option says so instead of failing silently', async ({
	page,
	context
}) => {
	const map = new MapPage(page);
	await map.open();
	await page.getByLabel('Buurten en wijken met CBS-cijfers van PDOK ophalen').check();
	await context.setOffline(true);
	await expect(page.getByTestId('offline-notice')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Ophalen bij PDOK' })).toBeDisabled();
	await context.setOffline(false);
});

test('the basemap is only fetched once turned on, and then shows its attribution', async ({
	page,
	context
}) => {
	// The service worker fetches the tiles (to fall back on kept ones), so route the context.
	const tiles: string[] = [];
	const png = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64'
	);
	await context.route('https://service.pdok.nl/**', async (route) => {
		tiles.push(route.request().url());
		await route.fulfill({ body: png, contentType: 'image/png' });
	});
	const map = new MapPage(page);
	await map.open();
	await page.waitForTimeout(500);
	expect(tiles).toEqual([]);
	await page.getByLabel('Achtergrondkaart van PDOK tonen (BRT-Achtergrondkaart)').check();
	await expect(page.getByText('Kaart: Kadaster / PDOK (BRT-Achtergrondkaart)')).toBeVisible();
	await expect.poll(() => tiles.length).toBeGreaterThan(0);
	expect(tiles[0]).toMatch(/^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\//);
	await expect(page.getByRole('button', { name: 'Deze wijk offline bewaren' })).toBeVisible();
});

test('an own area is drawn with the keyboard alone, stored, edited and removed', async ({
	page
}) => {
	const map = new MapPage(page);
	await map.open();
	await page.getByRole('button', { name: 'Gebied tekenen' }).click();
	const corner = page.getByRole('button', { name: 'Hoek in het midden van de kaart' });
	await corner.click();
	// Move the map with the arrow keys between corners, as a keyboard user does.
	for (const key of ['ArrowRight', 'ArrowDown']) {
		await map.map().focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press(key);
		await page.waitForTimeout(400);
		await corner.click();
	}
	await expect(page.getByText('3 hoeken gezet.')).toBeVisible();
	await page.getByRole('button', { name: 'Gebied bewaren' }).click();
	await expect(page.getByText('Geef het gebied een naam.')).toBeVisible();
	await page.getByLabel('Naam van het gebied').fill('Rondom het plein');
	await page.getByRole('button', { name: 'Gebied bewaren' }).click();
	await expect(page.getByText('Gebied ‘Rondom het plein’ bewaard.')).toBeVisible();
	await expect(page.getByTestId('analysis-counts')).toContainText('7 buurten');

	// Editing: take the last corner back, place another, rename; the area changes, none is added.
	await page.getByRole('button', { name: 'Vorm of naam aanpassen: Rondom het plein' }).click();
	await expect(page.getByText('3 hoeken gezet.')).toBeVisible();
	await page.getByRole('button', { name: 'Laatste hoek weghalen' }).click();
	await map.map().focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
	await page.waitForTimeout(400);
	await corner.click();
	await expect(page.getByText('3 hoeken gezet.')).toBeVisible();
	await page.getByLabel('Naam van het gebied').fill('Rondom het Marktplein');
	await page.getByRole('button', { name: 'Gebied bewaren' }).click();
	await expect(page.getByText('Gebied ‘Rondom het Marktplein’ bewaard.')).toBeVisible();
	await expect(page.getByTestId('analysis-counts')).toContainText('7 buurten');

	await page.getByRole('button', { name: 'Verwijder Rondom het Marktplein' }).click();
	await expect(page.getByText('Gebied ‘Rondom het Marktplein’ verwijderd.')).toBeVisible();
	await expect(page.getByTestId('analysis-counts')).toContainText('6 buurten');
});
