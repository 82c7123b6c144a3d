/**
 * npm run data: build the embedded dataset into static/data from data/ (the real bulletins, the registry,
 * the activity types and a demo archive generated with a fixed seed). Skips the work when nothing changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulletinFiles } from '../src/lib/archive/archive-node';
import { loadParseContext, loadTopics } from '../src/lib/bulletin/context-node';
import { parseBulletinFile } from '../src/lib/ingest/extract-node';
import { contentHash } from '../src/lib/db/hash';
import { loadArchive, type ArchiveIssue } from '../src/lib/db/load';
import { openNodeDb } from '../src/lib/db/node';
import { migrate } from '../src/lib/db/schema';
import { generateArchive } from '../src/lib/demo/generate';
import { renderIssue } from '../src/lib/demo/render';
import { latestRealOf, recentAlliances } from '../src/lib/demo/archive-node';
import { loadRegistry } from '../src/lib/registry/registry-node';
import { buildItemKeywords } from '../src/lib/queries/keyword-index';
import { ensureKeywordTable } from '../src/lib/queries/keywords-schema';
import { datasetVersion, readManifest, writeDataset } from './dataset-writer';

const DATA = 'data';
const OUT = 'static/data';
const DEMO_SEED = 2026;
const DEMO_ISSUES = 83;

// Every input file, the demo's settings and the code that turns data into tables (dataset-writer's TABLE_CODE).
const version = datasetVersion(
	[
		...bulletinFiles(join(DATA, 'bulletins')),
		...['alliances.csv', 'bodies.csv', 'topics.csv', 'evaluation.json'].map((f) => join(DATA, f)),
		'scripts/data.ts'
	],
	`demo:${DEMO_SEED}:${DEMO_ISSUES}`
);

if (readManifest(OUT)?.version === version && !process.argv.includes('--force')) {
	console.log(`data: static/data is up to date (version ${version})`);
	process.exit(0);
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

const manifest = await writeDataset(db, OUT, { version, demoSeed: DEMO_SEED });
await db.close();
console.log(
	`data: ${manifest.issues} issues (${DEMO_ISSUES} synthetic, seed ${DEMO_SEED}), ${manifest.items} items, ${warnings} parse warnings → ${OUT} (version ${version}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`
);
