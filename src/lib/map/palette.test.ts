import { describe, expect, it } from 'vitest';
import { contrastRatio } from '$lib/charts/contrast';
import { methodology } from '$lib/state/methodology';
import { categoryColours, unknownCategoryColour } from './palette';
import { mapBackground } from './style';

describe('categoryColours', () => {
	it('gives every category of the taxonomy its own colour, as the methodology sets it', () => {
		const categories = methodology.taxonomy.categories;
		const colours = categoryColours(categories);
		expect(colours.size).toBe(categories.length);
		expect(new Set(colours.values()).size).toBe(categories.length);
		expect(colours.get(categories[0]!.id)).toBe(categories[0]!.color);
	});

	it('keeps every category at 3:1 contrast or more against the map without a basemap', () => {
		const colours = categoryColours(methodology.taxonomy.categories);
		for (const colour of [...colours.values(), unknownCategoryColour]) {
			expect(contrastRatio(colour, mapBackground), colour).toBeGreaterThanOrEqual(3);
		}
	});
});
