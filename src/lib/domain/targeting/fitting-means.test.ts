import { describe, expect, it } from 'vitest';
import { meansTypes } from '../methodology/schema';
import { readMethodology } from '../../../test-support/methodology';
import { fittingMeans } from './fitting-means';

const catalogue = readMethodology().means.means;
const ids = (category: string, groups: string[] = []) =>
	fittingMeans(catalogue, category, groups).map((item) => item.id);

describe('fittingMeans', () => {
	it('puts strengthening what exists first and new platforms last', () => {
		const found = fittingMeans(catalogue, 'boodschappen', []);
		const order = found.map((item) => meansTypes.indexOf(item.type));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(found[0].type).toBe('strengthen-existing');
		expect(found.at(-1)!.isNewDigitalTool).toBe(true);
	});

	it('keeps only means that suit the category, or every category', () => {
		const found = fittingMeans(catalogue, 'taal', []);
		for (const item of found) {
			expect(item.categories.length === 0 || item.categories.includes('taal')).toBe(true);
		}
		expect(found.map((item) => item.id)).toContain('taalcafe');
		expect(found.map((item) => item.id)).not.toContain('klussendienst');
	});

	it('leaves out means for other target groups when the needs name groups', () => {
		expect(ids('klussen')).toContain('buurtplatform');
		expect(ids('klussen', ['eenzame-ouderen'])).not.toContain('buurtplatform');
		expect(ids('klussen', ['eenzame-ouderen'])).toContain('klussendienst');
	});

	it('prefers, within one type, means that name more of the groups', () => {
		// buurtkamer comes first in the catalogue but names only one of the two groups.
		const found = ids('gezelschap', ['eenzame-ouderen', 'mantelzorgers']);
		expect(found.indexOf('boodschappenmaatje')).toBeGreaterThan(-1);
		expect(found.indexOf('boodschappenmaatje')).toBeLessThan(found.indexOf('buurtkamer'));
	});

	it('suggests nothing for a category the catalogue does not know, except generic means', () => {
		const found = fittingMeans(catalogue, 'onbekend', []);
		expect(found.every((item) => item.categories.length === 0)).toBe(true);
	});
});
