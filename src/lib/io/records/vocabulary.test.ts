import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { importVocabulary } from './vocabulary';

const vocabulary = importVocabulary(readMethodology().taxonomy);

describe('importVocabulary', () => {
	it('finds a category by id, Dutch label or English label, in any case', () => {
		for (const text of ['digitale-hulp', 'Digitale hulp', 'DIGITAL HELP', 'digitale_hulp']) {
			expect(vocabulary.categories(text)).toBe('digitale-hulp');
		}
	});

	it('ignores accents and apostrophes', () => {
		expect(vocabulary.needSources('Enquete')).toBe('enquete');
		expect(vocabulary.needSources('Enquête')).toBe('enquete');
		expect(vocabulary.needSources('residents evening')).toBe('bewonersavond');
	});

	it('knows the Dutch and English names of states, units and confidence levels', () => {
		expect(vocabulary.statuses('Paused')).toBe('gepauzeerd');
		expect(vocabulary.countUnits('households')).toBe('huishoudens');
		expect(vocabulary.confidences('Medium')).toBe('middel');
	});

	it('finds nothing for an unknown value', () => {
		expect(vocabulary.categories('paardrijden')).toBeNull();
		expect(vocabulary.offerKinds('')).toBeNull();
	});
});
