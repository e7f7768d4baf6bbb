/**
 * A facilitator's countdown for one step, as plain data: it runs from `startedAt` (ms since the
 * epoch) or is paused with `elapsedMs` already used. Pure, so the screen can redraw it from a
 * clock tick and tests can pass any time.
 */
export interface StepTimer {
	/** Planned time for the step, in milliseconds. */
	durationMs: number;
	/** Time used before the current run, in milliseconds. */
	elapsedMs: number;
	/** When the current run started (ms since the epoch); null while paused. */
	startedAt: number | null;
}

/** A paused timer of `minutes` minutes that has not run yet. */
export function newTimer(minutes: number): StepTimer {
	return { durationMs: Math.max(0, minutes) * 60_000, elapsedMs: 0, startedAt: null };
}

/** Time used at `now`, in milliseconds. */
export function elapsed(timer: StepTimer, now: number): number {
	return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Time left at `now`, in milliseconds; negative when the step runs over. */
export function remaining(timer: StepTimer, now: number): number {
	return timer.durationMs - elapsed(timer, now);
}

/** Starts a paused timer, or pauses a running one, at `now`. */
export function toggle(timer: StepTimer, now: number): StepTimer {
	if (timer.startedAt === null) return { ...timer, startedAt: now };
	return { ...timer, elapsedMs: elapsed(timer, now), startedAt: null };
}

/** Time as `m:ss`, with a leading `−` when over time (`−1:05`). */
export function clockText(ms: number): string {
	const over = ms < 0;
	const seconds = Math.floor(Math.abs(ms) / 1000);
	const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return over ? `−${text}` : text;
}
