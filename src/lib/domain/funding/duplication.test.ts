import { describe, expect, it } from 'vitest';
import { existingHelp } from './duplication';

const offer = (
	id: string,
	name: string,
	kind: string,
	categories: string[],
	status = 'actief'
) => ({
	id,
	name,
	kind,
	status: status as 'actief',
	categories
});
const offers = [
	offer('1', 'BuurtApp Overvecht', 'digitaal-platform', ['klussen', 'ontmoeting']),
	offer('2', 'WeHelpen', 'digitaal-platform', ['klussen']),
	offer('3', 'Klusbus', 'vrijwilligersorganisatie', ['klussen']),
	offer('4', 'Oude app', 'digitaal-platform', ['klussen'], 'gestopt'),
	offer('5', 'Taalhuis', 'professionele-dienst', ['taal'])
];
const placement = new Map([
	['1', 'WK034403'],
	['2', 'WK034403'],
	['3', 'WK034401'],
	['4', 'WK034403'],
	['5', 'WK034406']
]);

describe('existingHelp', () => {
	it('finds the active offers and platforms that already serve the need in the named areas', () => {
		const found = existingHelp(
			{ areaCodes: ['WK034403'], categories: ['klussen', 'ontmoeting'] },
			offers,
			placement
		);
		expect(found.offers.map((o) => o.name)).toEqual(['BuurtApp Overvecht', 'WeHelpen']);
		expect(found.platforms).toHaveLength(2);
		expect(found.cells.map((c) => [c.category, c.offers.length])).toEqual([
			['klussen', 2],
			['ontmoeting', 1]
		]);
	});

	it('finds nothing where no offer serves the category', () => {
		const found = existingHelp(
			{ areaCodes: ['WK034403'], categories: ['taal'] },
			offers,
			placement
		);
		expect(found).toEqual({ cells: [], offers: [], platforms: [] });
	});
});
