import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, removeIssue, replaceIssue } from './load';
import { openNodeDb } from './node';
import { migrate, refreshAggregates, SCHEMA_VERSION } from './schema';
import { archive, archiveIssue, issue1, issue2 } from './test-archive';
import type { Db } from './types';

// Bulletin dates are China calendar dates: nothing may shift them east of UTC.
const savedTz = process.env.TZ;
process.env.TZ = 'Asia/Shanghai';

const TABLES = [
	'issues',
	'items',
	'alliances',
	'item_alliances',
	'item_topics',
	'topics',
	'parse_warnings',
	'unresolved_names',
	'agg_facts',
	'agg_month',
	'agg_plain',
	'agg_types',
	'agg_items',
	'issue_dates',
	'agg_presence',
	'issue_keys',
	'alliance_keys',
	'topic_bits'
];

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await migrate(db);
});
afterAll(async () => {
	await db.close();
	process.env.TZ = savedTz;
});

async function counts(): Promise<Record<string, number>> {
	const result: Record<string, number> = {};
	for (const table of TABLES)
		result[table] = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;
	return result;
}

/** issue_dates must be exactly issues' period columns, after every load, removal and replacement. */
async function expectIssueDatesInStep(): Promise<void> {
	const cols = 'id, year, serial, date, synthetic';
	const dates = await db.query(`SELECT ${cols} FROM issue_dates ORDER BY id`);
	expect(dates).toEqual(await db.query(`SELECT ${cols} FROM issues ORDER BY id`));
}

async function snapshot(): Promise<Record<string, unknown[]>> {
	const result: Record<string, unknown[]> = {};
	for (const table of TABLES) result[table] = await db.query(`SELECT * FROM ${table} ORDER BY ALL`);
	return result;
}

describe('migrate', () => {
	it('is idempotent and keeps the data', async () => {
		await loadArchive(db, archive);
		const before = await snapshot();
		await migrate(db);
		expect(await snapshot()).toEqual(before);
		expect(await db.query('SELECT value FROM meta WHERE key = ?', ['schema_version'])).toEqual([
			{ value: String(SCHEMA_VERSION) }
		]);
	});
});

