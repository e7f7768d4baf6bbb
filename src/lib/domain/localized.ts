import { z } from 'zod';

/** The languages Nabuur speaks; Dutch is the first and the fallback. */
export const languages = ['nl', 'en'] as const;

/** One of the languages Nabuur speaks. */
export type Language = (typeof languages)[number];

/** A text in Dutch with English alongside; both are required so neither language shows a gap. */
export const localizedSchema = z.strictObject({
	nl: z.string().trim().min(1),
	en: z.string().trim().min(1)
});

/** A text in Dutch with English alongside. */
export type Localized = z.infer<typeof localizedSchema>;

/** Picks the text for a language; English falls back to Dutch if a translation is blank. */
export function localize(text: Localized, language: Language): string {
	return text[language] || text.nl;
}
