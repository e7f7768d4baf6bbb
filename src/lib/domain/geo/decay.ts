// e^x for the distance decay of supply, computed the same way in JavaScript and in the
// WebAssembly kernel (area-search.wat, `$exp`), so both give the same weights to the last bit.
// Math.exp is not specified to that precision and may differ between engines.

/** 1 / n! for n = 2 … 13. */
const c2 = 0.5;
const c3 = 0.16666666666666666;
const c4 = 0.041666666666666664;
const c5 = 0.008333333333333333;
const c6 = 0.0013888888888888889;
const c7 = 0.0001984126984126984;
const c8 = 0.0000248015873015873;
const c9 = 0.0000027557319223985893;
const c10 = 2.755731922398589e-7;
const c11 = 2.505210838544172e-8;
const c12 = 2.08767569878681e-9;
const c13 = 1.6059043836821613e-10;
/** ln 2 in two parts; the first has trailing zero bits, so k · ln2High is exact for |k| < 2^20. */
const ln2High = 0.6931471803691238;
const ln2Low = 1.9082149292705877e-10;

/** 2^−i for i = 0 … 1000, exact. */
const twoToTheMinus = Float64Array.from({ length: 1001 }, (_, i) => 2 ** -i);

/**
 * e^x for x ≤ 0, within 2 units in the last place of the true value (0 below −745.2): x = k · ln 2
 * + r with |r| ≤ ln 2 / 2 (k rounded half up), e^r by its Taylor series to r¹³ (the rest is below 10⁻¹⁷) in Estrin's
 * scheme, times 2^k.
 */
export function exponential(x: number): number {
	if (x < -745.2) return 0;
	const k = Math.floor(x * 1.4426950408889634 + 0.5);
	const r = x - k * ln2High - k * ln2Low;
	const r2 = r * r;
	const r4 = r2 * r2;
	const p =
		1 +
		r +
		r2 * (c2 + r * c3) +
		(r4 * (c4 + r * c5 + r2 * (c6 + r * c7)) +
			r4 * r4 * (c8 + r * c9 + r2 * (c10 + r * c11 + r2 * (c12 + r * c13))));
	// Below the smallest normal number in two steps, as the kernel does.
	return k < -1000 ? p * twoToTheMinus[-k - 1000] * twoToTheMinus[1000] : p * twoToTheMinus[-k];
}
