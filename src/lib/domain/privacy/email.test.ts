import { describe, expect, it } from 'vitest';
import { findEmails } from './email';

const found = (text: string) => findEmails(text).map((f) => text.slice(f.start, f.end));

describe('findEmails', () => {
	it('finds an address and leaves a closing full stop out', () => {
		expect(found('Mail jan.de.vries@example.nl.')).toEqual(['jan.de.vries@example.nl']);
	});

	it('finds addresses with plus signs, hyphens and subdomains', () => {
		expect(found('a+wijk@post.buurt-hulp.example.org, b_c@x.nl')).toEqual([
			'a+wijk@post.buurt-hulp.example.org',
			'b_c@x.nl'
		]);
	});

	it('does not flag a handle or an @ without a domain', () => {
		expect(found('Volg @buurthulp of mail naar info@ de balie')).toEqual([]);
	});
});
