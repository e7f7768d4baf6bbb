import { meansTypes } from '../methodology/schema';
import type { Proposal } from '../records';
import { fittingMeans, type Means } from '../targeting/fitting-means';

/**
 * Whether the requested means fits the gap by the catalogue (`methodology/means.json`):
 * - `fits`: it suits at least one category and target group the request names;
 * - `lighter-first`: it fits, but it is a new digital tool and lighter means (strengthening what
 *   exists, an activity, an existing platform) fit too — "the lightest means first";
 * - `does-not-fit`: the catalogue does not suit it to any category or group the request names;
 * - `unknown-means`: the catalogue does not know the means.
 */
export type FitVerdict = 'fits' | 'lighter-first' | 'does-not-fit' | 'unknown-means';

/** The catalogue's view of a request's means. */
export interface MeansFit {
	/** The requested means, or null when the catalogue does not know it. */
	means: Means | null;
	/** Categories of the request the means suits. */
	fitting: string[];
	/** Lighter means that fit the request's categories and groups, lightest first, each once. */
	lighter: Means[];
	verdict: FitVerdict;
}

/** Checks the requested means (its catalogue id in `meansType`) against the catalogue. */
export function meansFit(
	request: Pick<Proposal, 'meansType' | 'categories' | 'targetGroups'>,
	catalogue: readonly Means[]
): MeansFit {
	const means = catalogue.find((item) => item.id === request.meansType) ?? null;
	if (!means) return { means: null, fitting: [], lighter: [], verdict: 'unknown-means' };
	const weight = meansTypes.indexOf(means.type);
	const fitting: string[] = [];
	const lighter = new Map<string, Means>();
	for (const category of request.categories) {
		const found = fittingMeans(catalogue, category, request.targetGroups);
		if (found.some((item) => item.id === means.id)) fitting.push(category);
		for (const item of found)
			if (meansTypes.indexOf(item.type) < weight) lighter.set(item.id, item);
	}
	const lighterList = [...lighter.values()].sort(
		(x, y) => meansTypes.indexOf(x.type) - meansTypes.indexOf(y.type)
	);
	const verdict: FitVerdict =
		fitting.length === 0
			? 'does-not-fit'
			: means.isNewDigitalTool && lighterList.length > 0
				? 'lighter-first'
				: 'fits';
	return { means, fitting, lighter: lighterList, verdict };
}
