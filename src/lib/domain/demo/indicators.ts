import type { Random } from './random';
import type { BuurtProfile } from './content';

/**
 * CBS-like figures for one fictional buurt, keyed by indicator id from
 * `methodology/indicators.json`. Values are drawn around the buurt's profile with a little noise;
 * figures CBS would suppress for a buurt this small are `null`, as in real CBS files.
 *
 * @param areaKm2 the buurt's area in km², for the density figures
 */
export function demoIndicators(
	profile: BuurtProfile,
	areaKm2: number,
	random: Random
): Record<string, number | null> {
	const noisy = (value: number, spread = 0.05) => value * (1 + random.between(-spread, spread));
	const round1 = (value: number) => Math.round(value * 10) / 10;
	const inwoners = Math.round(noisy(profile.inwoners) / 5) * 5;
	const pct65 = Math.round(noisy(profile.pct65));
	const pctAlone = Math.round(noisy(profile.pctAlone));
	const householdSize = 1 + ((100 - pctAlone) / 100) * 1.7;
	const huishoudens = Math.round(inwoners / householdSize / 5) * 5;
	const bijstand = Math.round((inwoners * profile.pctLowIncome * 0.0012) / 10) * 10;
	const density = Math.round(inwoners / areaKm2);
	const suppressed = profile.incomeSuppressed;
	const pctKids = Math.round(noisy(profile.pctKids));
	const wmoPer1000 = Math.round(noisy(35 + pct65 * 2.4, 0.1));
	return {
		inwoners,
		'inwoners-65-plus': Math.round((inwoners * pct65) / 100 / 5) * 5,
		'inwoners-65-plus-pct': pct65,
		'inwoners-45-64-pct': Math.round(noisy(profile.pct4564)),
		huishoudens,
		eenpersoonshuishoudens: Math.round((huishoudens * pctAlone) / 100 / 5) * 5,
		'eenpersoonshuishoudens-pct': pctAlone,
		'huishoudens-met-kinderen-pct': pctKids,
		'huishoudens-met-kinderen': Math.round((huishoudens * pctKids) / 100 / 5) * 5,
		// Roughly one in five people over 65 has lost a partner.
		'verweduwd-pct': Math.round(noisy(pct65 * 0.22 + 0.5, 0.1)),
		'geboren-buiten-europa-pct': Math.round(noisy(profile.pctBornOutsideEurope, 0.1)),
		'gemiddeld-inkomen-per-inwoner': suppressed ? null : round1(noisy(profile.income)),
		'laag-inkomen-huishoudens-pct': suppressed ? null : round1(noisy(profile.pctLowIncome)),
		'personen-in-armoede-pct': suppressed ? null : round1(noisy(profile.pctLowIncome / 7)),
		bijstand: bijstand < 10 ? null : bijstand,
		aow: Math.round((inwoners * pct65 * 0.97) / 100 / 5) * 5,
		'wmo-clienten': Math.round((inwoners * wmoPer1000) / 1000 / 5) * 5,
		'wmo-clienten-per-1000': wmoPer1000,
		'afstand-huisarts-km': round1(noisy(profile.gpKm)),
		'afstand-supermarkt-km': round1(noisy(profile.shopKm)),
		bevolkingsdichtheid: density,
		stedelijkheid:
			density > 7500 ? 1 : density > 5000 ? 2 : density > 2500 ? 3 : density > 1000 ? 4 : 5
	};
}
