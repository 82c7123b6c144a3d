/** The engine's answers for browser tests: the embedded dataset (static/data) in a Node DuckDB, same SQL as the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetManifest } from '../../src/lib/data/dataset';
import { openNodeDb } from '../../src/lib/db/node';
import { migrate } from '../../src/lib/db/schema';
import type { Db } from '../../src/lib/db/types';
import { ensureKeywordTable } from '../../src/lib/queries/keywords-schema';

/** A Node DuckDB holding exactly what the page loads. */
export async function openDatasetDb(dir = 'static/data'): Promise<Db> {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DatasetManifest;
	const db = await openNodeDb();
	await migrate(db);
	await ensureKeywordTable(db);
	for (const t of manifest.tables) {
		if (t.rows > 0)
			await db.insertArrowIPC!(t.name, new Uint8Array(readFileSync(join(dir, t.file))));
	}
	return db;
}
