/** What the filter bar offers: alliances (for type-ahead), activity types, and the months and years the archive covers. */
import type { Db } from '../db/types';
import type { Dimension } from '../topics/types';

/** A registered alliance with every name a person might type. */
export interface AllianceOption {
	id: string;
	name: string;
	shortNames: string[];
	aliases: string[];
	acronym: string | null;
}

/** An activity type or policy theme. */
export interface TopicOption {
	id: string;
	zh: string;
	en: string;
	dimension: Dimension;
}

/** Everything the filter bar lists. Months are issue months 'YYYY-MM'; years are volume years. */
export interface FilterOptions {
	alliances: AllianceOption[];
	topics: TopicOption[];
	months: { min: string; max: string } | null;
	years: number[];
}

/** The filter bar's lists, from the whole archive (they do not narrow as filters change). */
export async function filterOptions(db: Db): Promise<FilterOptions> {
	const alliances = await db.query<AllianceOption>(
		`SELECT id, name, coalesce(short_names, []::VARCHAR[]) AS shortNames, coalesce(aliases, []::VARCHAR[]) AS aliases, acronym
		FROM alliances ORDER BY id`
	);
	const topics = await db.query<TopicOption>(
		`SELECT id, zh, en, dimension FROM topics
		ORDER BY array_position(['organisation', 'innovation', 'industry', 'exchange', 'policy'], dimension), id`
	);
	const [months] = await db.query<{ min: string | null; max: string | null }>(
		`SELECT strftime(min(date), '%Y-%m') AS min, strftime(max(date), '%Y-%m') AS max FROM issue_dates`
	);
	const years = await db.query<{ year: number }>(
		'SELECT DISTINCT year FROM issue_dates WHERE year IS NOT NULL ORDER BY year'
	);
	return {
		alliances,
		topics,
		months: months?.min && months.max ? { min: months.min, max: months.max } : null,
		years: years.map((y) => y.year)
	};
}
