import type { PersonalDataKind } from '$lib/domain/privacy/finding';
import type { CbsProblem, CbsProblemCode } from '$lib/io/cbs/problems';
import type { NeedField, OfferField } from '$lib/io/records/import-fields';
import type { ImportProblemCode } from '$lib/io/records/problems';
import { m } from '$lib/paraglide/messages.js';

// The one place where the codes the import readers return become Dutch or English text, like
// `errors.ts` for error kinds. The tables are typed as complete records, so a new code without a
// text fails the type check; `import-messages.test.ts` checks every code at run time as well.

/** A language the app speaks. */
export type Locale = 'nl' | 'en';

type Text = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const cbsTexts: Record<CbsProblemCode, Text> = {
	'empty-file': m.import_cbs_empty_file,
	'crs-unsupported': m.import_cbs_crs_unsupported,
	'crs-mismatch': m.import_cbs_crs_mismatch,
	'coordinates-lat-lon-swapped': m.import_cbs_coordinates_lat_lon_swapped,
	'coordinates-unrecognised': m.import_cbs_coordinates_unrecognised,
	'missing-code-column': m.import_cbs_missing_code_column,
	'duplicate-column': m.import_cbs_duplicate_column,
	'ambiguous-column': m.import_cbs_ambiguous_column,
	'csv-syntax': m.import_cbs_csv_syntax,
	'csv-field-count': m.import_cbs_csv_field_count,
	'not-a-record': m.import_cbs_not_a_record,
	'missing-code': m.import_cbs_missing_code,
	'invalid-code': m.import_cbs_invalid_code,
	'duplicate-code': m.import_cbs_duplicate_code,
	'missing-year': m.import_cbs_missing_year,
	'invalid-year': m.import_cbs_invalid_year,
	'missing-name': m.import_cbs_missing_name,
	'missing-geometry': m.import_cbs_missing_geometry,
	'unsupported-geometry': m.import_cbs_unsupported_geometry,
	'invalid-coordinates': m.import_cbs_invalid_coordinates,
	'coordinates-out-of-range': m.import_cbs_coordinates_out_of_range,
	'empty-geometry': m.import_cbs_empty_geometry,
	'ring-closed': m.import_cbs_ring_closed,
	'ring-too-short': m.import_cbs_ring_too_short,
	'invalid-value': m.import_cbs_invalid_value,
	'conflicting-values': m.import_cbs_conflicting_values,
	'row-without-area': m.import_cbs_row_without_area,
	'area-without-row': m.import_cbs_area_without_row,
	'year-mismatch': m.import_cbs_year_mismatch
};

const recordTexts: Record<ImportProblemCode, Text> = {
	'empty-file': m.import_problem_empty_file,
	'no-header': m.import_problem_no_header,
	'no-rows': m.import_problem_no_rows,
	'blank-column-name': m.import_problem_blank_column_name,
	'duplicate-column-name': m.import_problem_duplicate_column_name,
	'unclosed-quote': m.import_problem_unclosed_quote,
	'not-geojson': m.import_problem_not_geojson,
	'no-features': m.import_problem_no_features,
	'missing-column': m.import_problem_missing_column,
	'unknown-column': m.import_problem_unknown_column,
	'invalid-option': m.import_problem_invalid_option,
	'row-length-mismatch': m.import_problem_row_length_mismatch,
	'malformed-quote': m.import_problem_malformed_quote,
	'invalid-feature': m.import_problem_invalid_feature,
	'unsupported-geometry': m.import_problem_unsupported_geometry,
	'invalid-coordinates': m.import_problem_invalid_coordinates,
	'coordinates-look-like-rd': m.import_problem_coordinates_look_like_rd,
	'coordinates-swapped': m.import_problem_coordinates_swapped,
	'coordinates-outside-netherlands': m.import_problem_coordinates_outside_netherlands,
	'incomplete-location': m.import_problem_incomplete_location,
	'missing-value': m.import_problem_missing_value,
	'too-long': m.import_problem_too_long,
	'not-a-number': m.import_problem_not_a_number,
	'ambiguous-number': m.import_problem_ambiguous_number,
	'out-of-range': m.import_problem_out_of_range,
	'invalid-date': m.import_problem_invalid_date,
	'invalid-area-code': m.import_problem_invalid_area_code,
	'unknown-category': m.import_problem_unknown_category,
	'unknown-target-group': m.import_problem_unknown_target_group,
	'unknown-offer-kind': m.import_problem_unknown_offer_kind,
	'unknown-need-source': m.import_problem_unknown_need_source,
	'unknown-status': m.import_problem_unknown_status,
	'unknown-count-unit': m.import_problem_unknown_count_unit,
	'unknown-confidence': m.import_problem_unknown_confidence,
	'named-resident': m.import_problem_named_resident,
	'schema-mismatch': m.import_problem_schema_mismatch
};

