import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { HomePage, waitForOfflineReady } from './pages/home-page';

// The workshop as a wijk team runs it: one laptop, keyboard only, three participants voting, a
// plan of four activities with owners; then the browser closes and opens again without network.
// Controls are reached with `focus()` rather than by counting Tab presses, and then operated with
// keys only (Enter, Space, arrows, typing): no mouse clicks anywhere.

async function key(target: Locator, press: string): Promise<void> {
	await target.focus();
	await target.page().keyboard.press(press);
}

async function typeInto(target: Locator, text: string): Promise<void> {
	await target.focus();
	await target.page().keyboard.press('ControlOrMeta+A');
	await target.page().keyboard.type(text);
}

function heading(page: Page, name: string): Locator {
	return page.getByRole('dialog').getByRole('heading', { level: 1, name, exact: true });
}

async function finishAndMoveOn(page: Page, next: string): Promise<void> {
	await key(page.getByRole('dialog').getByRole('button', { name: 'Stap afronden' }), 'Enter');
	await expect(
		page.getByRole('dialog').getByRole('button', { name: 'Stap weer openen' })
	).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(heading(page, next)).toBeVisible();
}

const activities = [
	['Belbus naar de huisarts', 'Welzijnsorganisatie', '01032027'],
	['Klussenteam uitbreiden', 'Bewonersgroep Kerkbuurt', '15032027'],
	['Taalcafé in de bibliotheek', 'Bibliotheek', '01042027'],
	['Buurtmaaltijd op vrijdag', 'Buurthuis', '01052027']
] as const;

