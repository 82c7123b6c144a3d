/** Build the archive from bulletin files in Node (tests, CLI, dataset build): parse, then load into DuckDB. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadParseContext, loadTopics } from '../bulletin/context-node';
import { parseBulletinFile } from '../ingest/extract-node';
import { contentHash } from '../db/hash';
import { loadArchive, type ArchiveInput, type ArchiveIssue } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import type { Db } from '../db/types';
import { loadRegistry } from '../registry/registry-node';

const BULLETIN = /\.(txt|docx|pdf)$/i;

/** The bulletin files of a folder, sorted by name. */
export function bulletinFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => BULLETIN.test(f))
		.sort()
		.map((f) => join(dir, f));
}

/** Parse files into the archive input; a file that fails stops the build with its error (names the file). */
export async function buildArchiveInput(files: string[], dataDir = 'data'): Promise<ArchiveInput> {
	const ctx = loadParseContext(dataDir);
	const issues: ArchiveIssue[] = [];
	for (const file of files) {
		const bytes = new Uint8Array(readFileSync(file));
		const parsed = await parseBulletinFile(bytes, basename(file), ctx);
		issues.push({ parsed, sourceFile: basename(file), contentHash: await contentHash(bytes) });
	}
	return { issues, alliances: loadRegistry(dataDir).alliances, topics: loadTopics(dataDir) };
}

/** A fresh Node DuckDB holding the archive built from `files`. */
export async function openArchiveDb(files: string[], dataDir = 'data'): Promise<Db> {
	const db = await openNodeDb();
	await migrate(db);
	await loadArchive(db, await buildArchiveInput(files, dataDir));
	return db;
}
