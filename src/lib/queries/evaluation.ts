/** The evaluation's question: for year Y, the issues, the registered alliances and every contributed item. */
import type { Db } from '../db/types';
import { run, sql } from './sql';

/** Which rows count: `real` leaves out synthetic issues and items (demo archives). */
export interface EvaluationFilters {
	year: number;
	real?: boolean;
}

/** One issue of the year. */
export interface EvaluationIssueRow {
	id: string;
	number: number | null;
	date: string | null;
}

/** One registered alliance. */
export interface RegisteredAllianceRow {
	id: string;
	name: string;
}

/** One item contributed by one alliance in the year, with its activity types and their dimensions. */
export interface ContributedItemRow {
	alliance_id: string;
	item_id: string;
	issue_id: string;
	seq: number | null;
	/** Distinct activity types, sorted. */
	topic_ids: string[];
	/** Distinct dimensions of those types (policy included when tagged), sorted. */
	dimensions: string[];
}

/** What the model needs for one year. */
export interface EvaluationRows {
	issues: EvaluationIssueRow[];
	alliances: RegisteredAllianceRow[];
	items: ContributedItemRow[];
}

function checkYear(year: number): void {
	if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number, got ${year}`);
}

/** The year's issues in publication order (number within the volume year, then date). */
export function evaluationIssues(db: Db, { year, real = false }: EvaluationFilters) {
	checkYear(year);
	return run<EvaluationIssueRow>(
		db,
		sql`SELECT id, number, date FROM issues
		WHERE year = ${year}::INTEGER AND (NOT ${real} OR synthetic IS NOT TRUE)
		ORDER BY number NULLS LAST, date NULLS LAST, id`
	);
}

/** Every registered alliance (shipped or added by a person), by id. */
export function registeredAlliances(db: Db) {
	return db.query<RegisteredAllianceRow>('SELECT id, name FROM alliances ORDER BY id');
}

/** Items of the year's issues with a registered contributing alliance, one row per (alliance, item). */
export function contributedItems(db: Db, { year, real = false }: EvaluationFilters) {
	checkYear(year);
	return run<ContributedItemRow>(
		db,
		sql`WITH contributed AS (
			SELECT DISTINCT ia.alliance_id, i.id AS item_id, i.issue_id, i.seq
			FROM items i
			JOIN item_alliances ia ON ia.item_id = i.id AND ia.role = 'contributor'
			JOIN alliances a ON a.id = ia.alliance_id
			JOIN issues s ON s.id = i.issue_id
			WHERE s.year = ${year}::INTEGER AND (NOT ${real} OR (i.synthetic IS NOT TRUE AND s.synthetic IS NOT TRUE))),
		tagged AS (
			SELECT DISTINCT it.item_id, it.topic_id, t.dimension
			FROM item_topics it LEFT JOIN topics t ON t.id = it.topic_id
			WHERE it.item_id IN (SELECT item_id FROM contributed))
		SELECT c.alliance_id, c.item_id, c.issue_id, c.seq,
			coalesce(list_sort(list_distinct(list(t.topic_id))), []::VARCHAR[]) AS topic_ids,
			coalesce(list_sort(list_distinct(list(t.dimension))), []::VARCHAR[]) AS dimensions
		FROM contributed c LEFT JOIN tagged t ON t.item_id = c.item_id
		GROUP BY c.alliance_id, c.item_id, c.issue_id, c.seq
		ORDER BY c.alliance_id, c.issue_id, c.seq NULLS LAST, c.item_id`
	);
}

/** The three result sets of one year. */
export async function evaluationRows(db: Db, filters: EvaluationFilters): Promise<EvaluationRows> {
	return {
		issues: await evaluationIssues(db, filters),
		alliances: await registeredAlliances(db),
		items: await contributedItems(db, filters)
	};
}

/** What the archive holds, for report headers: issue count, latest issue, and a digest of the files' hashes. */
export interface ArchiveVersionRow {
	issues: number;
	latest: string | null;
	/** First 8 hex digits of md5 over the issues' content hashes in id order; null when empty. */
	digest: string | null;
}

/** The archive's version: changes whenever an issue is added, removed or replaced. */
export async function archiveVersion(db: Db, { real = false }: { real?: boolean } = {}) {
	const [row] = await run<ArchiveVersionRow>(
		db,
		sql`SELECT count(*)::INTEGER AS issues, max(id) AS latest,
			CASE WHEN count(*) > 0 THEN left(md5(string_agg(coalesce(content_hash, id), ',' ORDER BY id)), 8) END AS digest
		FROM issues WHERE NOT ${real} OR synthetic IS NOT TRUE`
	);
	return row!;
}

/** The volume years that have issues, ascending. */
export async function issueYears(
	db: Db,
	{ real = false }: { real?: boolean } = {}
): Promise<number[]> {
	const rows = await run<{ year: number }>(
		db,
		sql`SELECT DISTINCT year FROM issues
		WHERE year IS NOT NULL AND (NOT ${real} OR synthetic IS NOT TRUE) ORDER BY year`
	);
	return rows.map((r) => r.year);
}
