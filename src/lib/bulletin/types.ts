/** Shapes of a parsed bulletin: the one contract between the parser, the CLI, the engine and the UI. */

/** The three kinds of section a bulletin has. */
export type Section = 'policy' | 'liaison' | 'alliance';
export const SECTIONS: readonly Section[] = ['policy', 'liaison', 'alliance'];

/** `contributed`: …供稿; `digest`: …摘述，信息来源：X. */
export type ItemKind = 'contributed' | 'digest';

/** How much of an event date the text gave. */
export type DatePrecision = 'day' | 'month' | 'year';

/** How an item relates to an alliance: attribution, title, or body. */
export type AllianceRole = 'contributor' | 'subject' | 'mentioned';

/** The issue a bulletin file holds. Dates are China calendar dates as 'YYYY-MM-DD'. */
export interface IssueMeta {
	/** 'YYYY-NN', e.g. '2026-01'. */
	id: string;
	title: string;
	year: number;
	/** 第N期 within the year. */
	number: number;
	/** 总第N期, or null when the header does not give it. */
	serial: number | null;
	date: string | null;
	publisher: string | null;
	editor: string | null;
	reviewer: string | null;
	signer: string | null;
	synthetic: boolean;
}

/** An alliance an item names, with the text that named it. */
export interface ItemAlliance {
	id: string;
	name: string;
	role: AllianceRole;
	/** The words in the bulletin that resolved to this alliance. */
	text: string;
}

/** One activity type (or policy theme) an item was tagged with, and the words that earned it. */
export interface TopicMatch {
	id: string;
	words: string[];
}

/** One item of a bulletin. */
export interface ParsedItem {
	/** `${issueId}-${seq two digits}`, e.g. '2026-01-09'. */
	id: string;
	section: Section;
	/** 1-based position in the issue. */
	seq: number;
	title: string;
	body: string;
	attribution: string | null;
	kind: ItemKind | null;
	contributor: string | null;
	infoSource: string | null;
	alliances: ItemAlliance[];
	topics: TopicMatch[];
	eventDate: string | null;
	eventPrecision: DatePrecision | null;
	/** 1-based line of the title in the decoded text. */
	line: number;
}

/** Something the parser could not place or resolve; never a silent drop. */
export interface ParseWarning {
	code: WarningCode;
	message: string;
	line: number | null;
	/** The text concerned, quoted. */
	text?: string;
}

export type WarningCode =
	| 'header-missing'
	| 'toc-missing'
	| 'toc-unmatched'
	| 'item-not-in-toc'
	| 'no-attribution'
	| 'unresolved-name'
	| 'orphan-text'
	| 'no-activity-type'
	| 'section-unknown'
	| 'section-mismatch'
	| 'title-mismatch'
	| 'closing-missing';

/** A name the registry could not resolve, with suggestions. */
export interface UnresolvedName {
	text: string;
	itemId: string;
	role: AllianceRole;
	suggestions: { id: string; name: string }[];
}

/** Everything one bulletin yields. */
export interface ParsedIssue {
	issue: IssueMeta;
	items: ParsedItem[];
	warnings: ParseWarning[];
	unresolved: UnresolvedName[];
}
