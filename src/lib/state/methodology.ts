// The methodology is bundled into the app at build time: it is data the team reviews like code,
// it must be there offline, and changing the files changes the app without code changes.
import { parseMethodology, type Methodology } from '$lib/domain/methodology/load';
import manifest from '../../../methodology/methodology.json';
import steps from '../../../methodology/steps.json';
import taxonomy from '../../../methodology/taxonomy.json';
import means from '../../../methodology/means.json';
import indicators from '../../../methodology/indicators.json';
import scoring from '../../../methodology/scoring.json';

/** The validated methodology this build of the app ships with. */
export const methodology: Methodology = parseMethodology({
	'methodology.json': manifest,
	'steps.json': steps,
	'taxonomy.json': taxonomy,
	'means.json': means,
	'indicators.json': indicators,
	'scoring.json': scoring
});
