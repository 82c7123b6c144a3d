/**
 * Writing a dataset folder laid out like static/data: one Arrow IPC file per table (a big table split into
 * parts), summary.json and manifest.json. Shared by `npm run data` (the embedded dataset) and
 * scripts/bench/big-dataset.ts (benchmark archives). The folder is written beside its place and renamed
 * into it, so a folder with a manifest is always complete.
 */
import { createHash, type Hash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../src/lib/db/types';
import { SCHEMA_VERSION } from '../src/lib/db/schema';
import { totals } from '../src/lib/queries/totals';
import { itemsOverTime } from '../src/lib/queries/volume';
import { defaultFilters } from '../src/lib/state/filters';
import { DATASET_TABLES, type DatasetManifest, type DatasetSummary } from '../src/lib/data/dataset';

/** Source folders whose code turns data into tables: part of every dataset's version. */
export const TABLE_CODE = [
	'src/lib/bulletin',
	'src/lib/ingest',
	'src/lib/registry',
	'src/lib/topics',
	'src/lib/demo',
	'src/lib/db',
	'src/lib/queries',
	'src/lib/data/dataset.ts',
	'scripts/dataset-writer.ts'
];

/** Files of `path` (a file, or a folder read recursively without its tests), sorted. */
function sourceFiles(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { withFileTypes: true })
		.flatMap((e) =>
			e.isDirectory()
				? sourceFiles(join(path, e.name))
				: /\.test\.ts$/.test(e.name)
					? []
					: [join(path, e.name)]
		)
		.sort();
}

/** Feed each path's name and bytes (folders: every non-test file in them) into `hash`. */
export function hashFiles(hash: Hash, paths: readonly string[]): Hash {
	for (const p of paths) for (const f of sourceFiles(p)) hash.update(f).update(readFileSync(f));
	return hash;
}

/** A dataset version: 12 hex digits of the hash of `inputs`, `settings` and the table code (TABLE_CODE). */
export function datasetVersion(inputs: readonly string[], settings: string): string {
	const hash = hashFiles(createHash('sha256'), inputs);
	hash.update(`${settings}:schema:${SCHEMA_VERSION}`);
	return hashFiles(hash, TABLE_CODE).digest('hex').slice(0, 12);
}

/** The manifest of `dir`, or null when there is none (or it cannot be read). */
export function readManifest(dir: string): DatasetManifest | null {
	try {
		return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
	} catch {
		return null;
	}
}

/** Whether `dir` holds a whole dataset of `version`: its manifest, and every file it lists at its size. */
export function datasetComplete(dir: string, version: string): boolean {
	const m = readManifest(dir);
	if (m?.version !== version || !existsSync(join(dir, 'summary.json'))) return false;
	return m.tables.every((t) => {
		const f = join(dir, t.file);
		return existsSync(f) && (t.bytes === undefined || statSync(f).size === t.bytes);
	});
}

/** Sizes of a dataset's files, biggest tables first: 'items 612.3 MB (10 parts), …'. */
export function describeFiles(dir: string): string {
	const m = readManifest(dir);
	if (!m) return '(no manifest)';
	const byTable = new Map<string, { bytes: number; parts: number; rows: number }>();
	for (const t of m.tables) {
		const x = byTable.get(t.name) ?? { bytes: 0, parts: 0, rows: 0 };
		byTable.set(t.name, {
			bytes: x.bytes + statSync(join(dir, t.file)).size,
			parts: x.parts + 1,
			rows: x.rows + t.rows
		});
	}
	const summary = statSync(join(dir, 'summary.json')).size;
	const total = [...byTable.values()].reduce((n, x) => n + x.bytes, summary);
	const mb = (n: number) => `${(n / 1e6).toFixed(n < 1e6 ? 2 : 1)} MB`;
	return [
		`total ${mb(total)}`,
		...[...byTable]
			.sort((a, b) => b[1].bytes - a[1].bytes)
			.map(
				([name, x]) =>
					`${name} ${mb(x.bytes)} (${x.rows} rows${x.parts > 1 ? `, ${x.parts} parts` : ''})`
			),
		`summary.json ${mb(summary)}`
	].join(', ');
}

/** A table's file is split into parts of about this size (Arrow IPC), so a browser can insert it in pieces. */
const PART_BYTES = 64 * 2 ** 20;
/** Tables up to this many rows are one file whatever their size. */
const SINGLE_FILE_ROWS = 100_000;

