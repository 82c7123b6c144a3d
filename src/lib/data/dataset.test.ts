import { describe, expect, it } from 'vitest';
import { refreshQueries } from '../queries/index';
import { periodChanges } from '../queries/changes';
import { listItems } from '../queries/items';
import { filterOptions } from '../queries/options';
import { topAlliances } from '../queries/top-alliances';
import { topicMix } from '../queries/topic-trends';
import { totals } from '../queries/totals';
import { itemsOverTime } from '../queries/volume';
import { noFilters, type QueryFilters } from '../queries/where';
import type { Db } from '../db/types';
import { CORE_TABLES, DATASET_TABLES, DETAIL_TABLES, detailTablesIn } from './dataset';

/** A Db that records the SQL it is asked and answers nothing: which tables would each view wait for? */
function recorder(): { db: Db; sql: string[] } {
	const sql: string[] = [];
	const query = async <T>(text: string): Promise<T[]> => {
		sql.push(text);
		return [];
	};
	const db = {
		query,
		exec: async (text: string) => void sql.push(text),
		transaction: async <T>(fn: (tx: Db) => Promise<T>) => fn(db),
		close: async () => undefined
	} as unknown as Db;
	return { db, sql };
}

describe('detailTablesIn', () => {
	it('names the raw tables a statement reads or writes', () => {
		expect(detailTablesIn('SELECT * FROM items i JOIN item_topics t ON t.item_id = i.id')).toEqual([
			'items',
			'item_topics'
		]);
		expect(detailTablesIn('delete from item_keywords where item_id in (select id from ITEMS)')).toEqual([
			'item_keywords',
			'items'
		]);
		expect(detailTablesIn('INSERT INTO parse_warnings VALUES (?)')).toEqual(['parse_warnings']);
		expect(detailTablesIn('SELECT * FROM agg_plain g JOIN issues s ON s.month = g.month')).toEqual([
			'issues'
		]);
		expect(detailTablesIn('SELECT * FROM agg_plain g JOIN issue_dates s ON s.id = g.id')).toEqual([]);
		expect(detailTablesIn('SELECT * FROM agg_facts g')).toEqual(['agg_facts']);
		// a column or CTE that merely contains a table's name is not the table
		expect(detailTablesIn('SELECT items FROM agg_plain')).toEqual([]);
		expect(detailTablesIn('SELECT * FROM items_shadow')).toEqual([]);
	});

	it('lets the overview and the filter bar run on the core tables alone (per month; issue_dates, not issues), the ranking wait for agg_presence, per-issue bars for agg_facts, free text for items', async () => {
		const { db, sql } = recorder();
		for (const f of <QueryFilters[]>[
			noFilters(),
			{ ...noFilters(), alliances: ['a', 'b'], dim: 'innovation', real: true },
			{ ...noFilters(), type: 'standards', year: 2025 }
		]) {
			await totals(db, f);
			await itemsOverTime(db, f, 'auto', -1); // more issues than bars: per month
			await topAlliances(db, f);
			await topicMix(db, f);
			await periodChanges(db, f);
		}
		await filterOptions(db); // the filter bar, on every page
		expect(sql.length).toBeGreaterThan(10);
		expect(sql.flatMap(detailTablesIn)).toEqual([]);
		sql.length = 0;
		await refreshQueries(db, noFilters());
		expect(new Set(sql.flatMap(detailTablesIn))).toEqual(new Set(['agg_presence', 'issue_keys', 'agg_facts']));
		sql.length = 0;
		await refreshQueries(db, { ...noFilters(), q: '标准' });
		expect(new Set(sql.flatMap(detailTablesIn))).toContain('items');
		sql.length = 0;
		await listItems(db, noFilters()).catch(() => undefined);
		expect(new Set(sql.flatMap(detailTablesIn))).toContain('items');
	});

	it('splits every shipped table into core or detail, once', () => {
		expect(new Set(DATASET_TABLES).size).toBe(CORE_TABLES.length + DETAIL_TABLES.length);
	});
});
