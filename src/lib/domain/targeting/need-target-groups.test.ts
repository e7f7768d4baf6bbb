import { describe, expect, it } from 'vitest';
import { needTargetGroups } from './need-target-groups';

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
