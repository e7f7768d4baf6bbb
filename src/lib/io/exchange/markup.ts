import { pathText } from './refusal';

// No text Nabuur stores contains HTML: names, notes and descriptions are plain text. A `<tag`
// in a file means it was crafted or damaged. Svelte escapes text when it renders it, so markup
// would show as characters rather than run; refusing it keeps such files out of exports and
// reports that other tools (spreadsheets, HTML viewers) open later.
const tag = /<\s*[a-z!/?]/i;

/**
 * The path of the first string in a JSON value that holds markup (`<script`, `<img`, `</`,
 * `<!--`), or null when there is none. Walks the value iteratively, so deep nesting is safe.
 */
export function findMarkup(value: unknown): string | null {
	const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
	while (stack.length) {
		const { value: current, path } = stack.pop()!;
		if (typeof current === 'string') {
			if (tag.test(current)) return pathText(path);
		} else if (Array.isArray(current)) {
			current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
		} else if (typeof current === 'object' && current !== null) {
			for (const [key, item] of Object.entries(current)) {
				if (tag.test(key)) return pathText([...path, key]);
				stack.push({ value: item, path: [...path, key] });
			}
		}
	}
	return null;
}
