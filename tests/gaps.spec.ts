import { expect, test } from '@playwright/test';
import { dutchNumber, GapsPage } from './pages/gaps-page';
import { HomePage, waitForOfflineReady } from './pages/home-page';

test('the heatmap and the ranked table show the same index for a buurt and category', async ({
	page
}) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	await expect(page.getByText(/peildatum \d{1,2} \w+ \d{4}/)).toBeVisible();

	for (const [area, category] of [
		['Kerkbuurt', 'Gezelschap'],
		['De Akkers', 'Administratie en geld']
	]) {
		const inHeatmap = (await gaps.cell(area, category).innerText()).trim();
		expect(inHeatmap).toMatch(/^\d+$/);
		await gaps.filterTable(category);
		await expect(gaps.tableRow(area, category).getByTestId('table-index')).toHaveText(inHeatmap);
	}
	await gaps.filterTable('Gezelschap');
	await expect(gaps.table().getByRole('row')).toHaveCount(7);
});

test('a cell chosen with the keyboard explains its score, with parts that add up on screen', async ({
	page
}) => {
	const gaps = new GapsPage(page);
	await gaps.open();

	// Every square is in the Tab order; arrow keys move between squares as in a spreadsheet.
	await gaps.cell('Kerkbuurt', 'Boodschappen').focus();
	await page.keyboard.press('Tab');
	await expect(gaps.cell('Kerkbuurt', 'Vervoer')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(gaps.cell('Kerkbuurt', 'Boodschappen')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(gaps.cell('Kerkbuurt', 'Vervoer')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(gaps.cell('Molenkwartier', 'Vervoer')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(gaps.cell('Molenkwartier', 'Vervoer')).toHaveAttribute('aria-pressed', 'true');

	const why = gaps.why();
	await expect(why).toContainText('Molenkwartier · Vervoer');
	await expect(why.getByTestId('why-index')).toHaveText(
		(await gaps.cell('Molenkwartier', 'Vervoer').innerText()).trim()
	);
	for (const part of ['Afstand tot huisarts', 'Gemelde vragen', 'Aanbod']) {
		await expect(why.getByRole('rowheader', { name: part })).toBeVisible();
	}

	const points = await why.getByTestId('contribution-points').allInnerTexts();
	expect(points.length).toBeGreaterThanOrEqual(3);
	const shown = points.filter((text) => /\d/.test(text)).map(dutchNumber);
	const sum = dutchNumber(await why.getByTestId('contribution-sum').innerText());
	// Rounded to one decimal so that the column adds up to its sum, as a reader checks it.
	expect(shown.reduce((a, b) => a + b, 0)).toBeCloseTo(sum, 6);
	await expect(why.getByTestId('contribution-sum-text')).toHaveText(/^100 [+−] [\d,]+ = [\d,]+$/);
	await expect(why).toContainText('Waarom de zekerheid');
	await expect(why).toContainText('Bronnen');
});

test('asking why from the table moves to the explanation of that row', async ({ page }) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	await gaps.filterTable('Taal');
	await gaps
		.tableRow('De Akkers', 'Taal')
		.getByRole('button', { name: /^Waarom\?/ })
		.click();
	await expect(page.getByRole('heading', { name: 'Waarom deze score?' })).toBeFocused();
	await expect(gaps.why()).toContainText('De Akkers · Taal');
	await expect(gaps.cell('De Akkers', 'Taal')).toHaveAttribute('aria-pressed', 'true');
});

test('changing the share of reported needs reports rank changes, and is kept after a reload', async ({
	page
}) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	await gaps.cell('Kerkbuurt', 'Ontmoeting').click();
	await expect(gaps.observedShare()).toHaveValue('50');

	await gaps.observedShare().fill('100');
	const report = gaps.rankReport();
	await expect(report.getByRole('heading', { name: 'Wat veranderde in Ontmoeting' })).toBeVisible();
	await expect(report.getByRole('listitem').first()).toContainText(/plaats(en)? (hoger|lager)/);
	await expect(page.getByTestId('save-status')).toHaveText(
		'De gekozen gewichten zijn bewaard bij deze wijkanalyse.'
	);

	await page.reload();
	await gaps.waitForScores();
	await expect(gaps.observedShare()).toHaveValue('100');

	await page.getByRole('button', { name: 'Terug naar 50 %' }).click();
	await expect(gaps.observedShare()).toHaveValue('50');
	await expect(page.getByTestId('save-status')).toHaveText(
		'U gebruikt de gewichten van de methodiek.'
	);
});

test('switching an indicator off changes the parts of the score', async ({ page }) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	await gaps.cell('Kerkbuurt', 'Vervoer').click();
	await expect(gaps.why().getByRole('rowheader', { name: 'Afstand tot huisarts' })).toBeVisible();
	await page.getByLabel('Afstand tot huisarts').fill('0');
	await expect(gaps.why().getByRole('rowheader', { name: 'Afstand tot huisarts' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Gewichten van Vervoer terugzetten' }).click();
	await expect(gaps.why().getByRole('rowheader', { name: 'Afstand tot huisarts' })).toBeVisible();
});

test('an analysis without buurten says that buurten are needed first', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Naam', { exact: true }).fill('Nog leeg');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page).toHaveURL(/\/analyse\/[0-9a-f-]{36}$/);
	await page.getByRole('link', { name: 'Gaten' }).click();
	await expect(page.getByRole('heading', { name: 'Eerst buurten nodig' })).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
});

test('the gaps are worked out with the network off', async ({ page, context }) => {
	const home = new HomePage(page);
	await home.open();
	await waitForOfflineReady(page);
	await context.setOffline(true);
	const gaps = new GapsPage(page);
	await gaps.open();
	await expect(gaps.cell('Kerkbuurt', 'Gezelschap')).toHaveText(/^\d+$/);
	await context.setOffline(false);
});

test('a cell with several offers in the buurt warns about overlap, suggests the lightest means first, and names paused offers', async ({
	page
}) => {
	const gaps = new GapsPage(page);
	await gaps.open();
	await gaps.cell('Kerkbuurt', 'Klussen').click();
	await expect(page.getByTestId('overlap-warning')).toHaveText(
		// Kerkbuurt has no shortage of klussen: nothing new that does the same.
		'Er zijn al 2 aanbieders voor klussen in deze buurt, en er is hier geen tekort: begin niets nieuws dat hetzelfde doet.'
	);
	const means = page.getByRole('list').filter({ hasText: 'Bestaand initiatief versterken' });
	await expect(means.getByRole('listitem').first()).toContainText('Bestaand initiatief versterken');
	// The means beyond the short list open on request, numbered on.
	const more = page.getByText(/^Nog \d+ passende? middel/);
	await more.click();
	await expect(page.locator('details ol[start="5"] li').first()).toBeVisible();

	// A paused offer is not counted, but named as the lightest thing to revive.
	await gaps.cell('Oude Haven', 'Vervoer').click();
	await expect(
		page.getByText('Er is in deze buurt nog geen actief aanbod voor vervoer.')
	).toBeVisible();
	await expect(page.getByTestId('dormant-offers')).toContainText('Rijdende Rozen (gepauzeerd)');
	// Its explanation says where the reported needs come from.
	await expect(gaps.why()).toContainText('Waar die vragen vandaan komen: enquête 2');
});
