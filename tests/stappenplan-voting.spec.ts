import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { StappenplanPage } from './pages/stappenplan-page';

async function openStep6(page: Page): Promise<void> {
	const plan = new StappenplanPage(page);
	await plan.open();
	await page.getByRole('link', { name: '6. Prioriteren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Prioriteren' })).toBeVisible();
}

async function vote(page: Page, dots: Record<number, number>): Promise<void> {
	const ballot = page.getByTestId('ballot');
	for (const [position, n] of Object.entries(dots)) {
		await ballot.getByRole('spinbutton').nth(Number(position)).fill(String(n));
	}
	await page.getByRole('button', { name: 'Stem uitbrengen' }).click();
}

test('three participants vote in turn, the dots stay hidden until all have voted, and the short list is kept', async ({
	page
}) => {
	await openStep6(page);
	const voting = page.getByTestId('voting');
	await voting.getByLabel('Aantal deelnemers').fill('0');
	await voting.getByRole('button', { name: 'Stemronde starten' }).click();
	await expect(voting.getByRole('alert')).toHaveText(
		'Vul een heel aantal deelnemers in, van 1 tot en met 60.'
	);
	await voting.getByLabel('Aantal deelnemers').fill('3');
	await voting.getByLabel('Aantal gaten op het stembiljet').fill('6');
	await voting.getByLabel('Stippen per deelnemer').fill('2');
	await voting.getByRole('button', { name: 'Stemronde starten' }).click();
	await expect(page.getByTestId('vote-round')).toHaveText(
		'Ronde 1: 2 stippen per deelnemer, 6 gaten op het stembiljet.'
	);

	await expect(page.getByTestId('vote-turn')).toHaveText('Deelnemer 1 van 3 is aan de beurt');
	await vote(page, { 0: 3 });
	await expect(page.getByRole('alert')).toHaveText(
		'U zette 3 stippen, maar heeft er 2. Haal er een paar weg.'
	);
	await vote(page, { 0: 2 });
	await expect(page.getByTestId('vote-turn')).toHaveText('Deelnemer 2 van 3 is aan de beurt');
	// Nothing of the first ballot shows: the fields are empty and there is no result yet.
	await expect(page.getByTestId('ballot').getByRole('spinbutton').first()).toHaveValue('');
	await expect(page.getByTestId('vote-results')).toHaveCount(0);
	await vote(page, { 1: 1, 2: 1 });
	await vote(page, { 0: 1, 2: 1 });

	const results = page.getByTestId('vote-results');
	await expect(results).toBeVisible();
	await expect(results.getByTestId('vote-dots')).toHaveText(['3', '2', '1', '0', '0', '0']);
	const top = (await results.getByRole('rowheader').allInnerTexts()).slice(0, 3);

	await page.getByRole('button', { name: 'Korte lijst bevestigen' }).click();
	await expect(page.getByTestId('priorities').getByRole('listitem')).toHaveCount(3);
	await page.reload();
	await expect(page.getByTestId('priorities').getByRole('listitem')).toHaveCount(3);
	for (const [i, gap] of top.entries()) {
		await expect(page.getByTestId('priorities').getByRole('listitem').nth(i)).toContainText(gap);
	}
	await expect(page.getByTestId('vote-results').getByTestId('vote-dots').first()).toHaveText('3');
	expect(await seriousViolations(page)).toEqual([]);
});

test('the facilitator enters the tally from paper and the results show at once', async ({
	page
}) => {
	await openStep6(page);
	const voting = page.getByTestId('voting');
	await voting.getByLabel('Op papier; de begeleider voert de telling in').check();
	await voting.getByLabel('Aantal gaten op het stembiljet').fill('4');
	await voting.getByRole('button', { name: 'Stemronde starten' }).click();
	const ballot = page.getByTestId('ballot');
	await ballot.getByRole('spinbutton').nth(3).fill('9');
	await ballot.getByRole('spinbutton').nth(1).fill('4');
	await page.getByRole('button', { name: 'Telling bewaren' }).click();
	const results = page.getByTestId('vote-results');
	await expect(results.getByTestId('vote-dots')).toHaveText(['9', '4', '0', '0']);
	// The top three are suggested; the team keeps only the two that got dots.
	await results.getByRole('checkbox').nth(2).uncheck();
	await page.getByRole('button', { name: 'Korte lijst bevestigen' }).click();
	await expect(page.getByTestId('priorities').getByRole('listitem')).toHaveCount(2);
	await expect(page.getByTestId('priorities')).toContainText('9 stippen');
});
