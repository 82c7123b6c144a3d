/** Each table's columns with their types, in schema.ts order: what the loader appends. */
import type { TableColumns } from './appender';

// Arrow appends match columns by position; appendColumns checks this order against the table.
export const ISSUES = {
	id: 'VARCHAR',
	title: 'VARCHAR',
	year: 'INTEGER',
	number: 'INTEGER',
	serial: 'INTEGER',
	date: 'DATE',
	publisher: 'VARCHAR',
	editor: 'VARCHAR',
	reviewer: 'VARCHAR',
	signer: 'VARCHAR',
	source_file: 'VARCHAR',
	content_hash: 'VARCHAR',
	synthetic: 'BOOLEAN',
	item_count: 'INTEGER'
} satisfies TableColumns;
export const ITEMS = {
	id: 'VARCHAR',
	issue_id: 'VARCHAR',
	section: 'VARCHAR',
	seq: 'INTEGER',
	title: 'VARCHAR',
	body: 'VARCHAR',
	attribution: 'VARCHAR',
	kind: 'VARCHAR',
	contributor: 'VARCHAR',
	info_source: 'VARCHAR',
	event_date: 'DATE',
	event_precision: 'VARCHAR',
	month: 'VARCHAR',
	issue_date: 'DATE',
	year: 'INTEGER',
	synthetic: 'BOOLEAN',
	line: 'INTEGER'
} satisfies TableColumns;
export const ITEM_ALLIANCES = {
	item_id: 'VARCHAR',
	alliance_id: 'VARCHAR',
	role: 'VARCHAR',
	text: 'VARCHAR'
} satisfies TableColumns;
export const ITEM_TOPICS = {
	item_id: 'VARCHAR',
	topic_id: 'VARCHAR',
	words: 'VARCHAR[]'
} satisfies TableColumns;
export const PARSE_WARNINGS = {
	issue_id: 'VARCHAR',
	code: 'VARCHAR',
	message: 'VARCHAR',
	line: 'INTEGER',
	text: 'VARCHAR'
} satisfies TableColumns;
export const UNRESOLVED_NAMES = {
	issue_id: 'VARCHAR',
	item_id: 'VARCHAR',
	text: 'VARCHAR',
	role: 'VARCHAR',
	suggestions: 'VARCHAR[]'
} satisfies TableColumns;
export const ALLIANCES = {
	id: 'VARCHAR',
	name: 'VARCHAR',
	short_names: 'VARCHAR[]',
	aliases: 'VARCHAR[]',
	acronym: 'VARCHAR',
	domain: 'VARCHAR',
	user_created: 'BOOLEAN'
} satisfies TableColumns;
export const TOPICS = {
	id: 'VARCHAR',
	zh: 'VARCHAR',
	en: 'VARCHAR',
	dimension: 'VARCHAR',
	sections: 'VARCHAR[]',
	keywords: 'VARCHAR[]'
} satisfies TableColumns;
