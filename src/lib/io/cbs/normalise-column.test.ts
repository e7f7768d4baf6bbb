import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/methodology/schema';
import { readMethodology } from '../../../test-support/methodology';
import { matchIndicatorColumns, normaliseColumnName } from './normalise-column';

const { indicators } = readMethodology();

function indicator(id: string, cbsNames: string[]): Indicator {
	const text = { nl: id, en: id };
	return { id, label: text, unit: 'count', cbsNames, description: text };
}

describe('normaliseColumnName', () => {
	it('gives the GeoPackage, PDOK and StatLine names of one figure the same normal form', () => {
		for (const name of [
			'AantalInwoners_5',
			'aantal_inwoners',
			'aantalInwoners',
			' AANTAL_INWONERS '
		]) {
			expect(normaliseColumnName(name)).toBe('aantalinwoners');
		}
	});

	it('drops a StatLine suffix only when an underscore precedes it', () => {
		expect(normaliseColumnName('k_65JaarOfOuder_12')).toBe('k65jaarofouder');
		expect(normaliseColumnName('stedelijkheid_adressen_per_km2')).toBe(
			'stedelijkheidadressenperkm2'
		);
		expect(normaliseColumnName('Omgevingsadressendichtheid_121')).toBe(
			'omgevingsadressendichtheid'
		);
	});

	it('drops only the last suffix and keeps digits inside the name', () => {
		expect(normaliseColumnName('percentage_personen_0_tot_15_jaar')).toBe(
			'percentagepersonen0tot15jaar'
		);
		expect(normaliseColumnName('k_40HuishoudensMetLaagsteInkomen_84')).toBe(
			'k40huishoudensmetlaagsteinkomen'
		);
	});
});

describe('matchIndicatorColumns', () => {
	it('finds StatLine columns for the indicators that list their normal form', () => {
		const match = matchIndicatorColumns(
			['AantalInwoners_5', 'k_65JaarOfOuder_12', 'Mannen_6'],
			indicators
		);
		expect(match.columns).toEqual({
			inwoners: ['AantalInwoners_5'],
			'inwoners-65-plus': ['k_65JaarOfOuder_12']
		});
		expect(match.missing).toContain('wmo-clienten');
		expect(match.missing).not.toContain('inwoners');
		expect(match.ambiguous).toEqual([]);
	});

	it('keeps a count and a percentage with look-alike names apart', () => {
		const match = matchIndicatorColumns(
			['HuishoudensMetKinderen_32', 'percentage_huishoudens_met_kinderen'],
			indicators
		);
		expect(match.columns['huishoudens-met-kinderen']).toEqual(['HuishoudensMetKinderen_32']);
		expect(match.columns['huishoudens-met-kinderen-pct']).toEqual([
			'percentage_huishoudens_met_kinderen'
		]);
	});

	it('orders several candidate columns by cbsNames first, then by file order, and reports them', () => {
		const urbanity = indicator('stedelijkheid', [
			'matevanstedelijkheid',
			'stedelijkheidadressenperkm2'
		]);
		const match = matchIndicatorColumns(
			['stedelijkheid_adressen_per_km2', 'mateVanStedelijkheid', 'MateVanStedelijkheid_120'],
			[urbanity]
		);
		const columns = [
			'mateVanStedelijkheid',
			'MateVanStedelijkheid_120',
			'stedelijkheid_adressen_per_km2'
		];
		expect(match.columns).toEqual({ stedelijkheid: columns });
		expect(match.ambiguous).toEqual([{ indicator: 'stedelijkheid', columns }]);
	});

	it('lists every indicator as missing when no column fits', () => {
		const match = matchIndicatorColumns(['buurtcode', 'buurtnaam'], indicators);
		expect(match.columns).toEqual({});
		expect(match.missing).toEqual(indicators.map((i) => i.id));
	});
});
