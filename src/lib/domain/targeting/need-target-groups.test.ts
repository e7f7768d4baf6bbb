import { describe, expect, it } from 'vitest';
import { needSourceCounts, needTargetGroups } from './need-target-groups';

describe('needTargetGroups', () => {
	it('names each target group of the needs in one area and category once, sorted', () => {
		const needs = [
			{ id: '1', category: 'vervoer', targetGroup: 'mantelzorgers' },
			{ id: '2', category: 'vervoer', targetGroup: 'eenzame-ouderen' },
			{ id: '3', category: 'vervoer', targetGroup: 'mantelzorgers' },
			{ id: '4', category: 'taal', targetGroup: 'statushouders' },
			{ id: '5', category: 'vervoer', targetGroup: 'jonge-gezinnen' }
		];
		const placement = new Map([
			['1', 'BU1'],
			['2', 'BU1'],
			['3', 'BU1'],
			['4', 'BU1'],
			['5', 'BU2']
		]);
		expect(needTargetGroups(needs, placement, 'BU1', 'vervoer')).toEqual([
			'eenzame-ouderen',
			'mantelzorgers'
		]);
	});
});

describe('needSourceCounts', () => {
	it('counts the signals per source in one area and category, most first', () => {
		const needs = [
			{ id: '1', category: 'vervoer', source: 'wijkschouw' },
			{ id: '2', category: 'vervoer', source: 'enquete' },
			{ id: '3', category: 'vervoer', source: 'wijkschouw' },
			{ id: '4', category: 'taal', source: 'enquete' },
			{ id: '5', category: 'vervoer', source: 'enquete' },
			{ id: '6', category: 'vervoer', source: 'huisbezoek' }
		];
		const placement = new Map([
			['1', 'BU1'],
			['2', 'BU1'],
			['3', 'BU1'],
			['4', 'BU1'],
			['5', 'BU2'],
			['6', 'BU1']
		]);
		expect(needSourceCounts(needs, placement, 'BU1', 'vervoer')).toEqual([
			['wijkschouw', 2],
			['enquete', 1],
			['huisbezoek', 1]
		]);
		expect(needSourceCounts(needs, placement, 'BU3', 'vervoer')).toEqual([]);
	});
});