/** Write `name`'s rows as one or more Arrow IPC files into `dir`; returns their manifest entries. */
async function writeTable(
	db: Db,
	dir: string,
	name: (typeof DATASET_TABLES)[number]
): Promise<DatasetManifest['tables']> {
	// Table names come from the fixed list DATASET_TABLES, never from input.
	const [{ n, lo, hi }] = await db.query<{ n: number; lo: number | null; hi: number | null }>(
		`SELECT count(*)::INTEGER AS n, min(rowid)::BIGINT AS lo, max(rowid)::BIGINT AS hi FROM ${name}`
	);
	if (n <= SINGLE_FILE_ROWS || lo === null || hi === null) {
		const file = `${name}.arrow`;
		const bytes = await db.queryArrowIPC!(`SELECT * FROM ${name}`);
		await writeFile(join(dir, file), bytes);
		return [{ name, file, rows: n, bytes: bytes.length }];
	}
	// Rows per part from a sample's size; ranges of rowid (the insertion order), so each part is one cheap scan.
	const sample = await db.queryArrowIPC!(`SELECT * FROM ${name} LIMIT 10000`);
	const step = Math.max(10_000, Math.floor(PART_BYTES / (sample.length / 10_000)));
	const parts: DatasetManifest['tables'] = [];
	for (let from = Number(lo); from <= Number(hi); from += step) {
		const where = `rowid >= ${from} AND rowid < ${from + step}`;
		const [{ rows }] = await db.query<{ rows: number }>(
			`SELECT count(*)::INTEGER AS rows FROM ${name} WHERE ${where}`
		);
		if (rows === 0) continue;
		const file = `${name}-${parts.length + 1}.arrow`;
		const bytes = await db.queryArrowIPC!(`SELECT * FROM ${name} WHERE ${where}`);
		await writeFile(join(dir, file), bytes);
		parts.push({ name, file, rows, bytes: bytes.length });
	}
	return parts;
}

/** What the writer is told about a dataset; counts come from the tables themselves. */
export interface DatasetMeta {
	version: string;
	demoSeed: number;
}

/**
 * Write every table of DATASET_TABLES from `db`, then summary.json and manifest.json, into `out` (replaced
 * whole). `db` holds a loaded archive: aggregates refreshed, item_keywords built.
 */
export async function writeDataset(
	db: Db,
	out: string,
	meta: DatasetMeta,
	log: (s: string) => void = () => {}
): Promise<DatasetManifest> {
	// A table the schema has but the dataset does not list would be empty in the browser: refuse instead.
	const inDb = await db.query<{ name: string }>(
		"SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary AND table_name <> 'meta' ORDER BY 1"
	);
	const unlisted = inDb
		.map((t) => t.name)
		.filter((t) => !(DATASET_TABLES as readonly string[]).includes(t));
	if (unlisted.length)
		throw new Error(
			`tables missing from DATASET_TABLES (src/lib/data/dataset.ts): ${unlisted.join(', ')}`
		);
	const tmp = `${out}.partial`;
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp, { recursive: true });
	const tables: DatasetManifest['tables'] = [];
	for (const name of DATASET_TABLES) {
		const t = performance.now();
		const parts = await writeTable(db, tmp, name);
		tables.push(...parts);
		log(
			`${name}: ${parts.reduce((n, p) => n + p.rows, 0)} rows, ${parts.length} file(s), ${(parts.reduce((n, p) => n + (p.bytes ?? 0), 0) / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`
		);
	}
	const all = defaultFilters();
	const total = await totals(db, all);
	const overTime = await itemsOverTime(db, all);
	const [counts] = await db.query<{ issues: number; items: number; synthetic: number }>(
		`SELECT (SELECT count(*) FROM issues)::INTEGER AS issues, count(*)::INTEGER AS items,
			count(*) FILTER (synthetic)::INTEGER AS synthetic FROM items`
	);
	const generated = new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Asia/Shanghai',
		dateStyle: 'short',
		timeStyle: 'short'
	}).format(new Date());
	const manifest: DatasetManifest = {
		version: meta.version,
		generated,
		schemaVersion: SCHEMA_VERSION,
		demoSeed: meta.demoSeed,
		issues: counts?.issues ?? 0,
		items: counts?.items ?? 0,
		syntheticItems: counts?.synthetic ?? 0,
		tables
	};
	const summary: DatasetSummary = {
		version: meta.version,
		totals: {
			issues: total.issues,
			items: total.items,
			allianceItems: total.allianceItems,
			activeAlliances: total.activeAlliances
		},
		overTime: {
			grain: overTime.grain,
			issues: overTime.issues,
			rows:
				overTime.grain === 'issue'
					? overTime.rows.map((r) => ({ period: r.issueId, section: r.section, items: r.count }))
					: overTime.rows.map((r) => ({ period: r.month, section: r.section, items: r.count }))
		}
	};
	await writeFile(join(tmp, 'summary.json'), JSON.stringify(summary));
	// The manifest last: its presence (with every file at its size) marks the folder complete.
	await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, '\t'));
	rmSync(out, { recursive: true, force: true });
	renameSync(tmp, out);
	return manifest;
}
