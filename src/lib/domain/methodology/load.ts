import type { z } from 'zod';
import {
	methodologyFiles,
	type Indicator,
	type Manifest,
	type MeansCatalogue,
	type MethodologyFileName,
	type ScoringModel,
	type Step,
	type Taxonomy
} from './schema';

/** The whole methodology, validated and cross-checked. */
export interface Methodology {
	manifest: Manifest;
	steps: Step[];
	taxonomy: Taxonomy;
	means: MeansCatalogue;
	indicators: Indicator[];
	scoring: ScoringModel;
}

/** One thing wrong with a methodology file, precise enough to fix it by hand. */
export interface MethodologyProblem {
	file: MethodologyFileName;
	/** Where in the file, as a dotted path (`steps.3.checklist.0.id`); empty for the whole file. */
	path: string;
	message: string;
}

/** Thrown when methodology files do not validate; carries every problem found, not just the first. */
export class MethodologyError extends Error {
	override readonly name = 'MethodologyError';
	constructor(readonly problems: MethodologyProblem[]) {
		super(
			`The methodology is invalid:\n${problems.map((p) => `- ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n')}`
		);
	}
}

/** The raw (parsed JSON) content of each methodology file, before validation. */
export type RawMethodology = Record<MethodologyFileName, unknown>;

/**
 * Validates every methodology file against its schema and checks that the files agree with each
 * other (ids are unique, references point at existing ids, steps are numbered 1…n).
 */
export function parseMethodology(raw: RawMethodology): Methodology {
	const problems: MethodologyProblem[] = [];
	const parse = <S extends z.ZodType>(file: MethodologyFileName, schema: S) => {
		const result = schema.safeParse(raw[file]);
		if (result.success) return result.data as z.infer<S>;
		for (const issue of result.error.issues) {
			problems.push({ file, path: issue.path.join('.'), message: issue.message });
		}
		return undefined;
	};
	const manifest = parse('methodology.json', methodologyFiles['methodology.json']);
	const steps = parse('steps.json', methodologyFiles['steps.json']);
	const taxonomy = parse('taxonomy.json', methodologyFiles['taxonomy.json']);
	const means = parse('means.json', methodologyFiles['means.json']);
	const indicators = parse('indicators.json', methodologyFiles['indicators.json']);
	const scoring = parse('scoring.json', methodologyFiles['scoring.json']);
	if (!manifest || !steps || !taxonomy || !means || !indicators || !scoring) {
		throw new MethodologyError(problems);
	}

	const report = (file: MethodologyFileName, path: string, message: string) =>
		problems.push({ file, path, message });

	steps.steps.forEach((step, i) => {
		if (step.number !== i + 1) {
			report(
				'steps.json',
				`steps.${i}.number`,
				`expected step number ${i + 1}, found ${step.number}`
			);
		}
		checkUnique(step.checklist, 'steps.json', `steps.${i}.checklist`, report);
		checkUnique(step.decisions, 'steps.json', `steps.${i}.decisions`, report);
		step.decisions.forEach((d, j) => {
			const needsOptions = d.kind === 'choice' || d.kind === 'multi-choice';
			if (needsOptions && !d.options?.length) {
				report(
					'steps.json',
					`steps.${i}.decisions.${j}.options`,
					`a ${d.kind} decision needs options`
				);
			}
		});
	});
	checkUnique(steps.steps, 'steps.json', 'steps', report);

	for (const key of [
		'categories',
		'targetGroups',
		'offerKinds',
		'needSources',
		'parties'
	] as const) {
		checkUnique(taxonomy[key], 'taxonomy.json', key, report);
	}
	const categoryIds = new Set(taxonomy.categories.map((c) => c.id));
	const targetGroupIds = new Set(taxonomy.targetGroups.map((t) => t.id));
	const indicatorIds = new Set(indicators.indicators.map((x) => x.id));
	checkUnique(indicators.indicators, 'indicators.json', 'indicators', report);

	checkUnique(means.means, 'means.json', 'means', report);
	checkUnique(means.successQuestions, 'means.json', 'successQuestions', report);
	means.means.forEach((m, i) => {
		m.categories.forEach((c, j) => {
			if (!categoryIds.has(c))
				report('means.json', `means.${i}.categories.${j}`, `unknown category "${c}"`);
		});
		m.targetGroups.forEach((t, j) => {
			if (!targetGroupIds.has(t)) {
				report('means.json', `means.${i}.targetGroups.${j}`, `unknown target group "${t}"`);
			}
		});
	});

	const scored = new Set<string>();
	scoring.demand.categories.forEach((entry, i) => {
		if (!categoryIds.has(entry.category)) {
			report(
				'scoring.json',
				`demand.categories.${i}.category`,
				`unknown category "${entry.category}"`
			);
		}
		if (scored.has(entry.category)) {
			report(
				'scoring.json',
				`demand.categories.${i}.category`,
				`"${entry.category}" is configured twice`
			);
		}
		scored.add(entry.category);
		entry.indicators.forEach((w, j) => {
			if (!indicatorIds.has(w.indicator)) {
				report(
					'scoring.json',
					`demand.categories.${i}.indicators.${j}.indicator`,
					`unknown indicator "${w.indicator}"`
				);
			}
		});
	});
	for (const id of categoryIds) {
		if (!scored.has(id))
			report('scoring.json', 'demand.categories', `category "${id}" has no demand indicators`);
	}
	scoring.bands.forEach((band, i) => {
		const previous = scoring.bands[i - 1];
		if (previous && band.minIndex >= previous.minIndex) {
			report(
				'scoring.json',
				`bands.${i}.minIndex`,
				'bands must be listed from the highest bound down'
			);
		}
	});
	checkUnique(scoring.bands, 'scoring.json', 'bands', report);

	if (problems.length > 0) throw new MethodologyError(problems);
	return {
		manifest,
		steps: steps.steps,
		taxonomy,
		means,
		indicators: indicators.indicators,
		scoring
	};
}

function checkUnique(
	items: readonly { id: string }[],
	file: MethodologyFileName,
	path: string,
	report: (file: MethodologyFileName, path: string, message: string) => void
): void {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (seen.has(item.id)) report(file, `${path}.${i}.id`, `duplicate id "${item.id}"`);
		seen.add(item.id);
	});
}