describe('loadArchive', () => {
	beforeAll(() => loadArchive(db, archive));

	it('stores every row', async () => {
		expect(await counts()).toMatchObject({
			issues: 2,
			items: 5,
			alliances: 2,
			item_alliances: 5,
			item_topics: 4,
			topics: 2,
			parse_warnings: 1,
			unresolved_names: 1
		});
	});

	it('keeps issue and event dates as the same calendar day', async () => {
		expect(await db.query('SELECT id, date FROM issues ORDER BY id')).toEqual([
			{ id: '2026-01', date: '2026-01-01' },
			{ id: '2026-02', date: '2026-04-20' }
		]);
		expect(
			await db.query(
				'SELECT id, event_date, event_precision, month, issue_date, year FROM items WHERE event_date IS NOT NULL ORDER BY id'
			)
		).toEqual([
			{
				id: '2026-01-02',
				event_date: '2025-12-20',
				event_precision: 'day',
				month: '2026-01',
				issue_date: '2026-01-01',
				year: 2026
			},
			{
				id: '2026-02-01',
				event_date: '2026-03-01',
				event_precision: 'month',
				month: '2026-04',
				issue_date: '2026-04-20',
				year: 2026
			}
		]);
		expect(
			await db.query(
				"SELECT count(*) AS n FROM issues WHERE date = ?::DATE AND date = DATE '2026-04-20'",
				['2026-04-20']
			)
		).toEqual([{ n: 1 }]);
	});

	it('stores issue metadata, lists and flags', async () => {
		const [issue] = await db.query('SELECT * FROM issues WHERE id = ?', ['2026-01']);
		expect(issue).toMatchObject({
			year: 2026,
			number: 1,
			serial: 101,
			editor: '张三',
			source_file: '2026-01.txt',
			content_hash: 'hash-2026-01',
			synthetic: true,
			item_count: 3
		});
		expect(
			await db.query(
				'SELECT id, short_names, aliases, acronym, user_created FROM alliances ORDER BY id'
			)
		).toEqual([
			{
				id: 'semiconductor-lighting',
				short_names: ['半导体照明联盟'],
				aliases: [],
				acronym: 'CSA',
				user_created: false
			},
			{
				id: 'steel',
				short_names: ['钢铁联盟'],
				aliases: ['钢铁可循环联盟'],
				acronym: null,
				user_created: true
			}
		]);
		expect(
			await db.query('SELECT words FROM item_topics WHERE item_id = ? AND topic_id = ?', [
				'2026-01-02',
				'meeting'
			])
		).toEqual([{ words: ['年会', '会议'] }]);
		expect(
			await db.query('SELECT sections, keywords FROM topics WHERE id = ?', ['meeting'])
		).toEqual([{ sections: ['alliance', 'liaison'], keywords: ['会议', '年会'] }]);
		expect(await db.query('SELECT issue_id, item_id, suggestions FROM unresolved_names')).toEqual([
			{ issue_id: '2026-01', item_id: '2026-01-03', suggestions: ['steel'] }
		]);
	});

	it('aggregates count each item once in totals and once per contributing alliance', async () => {
		for (const table of ['agg_facts', 'agg_month', 'agg_plain']) {
			expect(
				await db.query(`SELECT sum(items) AS n FROM ${table} WHERE first_contributor`)
			).toEqual([{ n: 5 }]);
		}
		expect(
			await db.query('SELECT alliance_id, sum(items) AS n FROM agg_facts GROUP BY ALL ORDER BY ALL')
		).toEqual([
			{ alliance_id: 'semiconductor-lighting', n: 2 },
			{ alliance_id: 'steel', n: 2 },
			{ alliance_id: null, n: 2 }
		]);
		expect(
			await db.query(
				'SELECT section, sum(items) AS n FROM agg_plain WHERE first_contributor GROUP BY ALL ORDER BY ALL'
			)
		).toEqual(await db.query('SELECT section, count(*) AS n FROM items GROUP BY ALL ORDER BY ALL'));
		// Per topic: the item with two topics counts under each; items without a topic have no bit.
		expect(
			await db.query(
				`SELECT b.topic_id, sum(g.items) AS n FROM agg_month g LEFT JOIN topic_bits b ON (g.tmask & b.bit) <> 0
				WHERE g.first_contributor GROUP BY ALL ORDER BY ALL`
			)
		).toEqual([
			{ topic_id: 'meeting', n: 2 },
			{ topic_id: 'standard', n: 2 },
			{ topic_id: null, n: 2 }
		]);
		// The item of both alliances carries both, sorted, on each of its two rows.
		expect(
			await db.query(
				'SELECT alliance_id, first_contributor, contributors FROM agg_facts WHERE len(contributors) > 1 ORDER BY ALL'
			)
		).toEqual([
			{
				alliance_id: 'semiconductor-lighting',
				first_contributor: true,
				contributors: ['semiconductor-lighting', 'steel']
			},
			{
				alliance_id: 'steel',
				first_contributor: false,
				contributors: ['semiconductor-lighting', 'steel']
			}
		]);
		expect(
			await db.query(
				"SELECT month, sum(items) AS n FROM agg_plain WHERE alliance_id = 'steel' GROUP BY ALL ORDER BY ALL"
			)
		).toEqual([
			{ month: '2026-01', n: 1 },
			{ month: '2026-04', n: 1 }
		]); // Counted once without alliances: 5 items, 3 of them with a contributing alliance.
		for (const table of ['agg_types', 'agg_items'])
			expect(
				await db.query(
					`SELECT contributed, sum(items) AS n FROM ${table} GROUP BY ALL ORDER BY ALL`
				)
			).toEqual([
				{ contributed: false, n: 2 },
				{ contributed: true, n: 3 }
			]);
		// Presence: one row per (alliance, issue, section); its tmask ORs the types of those items.
		expect(
			await db.query(
				`SELECT p.alliance_id, p.issue_id, p.date, list(b.topic_id ORDER BY b.topic_id) AS types
				FROM agg_presence p LEFT JOIN topic_bits b ON (p.tmask & b.bit) <> 0 GROUP BY ALL ORDER BY ALL`
			)
		).toEqual(
			await db.query(
				`SELECT a.alliance_id, i.issue_id, s.date, list(DISTINCT t.topic_id ORDER BY t.topic_id) AS types
				FROM items i JOIN item_alliances a ON a.item_id = i.id AND a.role = 'contributor'
				JOIN issues s ON s.id = i.issue_id LEFT JOIN item_topics t ON t.item_id = i.id
				GROUP BY ALL ORDER BY ALL`
			)
		);
		expect(await db.query('SELECT count(*) AS n FROM agg_presence')).toEqual([{ n: 4 }]); // each alliance in two issues
		expect(await db.query('SELECT issue_id, k FROM issue_keys ORDER BY k')).toEqual(
			(await db.query<{ id: string }>('SELECT id FROM issues ORDER BY id')).map((r, i) => ({
				issue_id: r.id,
				k: i + 1
			}))
		);
	});

	it('replaces the whole archive when loaded again, from an array or an async generator', async () => {
		const before = await snapshot();
		await loadArchive(db, archive);
		expect(await snapshot()).toEqual(before);
		async function* parsedOneByOne() {
			yield archiveIssue(issue1);
			yield archiveIssue(issue2);
		}
		await loadArchive(db, { ...archive, issues: parsedOneByOne() });
		expect(await snapshot()).toEqual(before);
	});

	it('keeps the tables as before when a load fails mid-way', async () => {
		const before = await snapshot();
		const duplicate = archiveIssue({ ...issue2, issue: { ...issue2.issue, id: '2026-03' } }); // same item ids as 2026-02
		await expect(
			loadArchive(db, {
				...archive,
				issues: [archiveIssue(issue1), archiveIssue(issue2), duplicate]
			})
		).rejects.toThrow(/2026-02-01/);
		expect(await snapshot()).toEqual(before);
		const badDate = archiveIssue({ ...issue2, issue: { ...issue2.issue, date: '2026-02-30' } });
		await expect(
			loadArchive(db, { ...archive, issues: [archiveIssue(issue1), badDate] })
		).rejects.toThrow(/2026-02-30/);
		expect(await snapshot()).toEqual(before);
	});
});

