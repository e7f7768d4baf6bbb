import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { StappenplanPage } from './pages/stappenplan-page';

/** Puts the two largest gaps on the short list with a tally from paper; returns the overview URL. */
async function twoPriorities(page: Page): Promise<string> {
	const plan = new StappenplanPage(page);
	await plan.open();
	const overview = page.url();
	await page.goto(`${overview}/prioriteren`);
	const voting = page.getByTestId('voting');
	await voting.getByLabel('Op papier; de begeleider voert de telling in').check();
	await voting.getByLabel('Aantal gaten op het stembiljet').fill('2');
	await voting.getByRole('button', { name: 'Stemronde starten' }).click();
	await page.getByTestId('ballot').getByRole('spinbutton').nth(0).fill('5');
	await page.getByTestId('ballot').getByRole('spinbutton').nth(1).fill('3');
	await page.getByRole('button', { name: 'Telling bewaren' }).click();
	await page.getByRole('button', { name: 'Korte lijst bevestigen' }).click();
	await expect(page.getByTestId('priorities').getByRole('listitem')).toHaveCount(2);
	return overview;
}

test('per priority the team records a goal, a sharp result, means from the catalogue and success answers', async ({
	page
}) => {
	const overview = await twoPriorities(page);
	await page.goto(`${overview}/doel-en-middel`);
	const first = page.getByTestId('priority-card').first();
	await first.getByLabel('Doel', { exact: true }).fill('Ouderen komen op tijd bij de huisarts.');
	await first.getByRole('button', { name: 'Resultaat toevoegen' }).click();
	await first.getByLabel('Wat', { exact: true }).fill('ritten naar de huisarts per maand');
	await first.getByLabel('Hoeveel').fill('40');
	await first.getByLabel('Wanneer').fill('2027-06-30');
	// The catalogue is filtered for the gap; the lightest means come first.
	await expect(first.getByTestId('means-filter')).toContainText('Gekozen voor deze hulpcategorie');
	const means = first.getByRole('group', { name: /Middelen die passen bij dit gat/ });
	await expect(means.getByRole('checkbox').first()).toBeVisible();
	await means.getByRole('checkbox').first().check();
	const residents = first.getByRole('group', { name: /Zijn bewoners aan zet/ });
	await residents.getByLabel('Deels').check();
	await residents.getByLabel('Toelichting').fill('Twee bewoners denken mee.');
	await new StappenplanPage(page).saved();

	await page.reload();
	const again = page.getByTestId('priority-card').first();
	await expect(again.getByLabel('Doel', { exact: true })).toHaveValue(
		'Ouderen komen op tijd bij de huisarts.'
	);
	await expect(again.getByLabel('Hoeveel')).toHaveValue('40');
	await expect(again.getByLabel('Wanneer')).toHaveValue('2027-06-30');
	await expect(
		again
			.getByRole('group', { name: /Middelen die passen bij dit gat/ })
			.getByRole('checkbox')
			.first()
	).toBeChecked();
	const residentsAgain = again.getByRole('group', { name: /Zijn bewoners aan zet/ });
	await expect(residentsAgain.getByLabel('Deels')).toBeChecked();
	await expect(residentsAgain.getByLabel('Toelichting')).toHaveValue('Twee bewoners denken mee.');
	expect(await seriousViolations(page)).toEqual([]);
});

