import { findPersonalData } from '$lib/domain/privacy/find-personal-data';
import { parseDate } from '$lib/io/records/parse-date';
import { parseDecimal } from '$lib/io/records/parse-number';
import type {
	FieldProblem,
	FieldProblemCode,
	FormField,
	PersonalDataWarning
} from './record-editor-validation';

// The field-by-field reading behind `checkOfferForm` and `checkNeedForm`: each method reads one
// value, reports what is wrong with it, and returns what it could read.

/** Collects the problems and personal-data warnings of one form while reading its fields. */
export class Checker {
	/** Every problem found so far. */
	readonly problems: FieldProblem[] = [];
	/** Every personal-data warning found so far. */
	readonly warnings: PersonalDataWarning[] = [];

	/** Notes a problem with a field; returns null so readers can `return this.report(…)`. */
	report(field: FormField, code: FieldProblemCode, extra: Partial<FieldProblem> = {}): null {
		this.problems.push({ field, code, ...extra });
		return null;
	}

	/** Reads free text: trimmed, length-checked, and searched for personal data. */
	text(field: FormField, value: string, max: number, required = false, namesBlock = false): string {
		const text = value.trim();
		if (required && text === '') this.report(field, 'required');
		if (text.length > max) this.report(field, 'too-long', { limit: max });
		for (const finding of findPersonalData(text)) {
			const found = text.slice(finding.start, finding.end);
			if (finding.kind === 'person-name' && namesBlock) {
				this.report(field, 'named-resident', { value: found });
			} else {
				this.warnings.push({ field, kind: finding.kind, value: found });
			}
		}
		return text;
	}

	/** Reads one choice that must be among the allowed values. */
	choice<T extends string>(field: FormField, value: string, allowed: readonly T[]): T {
		if (isOneOf(value, allowed)) return value;
		this.report(field, value === '' ? 'required' : 'unknown-choice', { value });
		// The draft is thrown away once a problem is reported, so this value is never saved.
		return value as T;
	}

	/** Reads several choices, at least `min` of them, each among the allowed values. */
	choices(field: FormField, values: readonly string[], allowed: readonly string[], min: number) {
		if (values.length < min) this.report(field, 'choose-one');
		for (const value of values) {
			if (!allowed.includes(value)) this.report(field, 'unknown-choice', { value });
		}
		return [...new Set(values)];
	}

	/** Reads an area code ('' = none) that must be one of the analysis' areas. */
	area(value: string, known: ReadonlySet<string>): string | null {
		if (value === '') return null;
		if (!known.has(value)) this.report('areaCode', 'unknown-area', { value });
		return value;
	}

	/** Reads a number written with `,` or `.` as decimal mark; null when empty and allowed. */
	number(
		field: FormField,
		value: string,
		rules: { required?: boolean; min?: number; above?: number; max: number }
	): number | null {
		const text = value.trim();
		if (text === '') return rules.required ? this.report(field, 'required') : null;
		const parsed = parseDecimal(text);
		if (!parsed.ok) return this.report(field, parsed.code, { value: text });
		const n = parsed.value;
		if (rules.above !== undefined && n <= rules.above) {
			return this.report(field, 'not-above', { limit: rules.above });
		}
		if (rules.min !== undefined && n < rules.min) {
			return this.report(field, 'too-small', { limit: rules.min });
		}
		if (n > rules.max) return this.report(field, 'too-large', { limit: rules.max });
		return n;
	}

	/** Reads a date (YYYY-MM-DD or day-month-year) not after today; null when empty and allowed. */
	date(field: FormField, value: string, today: string, required: boolean): string | null {
		if (value.trim() === '') return required ? this.report(field, 'required') : null;
		const date = parseDate(value);
		if (date === null) return this.report(field, 'invalid-date', { value });
		if (date > today) return this.report(field, 'future-date', { value: date });
		return date;
	}
}

/** True when the value is one of the allowed ones. */
export function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
	return (allowed as readonly string[]).includes(value);
}
