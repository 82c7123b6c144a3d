import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renameIssue } from '../archive/identity';
import { loadParseContext } from '../bulletin/context-node';
import { generateArchive } from '../demo/generate';
import { renderIssue } from '../demo/render';
import { parseBulletinFile } from '../ingest/extract-node';
import { openArchiveDb } from '../archive/archive-node';
import { replaceIssue, type ArchiveIssue } from '../db/load';
import type { Db } from '../db/types';
import { loadRegistry } from '../registry/registry-node';
import { deleteIssues, replaceIssues } from './issue-batch';
import { ensureKeywordTable } from './keywords-schema';

const ctx = loadParseContext('data');

/** Every table of the main schema, each row set sorted. */
async function dump(db: Db): Promise<Record<string, unknown[]>> {
	const tables = await db.query<{ name: string }>(
		"SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY 1"
	);
	const out: Record<string, unknown[]> = {};
	for (const { name } of tables) out[name] = await db.query(`SELECT * FROM ${name} ORDER BY ALL`);
	return out;
}

let issues: ArchiveIssue[];
let one: Db;
let batch: Db;
beforeAll(async () => {
	const demo = generateArchive({
		issues: 6,
		seed: 3,
		alliances: loadRegistry('data').alliances,
		latestReal: { year: 2026, number: 1, serial: 84, date: '2026-04-20' }
	});
	const enc = new TextEncoder();
	issues = await Promise.all(
		demo.map(async (d) => {
			const file = `${d.year}-${String(d.number).padStart(2, '0')}.txt`;
			return {
				parsed: await parseBulletinFile(enc.encode(renderIssue(d)), file, ctx),
				sourceFile: file,
				contentHash: `h-${file}`
			};
		})
	);
	// One of them replaces the stored real bulletin, one is a kept-both variant of it.
	const real = await parseBulletinFile(
		new Uint8Array(readFileSync('tests/fixtures/2026-01.docx')),
		'2026-01.docx',
		ctx
	);
	issues.push({ parsed: real, sourceFile: '2026-01.docx', contentHash: 'h-docx' });
	issues.push({ parsed: renameIssue(real, '2026-01b'), sourceFile: 'b.docx', contentHash: 'h-b' });
	[one, batch] = await Promise.all([
		openArchiveDb(['data/bulletins/2026-01.txt']),
		openArchiveDb(['data/bulletins/2026-01.txt'])
	]);
	// The browser's database always has the keyword index.
	await Promise.all([ensureKeywordTable(one), ensureKeywordTable(batch)]);
});
afterAll(async () => {
	await one?.close();
	await batch?.close();
});

describe('replaceIssues', () => {
	it('leaves every table exactly as replaceIssue one issue at a time does', async () => {
		for (const issue of issues) await replaceIssue(one, issue);
		await replaceIssues(batch, issues);
		const [a, b] = [await dump(one), await dump(batch)];
		expect(Object.keys(b)).toEqual(Object.keys(a));
		for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
		expect((b.issues as unknown[]).length).toBe(1 + 6 + 1);
		// no rows are left in the staging schema (but its schema version)
		const staged = await batch.query<{ name: string }>(
			"SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'pulse_stage' AND table_name <> 'meta'"
		);
		expect(staged.length).toBeGreaterThan(5);
		for (const { name } of staged)
			expect(
				await batch.query(`SELECT count(*)::INTEGER AS n FROM pulse_stage.${name}`),
				name
			).toEqual([{ n: 0 }]);
		expect(await batch.query('SELECT current_schema() AS s')).toEqual([{ s: 'main' }]);
	});
	it('rolls back entirely when it fails, and refuses two issues with one id', async () => {
		const before = await dump(batch);
		await expect(replaceIssues(batch, [issues[0]!, issues[0]!])).rejects.toThrow(/share an id/);
		const broken = {
			...issues[1]!,
			parsed: { ...issues[1]!.parsed, issue: { ...issues[1]!.parsed.issue, date: '2026-02-30' } }
		};
		await expect(replaceIssues(batch, [broken])).rejects.toThrow();
		expect(await dump(batch)).toEqual(before);
		expect(await batch.query('SELECT current_schema() AS s')).toEqual([{ s: 'main' }]);
	});
	it('deleteIssues removes issues from every table', async () => {
		await deleteIssues(batch, ['2026-01', '2026-01b']);
		const left = await dump(batch);
		expect((left.issues as { id: string }[]).map((i) => i.id)).not.toContain('2026-01');
		expect(
			(left.items as { issue_id: string }[]).some((i) => i.issue_id.startsWith('2026-01'))
		).toBe(false);
		expect(
			(left.agg_facts as { issue_id: string }[]).some((i) => i.issue_id.startsWith('2026-01'))
		).toBe(false);
	});
});
