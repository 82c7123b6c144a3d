/** The embedded dataset's files: the tables DuckDB loads as Arrow IPC, and the manifest that lists them. */

/**
 * Tables the overview's views read (free text aside): loaded first, and the dashboard is ready once they are.
 * The month-grain facts, so no rebuild at start-up; a 1M-item archive's are a few MB.
 */
export const CORE_TABLES = [
	'alliances',
	'topics',
	'issue_dates',
	'alliance_keys',
	'topic_bits',
	'agg_month',
	'agg_plain',
	'agg_types',
	'agg_items'
] as const;

/**
 * Loaded after the core tables, in the background for a small dataset and on first need for a big one: the
 * per-issue presence and issue keys (ranking), the per-issue facts (items per issue, the issue heat map; 73 MB at 1M items)
 * and the raw tables (free text, items, item detail, keywords, quality, alliance item lists, import).
 */
export const DETAIL_TABLES = [
	'issues',
	'agg_presence',
	'issue_keys',
	'agg_facts',
	'items',
	'item_alliances',
	'item_topics',
	'parse_warnings',
	'unresolved_names',
	'item_keywords'
] as const;

/** Every table shipped in static/data, in load order. */
export const DATASET_TABLES = [...CORE_TABLES, ...DETAIL_TABLES] as const;

export type DatasetTable = (typeof DATASET_TABLES)[number];
export type DetailTable = (typeof DETAIL_TABLES)[number];

/** A raw table named where a statement reads or writes one (names from the fixed list DETAIL_TABLES, never user input). */
const NAMES_DETAIL = new RegExp(
	`\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(?<name>${DETAIL_TABLES.join('|')})\\b`,
	'gi'
);

/**
 * The raw tables `sql` reads or writes, which must be loaded before it runs. Queries name every table after
 * FROM, JOIN, INTO, UPDATE or TABLE (no comma joins), and name none when the facts tables answer them.
 */
export function detailTablesIn(sql: string): DetailTable[] {
	const found = new Set<DetailTable>();
	for (const m of sql.matchAll(NAMES_DETAIL)) found.add(m.groups!.name!.toLowerCase() as DetailTable);
	return [...found];
}

/** Below this many items the detail tables load in the background once the first page has its answers. */
export const EAGER_DETAIL_ITEMS = 50_000;

/** static/data/manifest.json. */
export interface DatasetManifest {
	/** Hash of every input file: changes whenever the data could. */
	version: string;
	/** China time, 'YYYY-MM-DD HH:mm'. */
	generated: string;
	schemaVersion: number;
	demoSeed: number;
	issues: number;
	items: number;
	syntheticItems: number;
	/**
	 * One entry per file, in load order. A big table is split into parts (several entries of one name, each
	 * file a complete Arrow IPC stream), so a browser fetches and inserts it piece by piece.
	 */
	tables: { name: DatasetTable; file: string; rows: number; bytes?: number }[];
}

/** static/data/summary.json: what the overview draws while DuckDB starts. */
export interface DatasetSummary {
	version: string;
	totals: { issues: number; items: number; allianceItems: number; activeAlliances: number };
	/** Items over time by section, as the overview draws it: per issue id, or per month 'YYYY-MM' (itemsOverTime). */
	overTime: {
		grain: 'issue' | 'month';
		issues: number;
		rows: { period: string; section: string; items: number }[];
	};
}
