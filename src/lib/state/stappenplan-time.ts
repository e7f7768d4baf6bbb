/** The current time as an ISO 8601 timestamp in UTC, for new records. */
export function nowIso(): string {
	return new Date().toISOString();
}
