import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
	sharedDataFile,
	sharedDataFolder,
	sharedDataMissing
} from '../../../test-support/shared-data';
import {
	classifyPoint,
	coordinateSystemOfCrsName,
	detectCoordinateSystem,
	looksLikeRd,
	rdNewDefinition,
	rdToWgs84,
	reprojectGeometryFromRd,
	wgs84ToRd
} from './rd-new';

/** Degrees of latitude per metre (about 1 / 111,200 m), for tolerances written in metres. */
const degreesPerMetre = 1 / 111_200;

function square(x: number, y: number, size: number): number[][] {
	return [
		[x, y],
		[x + size, y],
		[x + size, y + size],
		[x, y + size],
		[x, y]
	];
}

function collection(points: [number, number][], crs?: unknown) {
	return {
		type: 'FeatureCollection',
		...(crs === undefined ? {} : { crs }),
		features: points.map(([x, y]) => ({
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [square(x, y, 1)] }
		}))
	};
}

describe('rdToWgs84', () => {
	it('puts the RD origin at the Amersfoort tower, within half a metre of the RDNAPTRANS value', () => {
		// RDNAPTRANS gives the origin (155000, 463000) as 52.15517440 N, 5.38720621 E in ETRS89/WGS84;
		// proj4's 7-parameter shift is within about half a metre of that.
		const [lon, lat] = rdToWgs84(155_000, 463_000);
		expect(lon).toBeCloseTo(5.387206, 4);
		expect(lat).toBeCloseTo(52.155174, 4);
		expect(Math.abs(lat - 52.1551744) / degreesPerMetre).toBeLessThan(0.5);
		expect([lon, lat]).toEqual([5.387204, 52.155172]);
	});

	it('places the origin at 5.387639, 52.156161 on the Bessel ellipsoid, about 120 m from WGS84', () => {
		// The often quoted (5.387639, 52.156161) is the origin's *Bessel* latitude and longitude (lat_0
		// and lon_0 of the definition), before the datum shift; it is not a WGS84 position.
		const withoutShift = rdNewDefinition.replace(/\+towgs84=\S+ /, '');
		const bessel = proj4(withoutShift, '+proj=longlat +ellps=bessel +no_defs');
		const [lon, lat] = bessel.forward([155_000, 463_000]);
		expect(lon).toBeCloseTo(5.387639, 6);
		expect(lat).toBeCloseTo(52.156161, 6);
		const [wgsLon, wgsLat] = rdToWgs84(155_000, 463_000);
		const shiftMetres = Math.hypot((lon - wgsLon) * 0.614, lat - wgsLat) / degreesPerMetre;
		expect(shiftMetres).toBeGreaterThan(100);
		expect(shiftMetres).toBeLessThan(130);
	});

	it('finds the Dom tower of Utrecht near 5.1213, 52.0908 (RD rounded to 100 m, so ±150 m)', () => {
		const [lon, lat] = rdToWgs84(136_700, 455_900);
		expect(Math.abs(lon - 5.1213)).toBeLessThan(150 * degreesPerMetre * 1.63);
		expect(Math.abs(lat - 52.0908)).toBeLessThan(150 * degreesPerMetre);
	});

	it('lands the Zeist/Utrecht buurt vertices back on whole RD metres, as CBS drew them', ({
		skip
	}) => {
		// shared/data's buurten were projected from integer RD metres with this very definition and
		// rounded to 6 decimals (≤ 0.07 m); a different definition would scatter the remainders.
		skip(!sharedDataFolder, sharedDataMissing);
		const file = sharedDataFile('cbs-2024/zeist-utrecht/buurten_2024_GM0344_GM0355.geojson');
		const buurten = JSON.parse(readFileSync(file, 'utf8')) as {
			features: { geometry: { coordinates: [number, number][][] } }[];
		};
		const vertices = buurten.features.flatMap((f) => f.geometry.coordinates[0]!.slice(0, 3));
		expect(vertices.length).toBeGreaterThan(400);
		for (const [lon, lat] of vertices) {
			const [x, y] = wgs84ToRd(lon, lat);
			expect(Math.abs(x - Math.round(x))).toBeLessThan(0.1);
			expect(Math.abs(y - Math.round(y))).toBeLessThan(0.1);
		}
	});

	it('rounds to 6 decimals, about 0.1 m', () => {
		for (const value of rdToWgs84(140_123.456, 456_789.012)) {
			expect(Math.round(value * 1e6) / 1e6).toBe(value);
		}
	});

	it('comes back within 10 cm through the inverse, across the country', () => {
		for (const [x, y] of [
			[13_500, 371_000],
			[155_000, 463_000],
			[233_900, 582_100],
			[187_000, 307_000],
			[100_000, 600_000]
		] as const) {
			const [lon, lat] = rdToWgs84(x, y);
			const [backX, backY] = wgs84ToRd(lon, lat);
			expect(Math.hypot(backX - x, backY - y)).toBeLessThan(0.1);
		}
	});
});

