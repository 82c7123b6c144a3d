/**
 * npm run data: build the embedded dataset into static/data from data/ (the real bulletins, the registry,
 * the activity types and a demo archive generated with a fixed seed). Skips the work when nothing changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulletinFiles } from '../src/lib/archive/archive-node';
import { loadParseContext, loadTopics } from '../src/lib/bulletin/context-node';
import { parseBulletinFile } from '../src/lib/ingest/extract-node';
import { contentHash } from '../src/lib/db/hash';
import { loadArchive, type ArchiveIssue } from '../src/lib/db/load';
import { openNodeDb } from '../src/lib/db/node';
import { migrate, SCHEMA_VERSION } from '../src/lib/db/schema';
import { generateArchive } from '../src/lib/demo/generate';
import { renderIssue } from '../src/lib/demo/render';
import { latestRealOf, recentAlliances } from '../src/lib/demo/archive-node';
import { loadRegistry } from '../src/lib/registry/registry-node';
import { buildItemKeywords } from '../src/lib/queries/keyword-index';
import { ensureKeywordTable } from '../src/lib/queries/keywords-schema';
import { totals } from '../src/lib/queries/totals';
import { itemsPerIssue } from '../src/lib/queries/per-issue';
import { defaultFilters } from '../src/lib/state/filters';
import { DATASET_TABLES, type DatasetManifest, type DatasetSummary } from '../src/lib/data/dataset';

const DATA = 'data';
const OUT = 'static/data';
const DEMO_SEED = 2026;
const DEMO_ISSUES = 83;

const inputs = [
	...bulletinFiles(join(DATA, 'bulletins')),
	...['alliances.csv', 'bodies.csv', 'topics.csv', 'evaluation.json'].map((f) => join(DATA, f))
];
const hash = createHash('sha256');
for (const f of inputs) hash.update(f).update(readFileSync(f));
hash.update(`demo:${DEMO_SEED}:${DEMO_ISSUES}:schema:${SCHEMA_VERSION}`);
// The code that turns data into tables is an input too.
const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? sources(join(dir, e.name))
			: /\.test\.ts$/.test(e.name)
				? []
				: [join(dir, e.name)]
	);
for (const dir of [
	'src/lib/bulletin',
	'src/lib/ingest',
	'src/lib/registry',
	'src/lib/topics',
	'src/lib/demo',
	'src/lib/db',
	'src/lib/queries',
	'scripts/data.ts'
]) {
	for (const f of dir.endsWith('.ts') ? [dir] : sources(dir).sort())
		hash.update(f).update(readFileSync(f));
}
const version = hash.digest('hex').slice(0, 12);

const manifestFile = join(OUT, 'manifest.json');
if (existsSync(manifestFile) && !process.argv.includes('--force')) {
	const old = JSON.parse(readFileSync(manifestFile, 'utf8')) as DatasetManifest;
	if (old.version === version) {
		console.log(`data: static/data is up to date (version ${version})`);
		process.exit(0);
	}
}

const t0 = performance.now();
const ctx = loadParseContext(DATA);
const registry = loadRegistry(DATA);
const issues: ArchiveIssue[] = [];
const real = bulletinFiles(join(DATA, 'bulletins'));
const latest = real
	.map((f) => latestRealOf(readFileSync(f, 'utf8')))
	.filter((x) => x !== null)
	.at(-1);
if (!latest) throw new Error('data/bulletins holds no bulletin with a masthead');
const latestText = readFileSync(real.at(-1)!, 'utf8');
const demo = generateArchive({
	issues: DEMO_ISSUES,
	seed: DEMO_SEED,
	alliances: registry.alliances,
	latestReal: latest,
	recent: recentAlliances(latestText, registry.alliances)
});
const encoder = new TextEncoder();
for (const d of demo) {
	const name = `${d.year}-${String(d.number).padStart(2, '0')}.txt`;
	const bytes = encoder.encode(renderIssue(d));
	issues.push({
		parsed: await parseBulletinFile(bytes, name, ctx),
		sourceFile: name,
		contentHash: await contentHash(bytes)
	});
}
for (const file of real) {
	const bytes = new Uint8Array(readFileSync(file));
	const name = file.split('/').pop()!;
	issues.push({
		parsed: await parseBulletinFile(bytes, name, ctx),
		sourceFile: name,
		contentHash: await contentHash(bytes)
	});
}
const warnings = issues.reduce((n, i) => n + i.parsed.warnings.length, 0);

const db = await openNodeDb();
await migrate(db);
await ensureKeywordTable(db);
await loadArchive(db, { issues, alliances: registry.alliances, topics: loadTopics(DATA) });
await buildItemKeywords(db);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const tables: DatasetManifest['tables'] = [];
for (const name of DATASET_TABLES) {
	const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${name}`);
	const file = `${name}.arrow`;
	writeFileSync(join(OUT, file), await db.queryArrowIPC!(`SELECT * FROM ${name}`));
	tables.push({ name, file, rows: n ?? 0 });
}
const all = defaultFilters();
const total = await totals(db, all);
const perIssue = await itemsPerIssue(db, all);
const [{ synthetic }] = await db.query<{ synthetic: number }>(
	'SELECT count(*) FILTER (synthetic)::INTEGER AS synthetic FROM items'
);
const generated = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Asia/Shanghai',
	dateStyle: 'short',
	timeStyle: 'short'
}).format(new Date());
const manifest: DatasetManifest = {
	version,
	generated,
	schemaVersion: SCHEMA_VERSION,
	demoSeed: DEMO_SEED,
	issues: issues.length,
	items: tables.find((t) => t.name === 'items')!.rows,
	syntheticItems: synthetic ?? 0,
	tables
};
const summary: DatasetSummary = {
	version,
	totals: {
		issues: total.issues,
		items: total.items,
		allianceItems: total.allianceItems,
		activeAlliances: total.activeAlliances
	},
	perIssue: perIssue.map((r) => ({ issueId: r.issueId, section: r.section, items: r.count }))
};
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary));
writeFileSync(manifestFile, JSON.stringify(manifest, null, '\t'));
await db.close();
console.log(
	`data: ${manifest.issues} issues (${DEMO_ISSUES} synthetic, seed ${DEMO_SEED}), ${manifest.items} items, ${warnings} parse warnings → ${OUT} (version ${version}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`
);
