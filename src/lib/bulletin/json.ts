/** The JSON contract of `npm run parse`: one element per file (README documents it). */
import type { ParsedIssue } from './types';

/** One element of the `npm run parse` output. */
export interface ParseOutput {
	file: string;
	issue?: {
		id: string;
		year: number;
		number: number;
		serial: number | null;
		date: string | null;
		synthetic: boolean;
	};
	items?: {
		id: string;
		section: string;
		seq: number;
		title: string;
		body: string;
		attribution: string | null;
		kind: string | null;
		contributor: string | null;
		infoSource: string | null;
		alliances: { id: string; name: string; role: string }[];
		topics: string[];
		eventDate: string | null;
		eventPrecision: string | null;
	}[];
	warnings?: { code: string; message: string; line: number | null }[];
	error?: string;
}

/** Shape a parsed issue for the CLI. */
export function toParseOutput(file: string, parsed: ParsedIssue): ParseOutput {
	const { id, year, number, serial, date, synthetic } = parsed.issue;
	return {
		file,
		issue: { id, year, number, serial, date, synthetic },
		items: parsed.items.map((it) => ({
			id: it.id,
			section: it.section,
			seq: it.seq,
			title: it.title,
			body: it.body,
			attribution: it.attribution,
			kind: it.kind,
			contributor: it.contributor,
			infoSource: it.infoSource,
			alliances: it.alliances.map(({ id, name, role }) => ({ id, name, role })),
			topics: it.topics.map((t) => t.id),
			eventDate: it.eventDate,
			eventPrecision: it.eventPrecision
		})),
		warnings: parsed.warnings.map(({ code, message, line }) => ({ code, message, line }))
	};
}