describe('reprojectGeometryFromRd', () => {
	it('reprojects every vertex of a polygon and keeps its ring closed', () => {
		const geometry = reprojectGeometryFromRd({
			type: 'Polygon',
			coordinates: [square(155_000, 463_000, 1000)]
		});
		expect(geometry.type).toBe('Polygon');
		const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : [];
		expect(ring).toHaveLength(5);
		expect(ring[0]).toEqual([5.387204, 52.155172]);
		expect(ring[4]).toEqual(ring[0]);
		expect(ring[2]![0]).toBeGreaterThan(ring[0]![0]);
		expect(ring[2]![1]).toBeGreaterThan(ring[0]![1]);
	});

	it('reprojects each part of a multipolygon and ignores heights', () => {
		const withHeight = square(136_700, 455_900, 50).map(([x, y]) => [x!, y!, 3.5]);
		const geometry = reprojectGeometryFromRd({
			type: 'MultiPolygon',
			coordinates: [[square(155_000, 463_000, 10)], [withHeight]]
		});
		expect(geometry.type).toBe('MultiPolygon');
		expect(geometry.coordinates).toHaveLength(2);
		expect(geometry.coordinates[1]![0]![0]).toEqual(rdToWgs84(136_700, 455_900));
	});
});

describe('classifyPoint and looksLikeRd', () => {
	it('tells Dutch WGS84, RD New, swapped lat/lon and Web Mercator apart', () => {
		expect(classifyPoint(5.12, 52.09)).toBe('wgs84');
		expect(classifyPoint(136_700, 455_900)).toBe('rd-new');
		expect(classifyPoint(52.09, 5.12)).toBe('lat-lon-swapped');
		expect(classifyPoint(570_000, 6_815_000)).toBe('unknown');
		expect(classifyPoint(Number.NaN, 52)).toBe('unknown');
	});

	it('says a sample is RD only when every point is, and never for an empty sample', () => {
		expect(
			looksLikeRd([
				[136_700, 455_900],
				[155_000, 463_000]
			])
		).toBe(true);
		expect(
			looksLikeRd([
				[136_700, 455_900],
				[5.12, 52.09]
			])
		).toBe(false);
		expect(looksLikeRd([])).toBe(false);
	});
});

describe('coordinateSystemOfCrsName', () => {
	it('recognises EPSG:28992 in its usual spellings', () => {
		for (const name of [
			'EPSG:28992',
			'urn:ogc:def:crs:EPSG::28992',
			'urn:ogc:def:crs:EPSG:8.5:28992',
			'http://www.opengis.net/def/crs/EPSG/0/28992',
			'epsg:28992'
		]) {
			expect(coordinateSystemOfCrsName(name)).toBe('rd-new');
		}
	});

	it('recognises CRS84 and EPSG:4326 as WGS84 and knows nothing of Web Mercator', () => {
		expect(coordinateSystemOfCrsName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('wgs84');
		expect(coordinateSystemOfCrsName('EPSG:4326')).toBe('wgs84');
		expect(coordinateSystemOfCrsName('EPSG:3857')).toBeUndefined();
	});
});

describe('detectCoordinateSystem', () => {
	const rdCrs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } };

	it('takes RD New from a crs member that names EPSG:28992', () => {
		expect(detectCoordinateSystem(collection([[136_700, 455_900]], rdCrs))).toEqual({
			ok: true,
			system: 'rd-new',
			declared: true
		});
	});

	it('recognises RD New and WGS84 from coordinate ranges when there is no crs member', () => {
		expect(detectCoordinateSystem(collection([[136_700, 455_900]]))).toMatchObject({
			ok: true,
			system: 'rd-new'
		});
		expect(detectCoordinateSystem(collection([[5.12, 52.09]]))).toMatchObject({
			ok: true,
			system: 'wgs84'
		});
	});

	it('lets the majority decide, so one stray feature does not reject the file', () => {
		const points: [number, number][] = [
			[5.12, 52.09],
			[5.2, 52.1],
			[570_000, 6_815_000]
		];
		expect(detectCoordinateSystem(collection(points))).toMatchObject({ system: 'wgs84' });
	});

	it('reports Web Mercator, swapped lat/lon, another crs and a crs that does not fit', () => {
		expect(detectCoordinateSystem(collection([[570_000, 6_815_000]]))).toEqual({
			ok: false,
			reason: 'unrecognised'
		});
		expect(detectCoordinateSystem(collection([[52.09, 5.12]]))).toEqual({
			ok: false,
			reason: 'lat-lon-swapped'
		});
		const mercator = { type: 'name', properties: { name: 'EPSG:3857' } };
		expect(detectCoordinateSystem(collection([[570_000, 6_815_000]], mercator))).toEqual({
			ok: false,
			reason: 'crs-unsupported',
			crsName: 'EPSG:3857'
		});
		expect(detectCoordinateSystem(collection([[5.12, 52.09]], rdCrs))).toEqual({
			ok: false,
			reason: 'crs-mismatch',
			crsName: 'urn:ogc:def:crs:EPSG::28992'
		});
	});

	it('says so when there are no coordinates to look at', () => {
		expect(detectCoordinateSystem({ features: [] })).toEqual({ ok: false, reason: 'empty' });
	});
});
