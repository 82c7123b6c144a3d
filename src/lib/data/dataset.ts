/** The embedded dataset's files: the tables DuckDB loads as Arrow IPC, and the manifest that lists them. */

/** Tables shipped in static/data, loaded in this order (aggregates included, so no rebuild at start-up). */
export const DATASET_TABLES = [
	'alliances',
	'topics',
	'issues',
	'items',
	'item_alliances',
	'item_topics',
	'parse_warnings',
	'unresolved_names',
	'topic_bits',
	'agg_facts',
	'agg_month',
	'agg_plain',
	'item_keywords'
] as const;

export type DatasetTable = (typeof DATASET_TABLES)[number];

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
	tables: { name: DatasetTable; file: string; rows: number }[];
}

/** static/data/summary.json: what the overview draws while DuckDB starts. */
export interface DatasetSummary {
	version: string;
	totals: { issues: number; items: number; allianceItems: number; activeAlliances: number };
	perIssue: { issueId: string; section: string; items: number }[];
}