test('the action plan holds activities with roles, owners and dates, and a planning view of where and who else', async ({
	page
}) => {
	const overview = await twoPriorities(page);
	await page.goto(`${overview}/rollen-en-activiteiten`);
	const plan = page.getByTestId('action-plan');
	await plan.getByRole('button', { name: 'Activiteit toevoegen' }).click();
	const form = page.getByTestId('action-form');
	await form.getByRole('button', { name: 'Activiteit bewaren' }).click();
	await expect(form.getByRole('alert')).toHaveText('Geef de activiteit een naam.');

	await form.getByLabel('Activiteit', { exact: true }).fill('Vrijwilligers werven');
	await form
		.getByRole('group', { name: 'Voor welke prioriteiten?' })
		.getByRole('checkbox')
		.first()
		.check();
	await form.getByLabel('Eigenaar', { exact: true }).fill('Welzijnsorganisatie');
	await form.getByLabel('Rol van Bewoners').selectOption({ label: 'Voert uit (R)' });
	await form.getByLabel('Wie namens Bewoners').fill('Bewonersgroep');
	await form.getByLabel('Rol van Gemeente').selectOption({ label: 'Op de hoogte (I)' });
	await form.getByLabel('Startdatum').fill('2027-03-01');
	await form.getByLabel('Einddatum').fill('2027-01-01');
	await form.getByRole('button', { name: 'Activiteit bewaren' }).click();
	await expect(form.getByRole('alert')).toHaveText(
		'De einddatum ligt voor de startdatum. Kies een latere einddatum.'
	);
	await form.getByLabel('Einddatum').fill('2027-12-31');
	await form.getByRole('button', { name: 'Activiteit bewaren' }).click();

	const table = page.getByTestId('actions-table');
	await expect(table.getByRole('rowheader', { name: 'Vrijwilligers werven' })).toBeVisible();
	await expect(table).toContainText('Bewoners: Voert uit (R) (Bewonersgroep)');
	await expect(table).toContainText('Gemeente: Op de hoogte (I)');
	await expect(table).toContainText('Welzijnsorganisatie');

	const planning = page.getByTestId('planning-table');
	const row = planning.getByRole('row').filter({ hasText: 'Vrijwilligers werven' });
	const firstPriority = (
		await page.getByTestId('evidence-priorities').getByRole('listitem').first().innerText()
	).split(' · ')[0]!;
	await expect(row.getByRole('cell').first()).toHaveText(firstPriority);
	await expect(row.getByRole('cell').nth(1)).not.toBeEmpty();

	await page.reload();
	await expect(
		page.getByTestId('actions-table').getByRole('rowheader', { name: 'Vrijwilligers werven' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Vrijwilligers werven wijzigen' }).click();
	await page.getByTestId('action-form').getByLabel('Stand').selectOption({ label: 'Bezig' });
	await page.getByTestId('action-form').getByRole('button', { name: 'Activiteit bewaren' }).click();
	await expect(page.getByTestId('actions-table')).toContainText('Bezig');
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Vrijwilligers werven verwijderen' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
	await expect(page.getByText('Er staan nog geen activiteiten in het plan.').first()).toBeVisible();
});

test('a snapshot shows no change at first, and the changed decisions and priorities later', async ({
	page
}) => {
	const plan = new StappenplanPage(page);
	await plan.open();
	const overview = page.url();
	await page.goto(`${overview}/volgen-en-leren`);
	const snapshots = page.getByTestId('snapshots');
	await snapshots.getByLabel('Naam van de momentopname').fill('Ronde 1');
	await snapshots.getByRole('button', { name: 'Momentopname maken' }).click();
	await expect(page.getByTestId('snapshot-list')).toContainText('Ronde 1');
	await expect(page.getByTestId('snapshot-diff')).toHaveText(
		'Er is niets veranderd sinds de laatste momentopname.'
	);

	await page.goto(`${overview}/start`);
	await page
		.getByRole('group', { name: 'Wie heeft de leiding?' })
		.getByLabel('Gemeente', { exact: true })
		.check();
	await plan.saved();
	await twoPrioritiesFrom(page, overview);
	await page.goto(`${overview}/volgen-en-leren`);
	const diff = page.getByTestId('snapshot-diff');
	await expect(diff).toContainText('Veranderde of nieuwe besluiten: 1.');
	await expect(diff.getByText(/^Nieuwe prioriteit: /)).toHaveCount(2);
});

async function twoPrioritiesFrom(page: Page, overview: string): Promise<void> {
	await page.goto(`${overview}/prioriteren`);
	const voting = page.getByTestId('voting');
	await voting.getByLabel('Op papier; de begeleider voert de telling in').check();
	await voting.getByLabel('Aantal gaten op het stembiljet').fill('2');
	await voting.getByRole('button', { name: 'Stemronde starten' }).click();
	await page.getByTestId('ballot').getByRole('spinbutton').nth(0).fill('5');
	await page.getByRole('button', { name: 'Telling bewaren' }).click();
	await page.getByRole('button', { name: 'Korte lijst bevestigen' }).click();
	await expect(page.getByTestId('priorities').getByRole('listitem')).toHaveCount(2);
}
