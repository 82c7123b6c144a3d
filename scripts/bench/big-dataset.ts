/**
 * A benchmark dataset folder laid out like static/data, from the archive bench:queries measures:
 *
 *   npx tsx scripts/bench/big-dataset.ts --items 1000000 --out .bench-data/1m [--scale issues|items] [--force]
 *
 * scaledArchive (scripts/bench/archive.ts) → Node DuckDB (loadArchive, which refreshes the aggregates;
 * then buildItemKeywords, as `npm run data` does) → writeDataset (scripts/dataset-writer.ts). Skips the
 * work when `--out` already holds a complete dataset of the same arguments and code version. Serve it with
 * `BENCH_DATA=DIR npm run bench:browser`. Progress and the files' sizes go to stderr.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchive } from '../../src/lib/db/load';
import { openNodeDb } from '../../src/lib/db/node';
import { migrate } from '../../src/lib/db/schema';
import { buildItemKeywords } from '../../src/lib/queries/keyword-index';
import { ensureKeywordTable } from '../../src/lib/queries/keywords-schema';
import { datasetComplete, datasetVersion, describeFiles, writeDataset } from '../dataset-writer';
import { basePool, scaledArchive, type ScaleMode } from './archive';

const DATA = 'data';
const { values } = parseArgs({
	options: {
		items: { type: 'string' },
		out: { type: 'string' },
		scale: { type: 'string', default: 'issues' },
		force: { type: 'boolean', default: false }
	}
});
const items = Number(values.items);
const scale = values.scale as ScaleMode;
if (
	!Number.isInteger(items) ||
	items <= 0 ||
	!values.out ||
	(scale !== 'issues' && scale !== 'items')
) {
	console.error(
		'usage: npx tsx scripts/bench/big-dataset.ts --items N --out DIR [--scale issues|items] [--force]'
	);
	process.exit(2);
}
const out = values.out;

const started = performance.now();
const secs = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const mem = () => {
	const m = process.memoryUsage();
	return `rss ${(m.rss / 2 ** 30).toFixed(2)} GB, heap ${(m.heapUsed / 2 ** 30).toFixed(2)} GB, buffers ${(m.arrayBuffers / 2 ** 30).toFixed(2)} GB`;
};
const log = (s: string) =>
	process.stderr.write(`[big-dataset ${secs()} load ${loadavg()[0]!.toFixed(1)}] ${s}\n`);

const version = datasetVersion(
	[
		...['alliances.csv', 'bodies.csv', 'topics.csv'].map((f) => join(DATA, f)),
		'scripts/bench/archive.ts',
		'scripts/bench/big-dataset.ts'
	],
	`bench:${items}:${scale}`
);
if (!values.force && datasetComplete(out, version)) {
	log(
		`${out} is up to date (${items} items, scale ${scale}, version ${version}): ${describeFiles(out)}`
	);
	process.exit(0);
}

log(`building ${items} items (scale ${scale}) into ${out}, version ${version}`);
const pool = basePool(DATA, log);
let archive: ReturnType<typeof scaledArchive> | null = scaledArchive(pool, items, scale, DATA);
log(`archive: ${archive.issues} issues, ${archive.items} items; ${mem()}`);

const db = await openNodeDb();
await migrate(db);
await ensureKeywordTable(db);
let t = performance.now();
await loadArchive(db, archive.input);
log(
	`loadArchive (appends + refreshAggregates): ${((performance.now() - t) / 1000).toFixed(1)} s; ${mem()}`
);
archive = null; // the clones are in DuckDB now
t = performance.now();
const keywords = await buildItemKeywords(db);
log(
	`buildItemKeywords: ${keywords.rows} rows for ${keywords.items} items in ${((performance.now() - t) / 1000).toFixed(1)} s; ${mem()}`
);
t = performance.now();
// demoSeed: the first of the base pool's seeds (1000 … 1000 + BASE_SEEDS - 1).
const manifest = await writeDataset(db, out, { version, demoSeed: 1000 }, log);
await db.close();
log(
	`wrote ${manifest.issues} issues, ${manifest.items} items in ${((performance.now() - t) / 1000).toFixed(1)} s; ${mem()}`
);
log(`files: ${describeFiles(out)}`);
