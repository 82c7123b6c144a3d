/** The data-quality view: what the archive is missing and what the parser could not place. */
import type { Section, WarningCode } from '../bulletin/types';
import type { Db } from '../db/types';
import { issueWhere, itemWhere, run, sql, type QueryFilters } from './where';

/** A 总第N期 serial between the archive's lowest and highest with no issue, and the issues either side. */
export interface MissingSerialRow {
	serial: number;
	/** The issue with the nearest lower serial. */
	after: string | null;
	/** The issue with the nearest higher serial. */
	before: string | null;
}

/** An issue whose header gave no 总第N期. */
export interface IssueWithoutSerialRow {
	issueId: string;
	date: string | null;
	sourceFile: string | null;
}

/** A name no registered alliance matched, how often it occurs, and what it might be. */
export interface UnresolvedNameRow {
	text: string;
	/** Items it occurs in. */
	items: number;
	/** Up to three of those items, by id. */
	exampleItemIds: string[];
	/** Registered alliances it may be, best first (from its first occurrence). */
	suggestions: { id: string; name: string }[];
}

/** An item with no attribution line (…供稿 / 信息来源). */
export interface UnattributedItemRow {
	itemId: string;
	issueId: string;
	section: Section;
	seq: number | null;
	title: string;
}

/** A parse warning stored with its issue. */
export interface ParseWarningRow {
	issueId: string;
	code: WarningCode;
	message: string;
	line: number | null;
	text: string | null;
}

/** Serials missing between the lowest and highest serial of the issues in the period. */
export function missingSerials(db: Db, f: QueryFilters): Promise<MissingSerialRow[]> {
	return run<MissingSerialRow>(
		db,
		sql`WITH present AS (SELECT s.id, s.serial FROM issues s WHERE s.serial IS NOT NULL AND ${issueWhere(f)}),
		expected AS (SELECT unnest(range(min(serial), max(serial) + 1)) AS serial FROM present)
		SELECT e.serial::INTEGER AS serial,
			(SELECT p.id FROM present p WHERE p.serial < e.serial ORDER BY p.serial DESC, p.id LIMIT 1) AS after,
			(SELECT p.id FROM present p WHERE p.serial > e.serial ORDER BY p.serial, p.id LIMIT 1) AS before
		FROM expected e WHERE e.serial NOT IN (SELECT serial FROM present) ORDER BY e.serial`
	);
}

/** Bulletin issues (not the month groups of an items CSV, which have no serial by nature) in the period without a serial, by date. */
export function issuesWithoutSerial(db: Db, f: QueryFilters): Promise<IssueWithoutSerialRow[]> {
	return run<IssueWithoutSerialRow>(
		db,
		sql`SELECT s.id AS issueId, s.date, s.source_file AS sourceFile FROM issues s
		WHERE s.serial IS NULL AND NOT regexp_matches(s.id, '^csv[0-9]*-') AND ${issueWhere(f)}
		ORDER BY s.date NULLS LAST, s.id`
	);
}

/** Unresolved names in issues of the period, most frequent first. */
export async function unresolvedNames(db: Db, f: QueryFilters): Promise<UnresolvedNameRow[]> {
	const rows = await run<Omit<UnresolvedNameRow, 'suggestions'> & { suggestions: string[] | null }>(
		db,
		sql`SELECT u.text, count(DISTINCT u.item_id) AS items,
			coalesce(list(DISTINCT u.item_id ORDER BY u.item_id) FILTER (WHERE u.item_id IS NOT NULL), []::VARCHAR[])[1:3] AS exampleItemIds,
			arg_min(u.suggestions, coalesce(u.item_id, '')) AS suggestions
		FROM unresolved_names u JOIN issues s ON s.id = u.issue_id
		WHERE ${issueWhere(f)} GROUP BY u.text ORDER BY items DESC, u.text`
	);
	const names = new Map(
		(await db.query<{ id: string; name: string }>('SELECT id, name FROM alliances')).map((a) => [
			a.id,
			a.name
		])
	);
	return rows.map((r) => ({
		...r,
		suggestions: (r.suggestions ?? []).map((id) => ({ id, name: names.get(id) ?? id }))
	}));
}

/** Items in scope without an attribution, in bulletin order. */
export function itemsWithoutAttribution(db: Db, f: QueryFilters): Promise<UnattributedItemRow[]> {
	return run<UnattributedItemRow>(
		db,
		sql`SELECT i.id AS itemId, i.issue_id AS issueId, i.section, i.seq, i.title FROM items i
		WHERE i.attribution IS NULL AND ${itemWhere(f)} ORDER BY i.issue_date NULLS LAST, i.issue_id, i.seq`
	);
}

/** Parse warnings of the issues in the period, by issue date and line. */
export function parseWarnings(db: Db, f: QueryFilters): Promise<ParseWarningRow[]> {
	return run<ParseWarningRow>(
		db,
		sql`SELECT w.issue_id AS issueId, w.code, w.message, w.line, w.text
		FROM parse_warnings w JOIN issues s ON s.id = w.issue_id
		WHERE ${issueWhere(f)} ORDER BY s.date NULLS LAST, w.issue_id, w.line NULLS LAST, w.code`
	);
}
