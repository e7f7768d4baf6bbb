import { describe, expect, it } from 'vitest';
import { readMethodology } from '../../test-support/methodology';
import {
	checkNeedForm,
	checkOfferForm,
	type FormContext,
	type NeedFormValues,
	type OfferFormValues
} from './record-editor-validation';
import { needToValues, newNeedValues, newOfferValues, numberText } from './record-editor-values';

const { taxonomy } = readMethodology();
const context: FormContext = {
	taxonomy,
	areaCodes: new Set(['BU00010001']),
	today: '2026-03-01'
};

function offerForm(fields: Partial<OfferFormValues> = {}): OfferFormValues {
	return {
		...newOfferValues({ location: null, areaCode: 'BU00010001' }, taxonomy),
		name: 'Taalcafé',
		categories: ['taal'],
		...fields
	};
}

function needForm(fields: Partial<NeedFormValues> = {}): NeedFormValues {
	return {
		...newNeedValues({ location: null, areaCode: 'BU00010001' }, taxonomy, '2026-02-01'),
		category: 'vervoer',
		targetGroup: 'eenzame-ouderen',
		count: '12',
		...fields
	};
}

describe('checkOfferForm', () => {
	it('turns a correct form into a draft the schema accepts, with Dutch decimals read', () => {
		const check = checkOfferForm(
			offerForm({ capacity: '2,5', reachMeters: '800', lastVerified: '1-2-2026', name: ' Taal ' }),
			context
		);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.draft).toMatchObject({
			name: 'Taal',
			capacity: 2.5,
			reachMeters: 800,
			lastVerified: '2026-02-01',
			areaCode: 'BU00010001',
			status: 'actief'
		});
	});

	it('names every field that is wrong, with the rule it broke', () => {
		const check = checkOfferForm(
			offerForm({
				name: '  ',
				categories: [],
				kind: 'onbekend',
				capacity: '-1',
				reachMeters: '0',
				lastVerified: '2027-01-01',
				areaCode: 'BU99999999',
				organisation: 'x'.repeat(201)
			}),
			context
		);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.problems.map((p) => [p.field, p.code, p.limit])).toEqual([
			['name', 'required', undefined],
			['organisation', 'too-long', 200],
			['kind', 'unknown-choice', undefined],
			['categories', 'choose-one', undefined],
			['areaCode', 'unknown-area', undefined],
			['reachMeters', 'not-above', 0],
			['capacity', 'too-small', 0],
			['lastVerified', 'future-date', undefined]
		]);
	});

	it('refuses text that is not a number, and a number it cannot read without guessing', () => {
		const check = checkOfferForm(offerForm({ capacity: 'veel', reachMeters: '1.500' }), context);
		expect(check.ok ? [] : check.problems.map((p) => p.code)).toEqual([
			'ambiguous-number',
			'not-a-number'
		]);
	});

	it('warns about personal data in free text but still lets an offer be saved', () => {
		const check = checkOfferForm(
			offerForm({
				description: 'Bel 06-12345678 of mail info@example.nl, vraag naar mevrouw Jansen'
			}),
			context
		);
		expect(check.ok).toBe(true);
		expect(check.warnings.map((w) => [w.field, w.kind])).toEqual([
			['description', 'phone'],
			['description', 'email'],
			['description', 'person-name']
		]);
	});
});

describe('checkNeedForm', () => {
	it('accepts a need with a count and today as the date', () => {
		const check = checkNeedForm(needForm({ count: '3', date: '2026-03-01' }), context);
		expect(check.ok && check.draft).toMatchObject({
			count: 3,
			date: '2026-03-01',
			areaCode: 'BU00010001'
		});
	});

	it('never lets a need hold a resident’s name, and warns about other personal data', () => {
		const check = checkNeedForm(
			needForm({ note: 'Meneer De Vries op 3511 AB 12 kan niet meer fietsen' }),
			context
		);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.problems).toEqual([
			{ field: 'note', code: 'named-resident', value: 'Meneer De Vries' }
		]);
		expect(check.warnings.map((w) => w.kind)).toEqual(['postcode-house-number']);
	});

	it('asks for a count above zero, a real date and chosen category and group', () => {
		const check = checkNeedForm(
			needForm({ count: '0', date: '31-02-2026', category: '', targetGroup: '' }),
			context
		);
		expect(check.ok ? [] : check.problems.map((p) => [p.field, p.code])).toEqual([
			['category', 'required'],
			['targetGroup', 'required'],
			['count', 'not-above'],
			['date', 'invalid-date']
		]);
	});
});

describe('form values', () => {
	it('write a number so that it reads back as the same number', () => {
		expect(numberText(null)).toBe('');
		expect(numberText(1500)).toBe('1500');
		expect(numberText(1.125)).toBe('1.1250');
		const need = checkNeedForm(needForm({ count: numberText(1.125) }), context);
		expect(need.ok && need.draft.count).toBe(1.125);
	});

	it('turn a stored need into form values and back unchanged', () => {
		const check = checkNeedForm(needForm({ count: '7,5', note: 'Vaak alleen' }), context);
		if (!check.ok) throw new Error('expected a valid need');
		const again = checkNeedForm(
			needToValues({
				...check.draft,
				id: '00000000-0000-4000-8000-000000000001',
				rev: 1,
				updatedAt: '2026-01-01T00:00:00.000Z',
				analysisId: '00000000-0000-4000-8000-000000000002'
			}),
			context
		);
		expect(again.ok && again.draft).toEqual(check.draft);
	});
});
