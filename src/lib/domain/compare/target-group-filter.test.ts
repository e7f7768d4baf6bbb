import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../../test-support/methodology';
import { categoriesForTargetGroup } from './target-group-filter';

const methodology = readMethodology();
const ids = methodology.taxonomy.categories.map((c) => c.id);

describe('categoriesForTargetGroup', () => {
	it('keeps the categories of the means made for the group, in display order', () => {
		const found = categoriesForTargetGroup('statushouders', [], methodology.means.means, ids);
		expect(found).toContain('taal');
		expect(found).not.toContain('klussen');
		expect(found).toEqual(ids.filter((id) => found.includes(id)));
	});

	it('adds the categories in which need signals name the group', () => {
		const needs = [{ category: 'klussen', targetGroup: 'statushouders' }];
		expect(
			categoriesForTargetGroup('statushouders', needs, methodology.means.means, ids)
		).toContain('klussen');
	});
});
