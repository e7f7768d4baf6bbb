// e^x for the distance decay of supply, computed the same way in JavaScript and in the
// WebAssembly kernel (area-search.wat, in `scanArea`), so both give the same weights to the last
// bit. Math.exp is not specified to that precision and may differ between engines.

/** 2^(j / 32) for j = 0 … 31, each the double nearest the true value (the kernel reads these too). */
export const twoToTheThirtySeconds = Float64Array.of(
	1.0,
	1.0218971486541166,
	1.0442737824274138,
	1.0671404006768237,
	1.0905077326652577,
	1.1143867425958924,
	1.1387886347566916,
	1.1637248587775775,
	1.189207115002721,
	1.215247359980469,
	1.241857812073484,
	1.2690509571917332,
	1.2968395546510096,
	1.3252366431597413,
	1.3542555469368927,
	1.383909881963832,
	1.4142135623730951,
	1.4451808069770467,
	1.4768261459394993,
	1.5091644275934228,
	1.5422108254079407,
	1.5759808451078865,
	1.6104903319492543,
	1.645755478153965,
	1.681792830507429,
	1.718619298122478,
	1.7562521603732995,
	1.7947090750031072,
	1.8340080864093424,
	1.8741676341103,
	1.9152065613971474,
	1.9571441241754002
);

/** 32 / ln 2. */
const thirtyTwoOverLn2 = 46.16624130844683;
/** ln 2 / 32 in two parts; the first has trailing zero bits, so n · high is exact for |n| < 2^20. */
const ln2Over32High = 0.02166084938653512;
const ln2Over32Low = 5.9631716539705866e-12;
/** 1 / n! for n = 3 … 6. */
const c3 = 0.16666666666666666;
const c4 = 0.041666666666666664;
const c5 = 0.008333333333333333;
const c6 = 0.001388888888888889;

/** 2^−i for i = 0 … 1000, exact. */
const twoToTheMinus = Float64Array.from({ length: 1001 }, (_, i) => 2 ** -i);

/**
 * e^x for x ≤ 0, within 2 units in the last place of the true value (0 below −745.2): x = n · ln 2 / 32
 * + r with |r| ≤ ln 2 / 64 (n rounded half up), so e^x = 2^k · 2^(j/32) · e^r for n = 32k + j,
 * with 2^(j/32) from a table and e^r by its Taylor series to r⁶ (the rest is below 10⁻¹⁷).
 */
export function exponential(x: number): number {
	if (x < -745.2) return 0;
	const n = Math.floor(x * thirtyTwoOverLn2 + 0.5);
	const r = x - n * ln2Over32High - n * ln2Over32Low;
	const r2 = r * r;
	// e^r − 1, added to 1 only after scaling, which keeps the rounding small.
	const q = r + r2 * (0.5 + r * c3) + r2 * r2 * (c4 + r * c5 + r2 * c6);
	const j = n & 31;
	const k = (n - j) / 32;
	const t = twoToTheThirtySeconds[j];
	const scaled = t + t * q;
	// Below the smallest normal number in two steps, as the kernel does.
	return k < -1000
		? scaled * twoToTheMinus[-k - 1000] * twoToTheMinus[1000]
		: scaled * twoToTheMinus[-k];
}
