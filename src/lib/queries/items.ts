/** The items list: search, sort, fifty to a page. */
import type { Section } from '../bulletin/types';
import type { Db } from '../db/types';
import { cutContext } from './keywords';
import { itemWhere, run, sql, textQuery, type QueryFilters } from './where';

/** Rows per page. */
export const PAGE_SIZE = 50;

/** One item in the list. */
export interface ItemListRow {
	id: string;
	issueId: string;
	issueDate: string | null;
	section: Section;
	title: string;
	/** Text around the first match of q in the body, else the body's opening (about 80 characters). */
	snippet: string;
	/** The first contributing alliance's registered name, else the attribution's contributor text. */
	contributorName: string | null;
	/** Contributing alliances, sorted. */
	allianceIds: string[];
	/** Activity types, sorted. */
	topicIds: string[];
	synthetic: boolean;
}

/** One page of items and how many match in all. */
export interface ItemPage {
	total: number;
	page: number;
	pageSize: number;
	rows: ItemListRow[];
}

/** Sort keys: newest first by default; sections in bulletin order. */
export const ITEM_SORTS = {
	'-date': 'i.issue_date DESC NULLS LAST, i.issue_id DESC, i.seq',
	date: 'i.issue_date ASC NULLS LAST, i.issue_id, i.seq',
	title: 'i.title, i.id',
	'-title': 'i.title DESC, i.id',
	alliance: 'contributorName NULLS LAST, i.issue_date DESC, i.seq',
	'-alliance': 'contributorName DESC NULLS LAST, i.issue_date DESC, i.seq',
	section:
		"array_position(['policy', 'liaison', 'alliance'], i.section), i.issue_date DESC NULLS LAST, i.seq"
} as const;

/** The list's sort key for `key`, or the default '-date'. */
export function itemSortKey(key: string | null | undefined): keyof typeof ITEM_SORTS {
	return key && Object.hasOwn(ITEM_SORTS, key) ? (key as keyof typeof ITEM_SORTS) : '-date';
}

const SNIPPET = 80;

function snippetOf(body: string, q: string): string {
	const cut = q ? cutContext(body, q, SNIPPET / 2) : null;
	if (cut) return `${cut.left.length >= SNIPPET / 2 ? '…' : ''}${cut.left}${cut.match}${cut.right}`;
	const chars = [...body.replace(/\s+/g, ' ').trim()];
	return chars.length > SNIPPET ? `${chars.slice(0, SNIPPET).join('')}…` : chars.join('');
}

// The first contributing alliance's registered name, else the attribution's contributor text.
const CONTRIBUTOR_NAME = `coalesce((SELECT a.name FROM item_alliances c JOIN alliances a ON a.id = c.alliance_id
	WHERE c.item_id = i.id AND c.role = 'contributor' ORDER BY c.alliance_id LIMIT 1), i.contributor)`;

/** Page `f.page` (from 1) of the items in scope, sorted by `f.sort` (ITEM_SORTS). */
export async function listItems(db: Db, f: QueryFilters): Promise<ItemPage> {
	const where = itemWhere(f);
	const page = Math.max(1, Math.floor(f.page ?? 1));
	const key = itemSortKey(f.sort);
	// The outer query names the page `i` with the same columns, so the one ORDER BY text sorts both.
	const order = { sql: `${ITEM_SORTS[key]}, i.id`, params: [] };
	// Only the alliance sort needs every item's contributor name; the others look it up for the page alone.
	const pageName = {
		sql: key === 'alliance' || key === '-alliance' ? CONTRIBUTOR_NAME : 'NULL',
		params: []
	};
	const [count] = await run<{ total: number }>(
		db,
		sql`SELECT count(*) AS total FROM items i WHERE ${where}`
	);
	const rows = await run<Omit<ItemListRow, 'snippet'> & { body: string | null }>(
		db,
		sql`WITH page AS (
			SELECT i.id, i.issue_id, i.issue_date, i.section, i.seq, i.title, i.contributor, ${pageName} AS contributorName
			FROM items i WHERE ${where}
			ORDER BY ${order} LIMIT ${PAGE_SIZE}::INTEGER OFFSET ${(page - 1) * PAGE_SIZE}::INTEGER)
		SELECT i.id, i.issue_id AS issueId, i.issue_date AS issueDate, i.section, i.title, b.body, b.synthetic,
			${{ sql: CONTRIBUTOR_NAME, params: [] }} AS contributorName,
			coalesce((SELECT list(DISTINCT c.alliance_id ORDER BY c.alliance_id) FROM item_alliances c
				WHERE c.item_id = i.id AND c.role = 'contributor'), []::VARCHAR[]) AS allianceIds,
			coalesce((SELECT list(DISTINCT t.topic_id ORDER BY t.topic_id) FROM item_topics t WHERE t.item_id = i.id), []::VARCHAR[]) AS topicIds
		FROM page i JOIN items b ON b.id = i.id ORDER BY ${order}`
	);
	const q = textQuery(f);
	return {
		total: count?.total ?? 0,
		page,
		pageSize: PAGE_SIZE,
		rows: rows.map(({ body, ...row }) => ({ ...row, snippet: snippetOf(body ?? '', q) }))
	};
}
