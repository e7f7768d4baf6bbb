// The names of area levels, in one place for the compare views.
import type { Area } from '$lib/domain/records';
import { m } from '$lib/paraglide/messages.js';

/** A level's name in the plural (`Buurten`, `Wijken`). */
export function levelLabel(level: Area['level']): string {
	switch (level) {
		case 'buurt':
			return m.vergelijken_level_buurt();
		case 'wijk':
			return m.vergelijken_level_wijk();
		case 'eigen':
			return m.vergelijken_level_eigen();
		case 'gemeente':
			return m.vergelijken_level_gemeente();
	}
}
