import { describe, expect, it } from 'vitest';
import { readRawMethodology as readRaw } from '../../../test-support/methodology';
import { MethodologyError, parseMethodology } from './load';

describe('the methodology files', () => {
	it('all validate against their schemas and agree with each other', () => {
		expect(() => parseMethodology(readRaw())).not.toThrow();
	});

	it('hold the ten steps of the stappenplan, in order', () => {
		const { steps } = parseMethodology(readRaw());
		expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(steps.map((s) => s.id)).toEqual([
			'start',
			'wijkbeeld',
			'wat-is-er-al',
			'wat-is-nodig',
			'gaten',
			'prioriteren',
			'doel-en-middel',
			'rollen-en-activiteiten',
			'middelen',
			'volgen-en-leren'
		]);
	});

	it('name the help categories and target groups of the product brief', () => {
		const { taxonomy } = parseMethodology(readRaw());
		expect(taxonomy.categories.map((c) => c.label.nl)).toEqual(
			expect.arrayContaining(['Boodschappen', 'Vervoer', 'Klussen', 'Digitale hulp', 'Taal'])
		);
		expect(taxonomy.targetGroups.map((t) => t.label.nl)).toEqual(
			expect.arrayContaining(['Eenzame ouderen', 'Mantelzorgers', 'Statushouders'])
		);
	});

	it('offer every kind of means, including the three platform types', () => {
		const { means } = parseMethodology(readRaw());
		const types = new Set(means.means.map((m) => m.type));
		expect([...types].sort()).toEqual([
			'care-coordination',
			'community-platform',
			'existing-platform',
			'marketplace',
			'offline-activity',
			'strengthen-existing'
		]);
	});
});

describe('parseMethodology', () => {
	it('reports a reference to an unknown category with its file and path', () => {
		const raw = readRaw();
		const means = structuredClone(raw['means.json']) as { means: { categories: string[] }[] };
		means.means[0]!.categories.push('paardrijden');
		raw['means.json'] = means;
		try {
			parseMethodology(raw);
			expect.unreachable('an unknown category must be refused');
		} catch (error) {
			expect(error).toBeInstanceOf(MethodologyError);
			expect((error as MethodologyError).problems).toContainEqual({
				file: 'means.json',
				path: expect.stringMatching(/^means\.0\.categories\.\d+$/),
				message: 'unknown category "paardrijden"'
			});
		}
	});

	it('refuses a step that lacks its English text, naming the field', () => {
		const raw = readRaw();
		const steps = structuredClone(raw['steps.json']) as { steps: { title: { en?: string } }[] };
		delete steps.steps[2]!.title.en;
		raw['steps.json'] = steps;
		expect(() => parseMethodology(raw)).toThrow(/steps\.json at steps\.2\.title\.en/);
	});

	it('refuses steps that are out of order', () => {
		const raw = readRaw();
		const steps = structuredClone(raw['steps.json']) as { steps: unknown[] };
		steps.steps.reverse();
		raw['steps.json'] = steps;
		expect(() => parseMethodology(raw)).toThrow(/expected step number 1, found 10/);
	});

	it('refuses a category without demand indicators in the scoring model', () => {
		const raw = readRaw();
		const scoring = structuredClone(raw['scoring.json']) as { demand: { categories: unknown[] } };
		scoring.demand.categories.pop();
		raw['scoring.json'] = scoring;
		expect(() => parseMethodology(raw)).toThrow(/has no demand indicators/);
	});
});
