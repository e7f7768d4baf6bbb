import { describe, expect, it } from 'vitest';
import type { Vote, VotingRound } from '../records';
import {
	ballotProblem,
	ballotVotes,
	nextParticipant,
	rankByVotes,
	resultsVisible,
	suggestedDots,
	tally
} from './voting';

const analysisId = '00000000-0000-4000-8000-000000000001';
const candidates = ['BU1:vervoer', 'BU1:taal', 'BU2:vervoer'];
const round: VotingRound = {
	id: '00000000-0000-4000-8000-000000000002',
	rev: 1,
	updatedAt: '2026-11-23T10:00:00.000Z',
	analysisId,
	round: 1,
	mode: 'apparaat',
	participants: 3,
	dotsPerParticipant: 3,
	candidates,
	status: 'open'
};

let n = 0;
function vote(participant: string, key: string, dots: number, inRound = 1): Vote {
	const [areaCode, category] = key.split(':') as [string, string];
	return {
		id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
		rev: 1,
		updatedAt: '2026-11-23T10:00:00.000Z',
		analysisId,
		round: inRound,
		participant,
		areaCode,
		category,
		dots
	};
}

describe('dot voting', () => {
	it('suggests about a third of the ballot in dots, between 1 and 5', () => {
		expect(suggestedDots(1)).toBe(1);
		expect(suggestedDots(9)).toBe(3);
		expect(suggestedDots(40)).toBe(5);
	});

	it('refuses a ballot with more dots than allowed, no dots, parts of dots or a gap not on it', () => {
		expect(ballotProblem({ 'BU1:vervoer': 2, 'BU1:taal': 2 }, candidates, 3)).toEqual({
			kind: 'too-many',
			used: 4,
			allowed: 3
		});
		expect(ballotProblem({ 'BU1:vervoer': 0 }, candidates, 3)).toEqual({ kind: 'empty' });
		expect(ballotProblem({ 'BU1:vervoer': 1.5 }, candidates, 3)).toEqual({
			kind: 'not-whole',
			key: 'BU1:vervoer'
		});
		expect(ballotProblem({ 'BU9:taal': 1 }, candidates, 3)).toEqual({
			kind: 'not-on-ballot',
			key: 'BU9:taal'
		});
		expect(ballotProblem({ 'BU1:vervoer': 3 }, candidates, 3)).toBeNull();
	});

	it('hides the results until every participant has voted, and names who is next', () => {
		const votes = [vote('deelnemer-1', 'BU1:taal', 3), vote('deelnemer-2', 'BU1:taal', 1)];
		expect(nextParticipant(round, votes)).toBe('deelnemer-3');
		expect(resultsVisible(round, votes)).toBe(false);
		const all = [...votes, vote('deelnemer-3', 'BU2:vervoer', 2)];
		expect(nextParticipant(round, all)).toBeNull();
		expect(resultsVisible(round, all)).toBe(true);
	});

	it('shows results of a closed round and of paper tallies at once', () => {
		expect(resultsVisible({ ...round, status: 'gesloten' }, [])).toBe(true);
		expect(resultsVisible({ ...round, mode: 'papier' }, [])).toBe(true);
	});

	it('tallies the dots of one round only, counting gaps without dots as 0', () => {
		const votes = [
			vote('deelnemer-1', 'BU1:taal', 2),
			vote('deelnemer-2', 'BU1:taal', 1),
			vote('papier', 'BU2:vervoer', 4),
			vote('deelnemer-1', 'BU1:vervoer', 3, 2)
		];
		expect(Object.fromEntries(tally(votes, round))).toEqual({
			'BU1:vervoer': 0,
			'BU1:taal': 3,
			'BU2:vervoer': 4
		});
	});

	it('ranks by dots, then by gap index, and lets exact ties share a place', () => {
		const totals = new Map([
			['BU1:vervoer', 2],
			['BU1:taal', 2],
			['BU2:vervoer', 5]
		]);
		const ranked = rankByVotes(totals, candidates, (key) => (key === 'BU1:taal' ? 130 : 110));
		expect(ranked).toEqual([
			{ key: 'BU2:vervoer', dots: 5, place: 1 },
			{ key: 'BU1:taal', dots: 2, place: 2 },
			{ key: 'BU1:vervoer', dots: 2, place: 3 }
		]);
		const tied = rankByVotes(new Map(), candidates, () => 100);
		expect(tied.map((r) => r.place)).toEqual([1, 1, 1]);
	});

	it('turns a ballot into one vote per gap with dots', () => {
		expect(ballotVotes({ 'BU1:taal': 2, 'BU1:vervoer': 0 }, 'deelnemer-1')).toEqual([
			{ participant: 'deelnemer-1', key: 'BU1:taal', dots: 2 }
		]);
	});
});
