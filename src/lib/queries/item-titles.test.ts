import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../archive/archive-node';
import type { Db } from '../db/types';
import { itemTitles } from './item-titles';

let db: Db;
beforeAll(async () => {
	db = await openArchiveDb(['data/bulletins/2026-01.txt']);
});
afterAll(async () => db?.close());

describe('itemTitles', () => {
	it('gives title, issue and flags of the ids asked for, in issue order, each once', async () => {
		const [first, second] = await db.query<{ id: string; title: string }>(
			'SELECT id, title FROM items ORDER BY issue_id, seq LIMIT 2'
		);
		const rows = await itemTitles(db, [second!.id, first!.id, second!.id]);
		expect(rows.map((r) => r.id)).toEqual([first!.id, second!.id]);
		expect(rows[0]).toMatchObject({
			id: first!.id,
			title: first!.title,
			issueId: '2026-01',
			synthetic: false
		});
		expect(rows[0]!.issueDate).toMatch(/^2026-\d\d-\d\d$/);
	});

	it('leaves out ids that do not exist, and answers [] for none', async () => {
		await expect(itemTitles(db, [])).resolves.toEqual([]);
		await expect(itemTitles(db, ['2026-01-999', "x' OR 1=1 --"])).resolves.toEqual([]);
	});
});