describe('removeIssue and replaceIssue', () => {
	beforeAll(() => loadArchive(db, archive));

	it('removeIssue deletes exactly that issue’s rows', async () => {
		await removeIssue(db, '2026-01');
		await expectIssueDatesInStep();
		expect(await counts()).toMatchObject({ issues: 1, issue_dates: 1 });
		const after = await snapshot();
		await loadArchive(db, { ...archive, issues: [archiveIssue(issue2)] });
		expect(await snapshot()).toEqual(after);
		expect(await counts()).toMatchObject({
			issues: 1,
			items: 2,
			item_alliances: 2,
			item_topics: 1,
			parse_warnings: 0,
			unresolved_names: 0,
			alliances: 2,
			topics: 2
		});
		expect(await removeIssue(db, 'no-such-issue')).toBe(false);
		expect(await snapshot()).toEqual(after);
	});

	it('replaceIssue swaps an issue for its new version', async () => {
		await loadArchive(db, archive);
		const edited = {
			...issue2,
			items: issue2.items.slice(0, 1).map((item) => ({ ...item, title: '改过的标题' }))
		};
		await replaceIssue(db, archiveIssue(edited));
		await expectIssueDatesInStep();
		expect(await counts()).toMatchObject({ issues: 2, issue_dates: 2 });
		expect(await db.query('SELECT id, title FROM items WHERE issue_id = ?', ['2026-02'])).toEqual([
			{ id: '2026-02-01', title: '改过的标题' }
		]);
		expect(await db.query('SELECT item_count FROM issues WHERE id = ?', ['2026-02'])).toEqual([
			{ item_count: 1 }
		]);
		expect(await db.query('SELECT sum(items) AS n FROM agg_plain WHERE first_contributor')).toEqual(
			[{ n: 4 }]
		);
		await replaceIssue(db, archiveIssue(issue2));
		const restored = await snapshot();
		await loadArchive(db, archive);
		expect(await snapshot()).toEqual(restored);
	});

	it('refreshAggregates rebuilds the same aggregates, for all issues or some', async () => {
		const before = await snapshot();
		await refreshAggregates(db);
		expect(await snapshot()).toEqual(before);
		await db.exec(
			"DELETE FROM agg_facts WHERE issue_id = '2026-01'; DELETE FROM agg_month; DELETE FROM agg_plain"
		);
		await refreshAggregates(db, ['2026-01']);
		expect(await snapshot()).toEqual(before);
	});
});

/** The same Db without Arrow, counting the statements that fill staging tables. */
function withoutArrow(inner: Db, staged: string[]): Db {
	return {
		query: (sql, params) => {
			if (/^INSERT INTO \w+ VALUES/.test(sql)) staged.push(sql);
			return inner.query(sql, params);
		},
		exec: (sql) => inner.exec(sql),
		transaction: (fn) => inner.transaction((tx) => fn(withoutArrow(tx, staged))),
		close: () => inner.close()
	};
}

describe('loading without Arrow', () => {
	it('stores the same rows through bound parameters', async () => {
		await loadArchive(db, archive);
		const viaArrow = await snapshot();
		await db.exec('DELETE FROM items');
		const staged: string[] = [];
		await loadArchive(withoutArrow(db, staged), archive);
		expect(staged.length).toBeGreaterThan(0);
		expect(await snapshot()).toEqual(viaArrow);
	});
});