const personalDataTexts: Record<PersonalDataKind, Text> = {
	email: m.import_pd_email,
	phone: m.import_pd_phone,
	bsn: m.import_pd_bsn,
	'postcode-house-number': m.import_pd_postcode_house_number,
	iban: m.import_pd_iban,
	'person-name': m.import_pd_person_name
};

const fieldTexts: Record<OfferField | NeedField, Text> = {
	name: m.import_field_name,
	organisation: m.import_field_organisation,
	kind: m.import_field_kind,
	categories: m.import_field_categories,
	targetGroups: m.import_field_target_groups,
	lon: m.import_field_lon,
	lat: m.import_field_lat,
	location: m.import_field_location,
	areaCode: m.import_field_area_code,
	reachMeters: m.import_field_reach_meters,
	capacity: m.import_field_capacity,
	status: m.import_field_status,
	lastVerified: m.import_field_last_verified,
	description: m.import_field_description,
	category: m.import_field_category,
	targetGroup: m.import_field_target_group,
	count: m.import_field_count,
	countUnit: m.import_field_count_unit,
	source: m.import_field_source,
	date: m.import_field_date,
	confidence: m.import_field_confidence,
	note: m.import_field_note
};

function say(texts: Record<string, Text>, key: string, locale?: Locale): string {
	const text = Object.hasOwn(texts, key) ? texts[key] : undefined;
	if (!text) throw new Error(`no text for import code '${key}'`);
	return text({}, locale ? { locale } : undefined);
}

/** What a CBS problem code means, in one short sentence; `locale` defaults to the app's. */
export function cbsProblemText(code: CbsProblemCode, locale?: Locale): string {
	return say(cbsTexts, code, locale);
}

/** What an offers/needs import problem code means, in one short sentence. */
export function importProblemText(code: ImportProblemCode, locale?: Locale): string {
	return say(recordTexts, code, locale);
}

/** What kind of personal data a warning is about, as a short phrase. */
export function personalDataText(kind: PersonalDataKind, locale?: Locale): string {
	return say(personalDataTexts, kind, locale);
}

/** The label of an import field, or the field name itself for a field without one (an option). */
export function fieldLabel(field: string, locale?: Locale): string {
	return Object.hasOwn(fieldTexts, field) ? say(fieldTexts, field, locale) : field;
}

/** Where in its file a CBS problem is (`object 3`, `rij 5`), or '' for the whole file. */
export function cbsProblemPlace(problem: CbsProblem, locale?: Locale): string {
	const options = locale ? { locale } : undefined;
	if (problem.feature !== undefined) {
		return m.import_at_feature({ number: problem.feature }, options);
	}
	if (problem.row !== undefined) return m.import_at_row({ number: problem.row }, options);
	return '';
}

/** The facts of a CBS problem besides its place: area, column or indicator, and value. */
export function cbsProblemFacts(problem: CbsProblem): string {
	const year = problem.areaCode && problem.year !== undefined ? ` (${problem.year})` : '';
	const parts = [
		problem.areaCode ? `${problem.areaCode}${year}` : '',
		problem.columns?.join(', ') ?? problem.column ?? '',
		problem.indicator && !problem.column && !problem.columns ? problem.indicator : '',
		problem.value !== undefined && problem.value !== '' ? `‘${problem.value}’` : ''
	];
	return parts.filter((part) => part !== '').join(' · ');
}
