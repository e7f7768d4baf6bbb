/** The last change the user can take back, as the undo notice shows it. */
export interface UndoNotice {
	/** Raised for every new notice, so the UI can tell two equal texts apart. */
	id: number;
	/** What happened, e.g. "Aanbod ‘Taalcafé’ verwijderd." */
	text: string;
	/** True while the change can still be undone. */
	undoable: boolean;
}

/**
 * One level of undo: the most recent change to an offer or need, until the next change replaces
 * it or the user dismisses it. It does not time out, so nobody has to be quick (WCAG 2.2.1).
 */
export class UndoHistory {
	/** The notice to show, or null. */
	notice = $state.raw<UndoNotice | null>(null);
	#undo: (() => Promise<string>) | null = null;
	#next = 1;

	/** Remembers a change; `undo` takes it back and returns what to say when it did. */
	record(text: string, undo: () => Promise<string>): void {
		this.#undo = undo;
		this.notice = { id: this.#next++, text, undoable: true };
	}

	/** Says something without offering an undo (e.g. that an undo worked). */
	tell(text: string): void {
		this.#undo = null;
		this.notice = { id: this.#next++, text, undoable: false };
	}

	/** Forgets the notice and its undo. */
	dismiss(): void {
		this.#undo = null;
		this.notice = null;
	}

	/** Takes back the last change; throws when that fails, and then the change stays undoable. */
	async undo(): Promise<void> {
		const undo = this.#undo;
		if (!undo) return;
		const text = await undo();
		this.tell(text);
	}
}
