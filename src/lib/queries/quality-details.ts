/**
 * The data-quality lists as the page shows them: unresolved names with their example items' titles, and items
 * without an attribution with their synthetic flag (every list of items shows the 合成数据 badge).
 */
import type { Db } from '../db/types';
import { unresolvedNames, type UnattributedItemRow, type UnresolvedNameRow } from './quality';
import { inList, itemWhere, run, sql, type QueryFilters } from './where';

/** An item a quality row points to. */
export interface ExampleItem {
	id: string;
	title: string;
	synthetic: boolean;
}

/** An unresolved name with up to three of its items, titled. */
export interface UnresolvedNameDetail extends UnresolvedNameRow {
	examples: ExampleItem[];
}

/** An item without an attribution, and whether it comes from a synthetic issue. */
export interface UnattributedItemDetail extends UnattributedItemRow {
	synthetic: boolean;
}

/** Unresolved names in issues of the period (most frequent first), each with its example items' titles. */
export async function unresolvedNameDetails(
	db: Db,
	f: QueryFilters
): Promise<UnresolvedNameDetail[]> {
	const rows = await unresolvedNames(db, f);
	const ids = [...new Set(rows.flatMap((r) => r.exampleItemIds))];
	const items = ids.length
		? await run<ExampleItem>(
				db,
				sql`SELECT i.id, coalesce(i.title, '') AS title, coalesce(i.synthetic, false) AS synthetic FROM items i WHERE ${inList('i.id', ids)}`
			)
		: [];
	const byId = new Map(items.map((i) => [i.id, i]));
	return rows.map((r) => ({
		...r,
		examples: r.exampleItemIds.map((id) => byId.get(id) ?? { id, title: '', synthetic: false })
	}));
}

/** Items in scope without an attribution, in bulletin order (quality.ts's itemsWithoutAttribution plus the synthetic flag). */
export function unattributedItemDetails(
	db: Db,
	f: QueryFilters
): Promise<UnattributedItemDetail[]> {
	return run<UnattributedItemDetail>(
		db,
		sql`SELECT i.id AS itemId, i.issue_id AS issueId, i.section, i.seq, i.title, coalesce(i.synthetic, false) AS synthetic
		FROM items i WHERE i.attribution IS NULL AND ${itemWhere(f)} ORDER BY i.issue_date NULLS LAST, i.issue_id, i.seq`
	);
}
