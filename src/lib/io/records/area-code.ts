// Area codes as CBS writes them (`BU03440101`, `WK034401`, `GM0344`), or a team-drawn area
// (`EIGEN-…`), the same shapes `areaSchema` accepts. A buurt name (`Binnenstad`) is not a code:
// the map and the scores link records to areas by code, so a name would silently link nothing.

const cbsCode = /^(?:BU\d{4}[0-9A-Z]{4}|WK\d{4}[0-9A-Z]{2}|GM\d{4})$/i;
const ownCode = /^EIGEN-[A-Za-z0-9-]+$/i;

/** Reads an area code, upper-casing the CBS prefix; null when the text is not an area code. */
export function parseAreaCode(text: string): string | null {
	const trimmed = text.trim();
	if (cbsCode.test(trimmed)) return trimmed.toUpperCase();
	if (ownCode.test(trimmed)) return `EIGEN-${trimmed.slice(6)}`;
	return null;
}
