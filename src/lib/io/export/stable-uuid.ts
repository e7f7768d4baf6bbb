/**
 * A UUID (version 8, RFC 9562 "custom") derived from a text, so the same organisation name or
 * category gets the same id in every export: other tools can then match records between exports.
 * Four 32-bit FNV-1a hashes with different seeds make the 128 bits; this is an identifier, not a
 * security measure.
 */
export function stableUuid(text: string): string {
	const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
		let hash = seed >>> 0;
		for (let i = 0; i < text.length; i++) {
			hash ^= text.charCodeAt(i);
			hash = Math.imul(hash, 0x01000193) >>> 0;
		}
		return hash.toString(16).padStart(8, '0');
	});
	const hex = words.join('').split('');
	hex[12] = '8';
	hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	const s = hex.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
