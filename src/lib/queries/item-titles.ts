/** The evidence lists' question: for these item ids, what a reviewer needs to recognise each item. */
import type { Section } from '../bulletin/types';
import type { Db } from '../db/types';
import { inList, run, sql } from './sql';

/** One item as an evidence line: its title and where it was printed. */
export interface ItemTitleRow {
	id: string;
	issueId: string;
	issueDate: string | null;
	section: Section;
	title: string;
	synthetic: boolean;
}

/** Title, issue and synthetic flag of each of `ids` that exists, in issue order then position. */
export async function itemTitles(db: Db, ids: readonly string[]): Promise<ItemTitleRow[]> {
	const distinct = [...new Set(ids)];
	if (distinct.length === 0) return [];
	return run<ItemTitleRow>(
		db,
		sql`SELECT i.id, i.issue_id AS issueId, i.issue_date AS issueDate, i.section, i.title, i.synthetic
		FROM items i WHERE ${inList('i.id', distinct)}
		ORDER BY i.issue_id, i.seq NULLS LAST, i.id`
	);
}
