import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { readFileSync } from 'node:fs';
import { loadParseContext } from '../bulletin/context-node';
import { itemKeywords } from '../archive/import-core';
import { parseBulletinFile } from '../ingest/extract-node';
import {
	archiveCounts,
	archiveIssues,
	deleteIssuesExcept,
	dropOrphanKeywords,
	issueContent,
	replaceItemKeywords
} from './archive-issues';
import { buildItemKeywords } from './keyword-index';

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
	await buildItemKeywords(db);
});
afterAll(async () => db?.close());

const count = async (table: string) =>
	(await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0]!.n;

describe('archive issues', () => {
	it('lists the real bulletin with 8 policy, 3 liaison and 15 alliance items', async () => {
		expect(await archiveIssues(db)).toEqual([
			expect.objectContaining({
				issueId: '2026-01',
				sourceFile: '2026-01.txt',
				synthetic: false,
				items: 26,
				policy: 8,
				liaison: 3,
				alliance: 15
			})
		]);
		expect(await archiveIssues(db, [])).toEqual([]);
		expect(await archiveIssues(db, ['2025-01'])).toEqual([]);
		expect(await archiveCounts(db)).toEqual({ issues: 1, items: 26, syntheticItems: 0 });
	});
	it('gives the items in order for matching', async () => {
		const rows = await issueContent(db, ['2026-01']);
		expect(rows).toHaveLength(26);
		expect(rows[0]).toMatchObject({ issueId: '2026-01', section: 'policy' });
	});
	it('stores keywords segmented elsewhere exactly as buildItemKeywords does', async () => {
		const keywords = () => db.query('SELECT item_id, word FROM item_keywords ORDER BY ALL');
		const built = await keywords();
		expect(built.length).toBeGreaterThan(500);
		const parsed = await parseBulletinFile(
			new Uint8Array(readFileSync('data/bulletins/2026-01.txt')),
			'2026-01.txt',
			loadParseContext('data')
		);
		const words = itemKeywords(parsed);
		await db.exec("INSERT INTO item_keywords VALUES ('gone-01', '旧词')");
		await replaceItemKeywords(
			db,
			['2026-01'],
			parsed.items.map((item, k) => ({ itemId: item.id, words: words[k]! }))
		);
		expect(await keywords()).toEqual(built);
	});
	it('keeps the issues asked for and deletes the rest from every table', async () => {
		await deleteIssuesExcept(db, ['2026-01']);
		expect(await archiveCounts(db)).toEqual({ issues: 1, items: 26, syntheticItems: 0 });
		await deleteIssuesExcept(db, []);
		for (const table of [
			'issues',
			'items',
			'item_alliances',
			'item_topics',
			'item_keywords',
			'agg_facts',
			'agg_month',
			'agg_plain',
			'issue_dates',
			'parse_warnings',
			'unresolved_names'
		]) {
			expect(await count(table), table).toBe(0);
		}
		expect(await count('alliances')).toBeGreaterThan(40);
		await dropOrphanKeywords(db);
	});
});
