import { describe, expect, it } from 'vitest';
import { needSourceCounts, needTargetGroups } from './need-target-groups';

// Needs by id: category, target group, source, and the area the engine placed them in.
const rows = [
	['1', 'vervoer', 'mantelzorgers', 'wijkschouw', 'BU1'],
	['2', 'vervoer', 'eenzame-ouderen', 'enquete', 'BU1'],
	['3', 'vervoer', 'mantelzorgers', 'wijkschouw', 'BU1'],
	['4', 'taal', 'statushouders', 'enquete', 'BU1'],
	['5', 'vervoer', 'jonge-gezinnen', 'enquete', 'BU2'],
	['6', 'vervoer', 'eenzame-ouderen', 'huisbezoek', 'BU1']
] as const;
const needs = rows.map(([id, category, targetGroup, source]) => ({
	id,
	category,
	targetGroup,
	source
}));
const placement = new Map<string, string | null>(rows.map((row) => [row[0], row[4]]));

describe('needTargetGroups', () => {
	it('names each target group of the needs in one area and category once, sorted', () => {
		expect(needTargetGroups(needs, placement, 'BU1', 'vervoer')).toEqual([
			'eenzame-ouderen',
			'mantelzorgers'
		]);
	});
});

describe('needSourceCounts', () => {
	it('counts the signals per source in one area and category, most first', () => {
		expect(needSourceCounts(needs, placement, 'BU1', 'vervoer')).toEqual([
			['wijkschouw', 2],
			['enquete', 1],
			['huisbezoek', 1]
		]);
		expect(needSourceCounts(needs, placement, 'BU3', 'vervoer')).toEqual([]);
	});
});
