import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { meansFit } from './means-fit';

const catalogue = readMethodology().means.means;

describe('meansFit', () => {
	it('says a language café fits a language gap for status holders', () => {
		const fit = meansFit(
			{ meansType: 'taalcafe', categories: ['taal'], targetGroups: ['statushouders'] },
			catalogue
		);
		expect(fit.verdict).toBe('fits');
		expect(fit.fitting).toEqual(['taal']);
	});

	it('asks for lighter means first when a new platform is asked for where they fit too', () => {
		const fit = meansFit(
			{ meansType: 'buurtplatform', categories: ['klussen'], targetGroups: [] },
			catalogue
		);
		expect(fit.verdict).toBe('lighter-first');
		expect(fit.lighter.map((m) => m.id)).toContain('klussendienst');
		expect(fit.lighter.every((m) => !m.isNewDigitalTool)).toBe(true);
	});

	it('says a means does not fit a category the catalogue does not suit it to', () => {
		const fit = meansFit(
			{ meansType: 'taalcafe', categories: ['klussen'], targetGroups: [] },
			catalogue
		);
		expect(fit.verdict).toBe('does-not-fit');
	});

	it('says when the catalogue does not know the means', () => {
		expect(
			meansFit({ meansType: 'raket', categories: ['taal'], targetGroups: [] }, catalogue).verdict
		).toBe('unknown-means');
	});
});
