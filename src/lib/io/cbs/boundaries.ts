import { NabuurError } from '../../domain/errors';
import {
	detectCoordinateSystem,
	type CoordinateSystem,
	type CoordinateSystemDetection
} from '../../domain/geo/rd-new';
import type { Area } from '../../domain/records';
import { readAreaGeometry } from './area-geometry';
import { cbsProblem, type CbsProblem } from './problems';
import { readRecord, type CbsReadOptions } from './read-record';
import { hasCodeColumn, layoutProblems, planRecordLayout } from './record-layout';

// CBS boundaries of buurten, wijken or gemeenten as a GeoJSON FeatureCollection, in WGS84 or RD
// New, with or without kerncijfers in the properties (the Wijk- en Buurtkaart, PDOK). Unusable
// features are skipped and reported with their number; the caller decides whether to go on.

/** An area as read from a CBS file, before it becomes a stored record of an analysis. */
export type ImportedArea = Pick<
	Area,
	'code' | 'name' | 'level' | 'year' | 'geometry' | 'indicators'
>;

/** What a file of CBS boundaries held, and everything that was wrong with it. */
export interface BoundariesResult {
	/** The usable areas, in file order, geometry in WGS84 degrees. */
	areas: ImportedArea[];
	problems: CbsProblem[];
	/** The columns each found indicator was read from (preferred first), by indicator id. */
	matchedIndicators: Record<string, string[]>;
	/** Ids of indicators the file has no column for. */
	missingIndicators: string[];
	/** Properties not used for code, name, year or an indicator, in file order. */
	ignoredColumns: string[];
	/** The coordinate system the file was read in; null when it could not be told. */
	coordinateSystem: CoordinateSystem | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unionOfKeys(objects: readonly Record<string, unknown>[]): string[] {
	const keys = new Set<string>();
	for (const object of objects) for (const key of Object.keys(object)) keys.add(key);
	return [...keys];
}

function coordinateProblem(detection: CoordinateSystemDetection): CbsProblem | null {
	if (detection.ok || detection.reason === 'empty') return null;
	const value = detection.crsName === undefined ? {} : { value: detection.crsName };
	switch (detection.reason) {
		case 'crs-unsupported':
		case 'crs-mismatch':
			return cbsProblem(detection.reason, value);
		case 'lat-lon-swapped':
			return cbsProblem('coordinates-lat-lon-swapped');
		case 'unrecognised':
			return cbsProblem('coordinates-unrecognised');
	}
}

/**
 * Reads CBS boundaries from a parsed GeoJSON FeatureCollection in WGS84 or RD New (reprojected to
 * WGS84): per feature its code, name, year, (Multi)Polygon and the indicators found in its
 * properties. A file in another coordinate system yields no areas and a problem saying why.
 * @throws NabuurError 'file-unreadable' when the input is not a FeatureCollection at all.
 */
export function readBoundaries(input: unknown, options: CbsReadOptions): BoundariesResult {
	if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
		throw new NabuurError('file-unreadable', 'expected a GeoJSON FeatureCollection');
	}
	const features: unknown[] = input.features;
	const properties = features.map((f) =>
		isObject(f) && isObject(f.properties) ? f.properties : {}
	);
	const layout = planRecordLayout(unionOfKeys(properties), options.indicators);
	const result: BoundariesResult = {
		areas: [],
		problems: layoutProblems(layout),
		matchedIndicators: layout.indicators.columns,
		missingIndicators: layout.indicators.missing,
		ignoredColumns: layout.ignoredColumns,
		coordinateSystem: null
	};
	const { problems } = result;
	if (features.length === 0) {
		problems.push(cbsProblem('empty-file'));
		return result;
	}
	if (!hasCodeColumn(layout)) {
		problems.push(cbsProblem('missing-code-column'));
		return result;
	}
	const detection = detectCoordinateSystem(input);
	const crsProblem = coordinateProblem(detection);
	if (crsProblem) {
		problems.push(crsProblem);
		return result;
	}
	// With no coordinates anywhere every feature fails on its own, and says why.
	const system = detection.ok ? detection.system : 'wgs84';
	result.coordinateSystem = detection.ok ? system : null;

	const seen = new Set<string>();
	features.forEach((feature, index) => {
		const where = { feature: index + 1 };
		if (!isObject(feature) || feature.type !== 'Feature') {
			problems.push(cbsProblem('not-a-record', where));
			return;
		}
		const record = readRecord(properties[index]!, layout, options.year, where, problems);
		const geometry = readAreaGeometry(feature.geometry, system, where, problems);
		if (!record || !geometry) return;
		const { code, level, year, indicators } = record;
		const key = `${code}|${year}`;
		if (seen.has(key)) {
			problems.push(cbsProblem('duplicate-code', { ...where, areaCode: code, year }));
			return;
		}
		seen.add(key);
		if (!record.name) problems.push(cbsProblem('missing-name', { ...where, areaCode: code }));
		result.areas.push({ code, name: record.name ?? code, level, year, geometry, indicators });
	});
	return result;
}
