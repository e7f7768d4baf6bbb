/** A short message to the user: the outcome of an action, or what went wrong. */
export interface Notice {
	id: number;
	tone: 'success' | 'error' | 'info';
	text: string;
}

/** Messages shown in the page's live region; screen readers announce each one. */
export class Notices {
	items = $state.raw<Notice[]>([]);
	#next = 1;

	/** Shows a message; success and info messages go away by themselves after `ms` milliseconds. */
	push(tone: Notice['tone'], text: string, ms = 6000): void {
		const notice = { id: this.#next++, tone, text };
		this.items = [...this.items, notice];
		if (tone !== 'error') setTimeout(() => this.dismiss(notice.id), ms);
	}

	/** Removes a message. */
	dismiss(id: number): void {
		this.items = this.items.filter((n) => n.id !== id);
	}
}

/** The app's notices. */
export const notices = new Notices();
