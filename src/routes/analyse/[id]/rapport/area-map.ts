import type { Area, LonLat } from '$lib/domain/records';

// The buurten as a static SVG for the printed report: the interactive map does not print well.
// Longitude is scaled by cos(mid-latitude) so shapes keep their proportions at Dutch latitudes
// (an equirectangular projection, plenty for a wijk of a few kilometres).

/** One area drawn: its SVG path and where its label goes, in SVG units. */
export interface DrawnArea {
	code: string;
	name: string;
	path: string;
	label: { x: number; y: number };
}

/** The drawing of a set of areas, with the SVG size in user units. */
export interface AreaDrawing {
	width: number;
	height: number;
	areas: DrawnArea[];
}

function rings(area: Area): LonLat[][] {
	return area.geometry.type === 'Polygon'
		? area.geometry.coordinates
		: area.geometry.coordinates.flat();
}

/**
 * Projects areas into an SVG box `width` units wide, keeping proportions, with `margin` units
 * around; each ring becomes a closed subpath, labels sit at the centre of the outer ring's box.
 */
export function drawAreas(areas: readonly Area[], width = 600, margin = 8): AreaDrawing {
	const points = areas.flatMap((a) => rings(a).flat());
	if (points.length === 0) return { width, height: 0, areas: [] };
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
	const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
	const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
	const spanX = Math.max((maxLon - minLon) * kx, 1e-9);
	const spanY = Math.max(maxLat - minLat, 1e-9);
	const scale = (width - 2 * margin) / spanX;
	const height = Math.round(spanY * scale + 2 * margin);
	const x = (lon: number) => margin + (lon - minLon) * kx * scale;
	const y = (lat: number) => margin + (maxLat - lat) * scale;
	const round = (v: number) => Math.round(v * 10) / 10;
	return {
		width,
		height,
		areas: areas.map((area) => {
			const all = rings(area);
			const path = all
				.map(
					(ring) => `M${ring.map(([lon, lat]) => `${round(x(lon))},${round(y(lat))}`).join('L')}Z`
				)
				.join('');
			const outer = all[0] ?? [];
			const xs = outer.map((p) => x(p[0]));
			const ys = outer.map((p) => y(p[1]));
			return {
				code: area.code,
				name: area.name,
				path,
				label: {
					x: round((Math.min(...xs) + Math.max(...xs)) / 2),
					y: round((Math.min(...ys) + Math.max(...ys)) / 2)
				}
			};
		})
	};
}