test('a workshop walks all ten steps with the keyboard, and everything is there again offline', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	const home = new HomePage(page);
	await home.open();
	await waitForOfflineReady(page);
	await key(home.item('Voorbeeldwijk').getByRole('link', { name: 'Voorbeeldwijk' }), 'Enter');
	await key(
		page
			.getByRole('navigation', { name: 'Onderdelen van de wijkanalyse' })
			.getByRole('link', { name: 'Stappenplan' }),
		'Enter'
	);
	await key(page.getByRole('link', { name: 'Workshopmodus' }), 'Enter');
	const dialog = page.getByRole('dialog');
	await expect(heading(page, 'Start')).toBeVisible();

	// The facilitator's timer starts with T.
	await key(dialog.getByRole('heading', { level: 1 }), 't');
	await expect(dialog.getByRole('button', { name: 'Pauzeren' })).toBeVisible();

	// Step 1.
	await key(dialog.getByLabel('Het wijkteam is samengesteld, met bewoners erin.'), 'Space');
	await key(
		dialog
			.getByRole('group', { name: 'Wie heeft de leiding?' })
			.getByLabel('Bewoners', { exact: true }),
		'Space'
	);
	await typeInto(dialog.getByLabel('Notities'), 'Workshop in het buurthuis.');
	await finishAndMoveOn(page, 'Wijkbeeld');
	await finishAndMoveOn(page, 'Wat is er al');
	await finishAndMoveOn(page, 'Wat is nodig');
	await finishAndMoveOn(page, 'Waar zitten de gaten');
	await expect(dialog.getByTestId('evidence-top-gaps').getByRole('listitem')).toHaveCount(5);
	await finishAndMoveOn(page, 'Prioriteren');

	// Step 6: three participants vote in turn.
	await typeInto(dialog.getByLabel('Aantal deelnemers'), '3');
	await typeInto(dialog.getByLabel('Aantal gaten op het stembiljet'), '6');
	await typeInto(dialog.getByLabel('Stippen per deelnemer'), '2');
	await key(dialog.getByRole('button', { name: 'Stemronde starten' }), 'Enter');
	const ballots: Record<number, string>[] = [{ 0: '2' }, { 1: '1', 2: '1' }, { 0: '1', 2: '1' }];
	for (const [i, ballot] of ballots.entries()) {
		await expect(dialog.getByTestId('vote-turn')).toHaveText(
			`Deelnemer ${i + 1} van 3 is aan de beurt`
		);
		await expect(dialog.getByTestId('vote-results')).toHaveCount(0);
		for (const [position, dots] of Object.entries(ballot)) {
			await typeInto(
				dialog.getByTestId('ballot').getByRole('spinbutton').nth(Number(position)),
				dots
			);
		}
		await key(dialog.getByRole('button', { name: 'Stem uitbrengen' }), 'Enter');
	}
	await expect(dialog.getByTestId('vote-results').getByTestId('vote-dots')).toHaveText([
		'3',
		'2',
		'1',
		'0',
		'0',
		'0'
	]);
	await key(dialog.getByRole('button', { name: 'Korte lijst bevestigen' }), 'Enter');
	await expect(dialog.getByTestId('priorities').getByRole('listitem')).toHaveCount(3);
	await finishAndMoveOn(page, 'Doel en middel');

	// Step 7: a goal and a means for the first priority.
	const card = dialog.getByTestId('priority-card').first();
	await typeInto(
		card.getByLabel('Doel', { exact: true }),
		'Ouderen komen op tijd bij de huisarts.'
	);
	await key(
		card
			.getByRole('group', { name: /Middelen die passen bij dit gat/ })
			.getByRole('checkbox')
			.first(),
		'Space'
	);
	await finishAndMoveOn(page, 'Rollen en activiteiten');

	// Step 8: four activities with owners.
	for (const [i, [title, owner, start]] of activities.entries()) {
		await key(dialog.getByRole('button', { name: 'Activiteit toevoegen' }), 'Enter');
		const form = dialog.getByTestId('action-form');
		await typeInto(form.getByLabel('Activiteit', { exact: true }), title);
		await key(
			form
				.getByRole('group', { name: 'Voor welke prioriteiten?' })
				.getByRole('checkbox')
				.nth(i % 3),
			'Space'
		);
		await typeInto(form.getByLabel('Eigenaar', { exact: true }), owner);
		await key(form.getByLabel('Rol van Bewoners'), 'ArrowDown');
		await form.getByLabel('Startdatum').focus();
		await page.keyboard.type(start);
		await key(form.getByRole('button', { name: 'Activiteit bewaren' }), 'Enter');
		await expect(
			dialog.getByTestId('actions-table').getByRole('rowheader', { name: title })
		).toBeVisible();
	}
	await expect(dialog.getByTestId('actions-table').getByRole('row')).toHaveCount(5);
	// The order of day and month in a date field follows the browser's own locale, so only the
	// year is certain here.
	await expect(dialog.getByTestId('actions-table').getByText(/ 2027 – …$/)).toHaveCount(4);
	await expect(dialog.getByTestId('actions-table')).toContainText('Bewoners: Voert uit (R)');
	await expect(dialog.getByTestId('planning-table').getByRole('row')).toHaveCount(5);
	await finishAndMoveOn(page, 'Middelen');
	await finishAndMoveOn(page, 'Volgen en leren');

	// Step 10: a snapshot to compare with the next round.
	await typeInto(dialog.getByLabel('Naam van de momentopname'), 'Na de workshop');
	await key(dialog.getByRole('button', { name: 'Momentopname maken' }), 'Enter');
	await expect(dialog.getByTestId('snapshot-list')).toContainText('Na de workshop');
	await key(dialog.getByRole('button', { name: 'Stap afronden' }), 'Enter');
	await expect(dialog.getByTestId('save-status')).toHaveText('Alles is bewaard op dit apparaat.');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1, name: 'Volgen en leren' })).toBeVisible();
	const stepUrl = page.url();

	// Close the browser tab, go offline, open the app again.
	await context.setOffline(true);
	await page.close();
	const again = await context.newPage();
	await again.goto(stepUrl);
	await expect(again.getByRole('heading', { level: 1, name: 'Volgen en leren' })).toBeVisible();
	await expect(again.getByTestId('snapshot-list')).toContainText('Na de workshop');
	await key(again.getByRole('link', { name: 'Alle stappen' }), 'Enter');
	await expect(again.getByTestId('steps-done')).toHaveText('10 van de 10 stappen zijn klaar.');
	await key(again.getByRole('link', { name: '8. Rollen en activiteiten' }), 'Enter');
	const table = again.getByTestId('actions-table');
	await expect(table.getByRole('row')).toHaveCount(5);
	for (const [title, owner] of activities) {
		await expect(table.getByRole('row').filter({ hasText: title })).toContainText(owner);
	}
	await key(again.getByRole('link', { name: 'Prioriteren' }), 'Enter');
	await expect(again.getByTestId('priorities').getByRole('listitem')).toHaveCount(3);
	await expect(again.getByTestId('vote-results').getByTestId('vote-dots').first()).toHaveText('3');
	await key(again.getByRole('link', { name: 'Start' }), 'Enter');
	await expect(again.getByLabel('Notities')).toHaveValue('Workshop in het buurthuis.');
	await context.setOffline(false);
});

test('workshop mode has no serious or critical axe violations, and typing never turns the page', async ({
	page
}) => {
	test.setTimeout(90_000);
	const home = new HomePage(page);
	await home.open();
	await home.item('Voorbeeldwijk').getByRole('link', { name: 'Voorbeeldwijk' }).click();
	await expect(page).toHaveURL(/\/analyse\/[0-9a-f-]{36}$/);
	const analysisUrl = page.url();
	await page.goto(`${analysisUrl}/stappenplan/workshop/gaten`);
	const dialog = page.getByRole('dialog');
	await expect(heading(page, 'Waar zitten de gaten')).toBeVisible();
	await expect(dialog.getByTestId('evidence-top-gaps').getByRole('listitem')).toHaveCount(5);

	// Arrow keys in a text field move the caret, not the step.
	await dialog.getByLabel('Notities').focus();
	await page.keyboard.type('ab');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('PageUp');
	await expect(heading(page, 'Waar zitten de gaten')).toBeVisible();
	await key(dialog.getByRole('heading', { level: 1 }), 'ArrowLeft');
	await expect(heading(page, 'Wat is nodig')).toBeVisible();
	await expect(dialog.getByRole('heading', { level: 1 })).toBeFocused();

	expect(await seriousViolations(page)).toEqual([]);
});
