import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/charts/contrast';
import { methodology } from '$lib/state/methodology';
import { categoryColours, categoryPalette, unknownCategoryColour } from './palette';

describe('categoryColours', () => {
	it('gives every category of the taxonomy its own colour', () => {
		const ids = methodology.taxonomy.categories.map((c) => c.id);
		const colours = categoryColours(ids);
		expect(colours.size).toBe(ids.length);
		expect(new Set(colours.values()).size).toBe(Math.min(ids.length, categoryPalette.length));
	});

	it('keeps 3:1 contrast against a white and a light grey map', () => {
		for (const colour of [...categoryPalette, unknownCategoryColour]) {
			expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(colour, '#e8e8e8'), colour).toBeGreaterThanOrEqual(3);
		}
	});
});
