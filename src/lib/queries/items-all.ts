/** "Export all matching": every item under the filters, in the list's order, without paging. */
import type { Db } from '../db/types';
import type { ItemListRow } from './items';
import { ITEM_SORTS, itemSortKey } from './items';
import { itemWhere, run, sql, type QueryFilters } from './where';

/** One item as the list shows it, less the snippet (the export has the whole title, not a cut of the body). */
export type MatchingItemRow = Omit<ItemListRow, 'snippet'>;

// Same expression as items.ts (not exported there): the first contributing alliance's name, else the attribution's text.
const CONTRIBUTOR_NAME = `coalesce((SELECT a.name FROM item_alliances c JOIN alliances a ON a.id = c.alliance_id
	WHERE c.item_id = i.id AND c.role = 'contributor' ORDER BY c.alliance_id LIMIT 1), i.contributor)`;

/** Every item in scope of `f`, sorted by `f.sort` exactly as listItems pages them (page is ignored). */
export function matchingItems(db: Db, f: QueryFilters): Promise<MatchingItemRow[]> {
	const order = { sql: `${ITEM_SORTS[itemSortKey(f.sort)]}, i.id`, params: [] };
	return run<MatchingItemRow>(
		db,
		sql`WITH named AS (
			SELECT i.*, ${{ sql: CONTRIBUTOR_NAME, params: [] }} AS contributorName FROM items i WHERE ${itemWhere(f)})
		SELECT i.id, i.issue_id AS issueId, i.issue_date AS issueDate, i.section, i.title, i.synthetic, i.contributorName,
			coalesce((SELECT list(DISTINCT c.alliance_id ORDER BY c.alliance_id) FROM item_alliances c
				WHERE c.item_id = i.id AND c.role = 'contributor'), []::VARCHAR[]) AS allianceIds,
			coalesce((SELECT list(DISTINCT t.topic_id ORDER BY t.topic_id) FROM item_topics t WHERE t.item_id = i.id), []::VARCHAR[]) AS topicIds
		FROM named i ORDER BY ${order}`
	);
}
