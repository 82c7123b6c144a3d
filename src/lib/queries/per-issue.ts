/** Items per issue, split by section: the overview's bar chart. */
import { SECTIONS, type Section } from '../bulletin/types';
import type { Db } from '../db/types';
import { itemFacts } from './facts';
import {
	issueWhere,
	join,
	run,
	scopeCte,
	sql,
	type Fragment,
	type QueryFilters,
	type QueryPath
} from './where';

/** Items of one section in one issue; every issue in the period has a row per section, zeros included. */
export interface PerIssueRow {
	issueId: string;
	date: string | null;
	serial: number | null;
	section: Section;
	count: number;
}

/** The sections a chart shows: the filtered one, or all three in bulletin order. */
export function sectionsShown(f: QueryFilters): readonly Section[] {
	return f.section ? [f.section] : SECTIONS;
}

/** sectionsShown as a VALUES table `x(section, ord)`. */
export function sectionValues(f: QueryFilters): Fragment {
	const rows = join(
		sectionsShown(f).map((s, i) => sql`(${s}, ${i}::INTEGER)`),
		', '
	);
	return sql`(VALUES ${rows}) x(section, ord)`;
}

/** Items per issue and section for every issue in the period, in publication order. */
export function itemsPerIssue(
	db: Db,
	f: QueryFilters,
	path: QueryPath = 'auto'
): Promise<PerIssueRow[]> {
	return run<PerIssueRow>(
		db,
		sql`WITH ${scopeCte(f, 'scope', path)},
		facts AS (${itemFacts(f, path, false, 'scope', 'issue')}),
		counts AS (SELECT issue_id, section, sum(items) AS n FROM facts GROUP BY ALL)
		SELECT s.id AS issueId, s.date, s.serial, x.section, coalesce(c.n, 0)::BIGINT AS count
		FROM issue_dates s CROSS JOIN ${sectionValues(f)}
		LEFT JOIN counts c ON c.issue_id = s.id AND c.section = x.section
		WHERE ${issueWhere(f)}
		ORDER BY s.date NULLS LAST, s.id, x.ord`
	);
}
