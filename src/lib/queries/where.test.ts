import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../db/load';
import { openNodeDb } from '../db/node';
import { migrate } from '../db/schema';
import { archive } from '../db/test-archive';
import type { Db } from '../db/types';
import { allianceMatrix } from './matrix';
import { itemsPerIssue } from './per-issue';
import { itemsPerMonth } from './per-month';
import { ranking } from './ranking';
import { dimensionTrends, topicMix, topicTrends } from './topic-trends';
import { totals } from './totals';
import { listItems } from './items';
import { keywordInContext } from './keywords';
import {
	factsWhere,
	inList,
	issueWhere,
	itemWhere,
	noFilters,
	sql,
	usesAggregates,
	type QueryFilters
} from './where';

const f = (patch: Partial<QueryFilters>): QueryFilters => ({ ...noFilters(), ...patch });

const CASES: [string, QueryFilters][] = [
	['nothing', f({})],
	['real only, one month', f({ real: true, from: '2026-01', to: '2026-01' })],
	['year and section', f({ year: 2026, section: 'alliance' })],
	['two alliances and a type', f({ alliances: ['wapi', 'igrs'], type: 'standards' })],
	['dimension and text', f({ dim: 'innovation', q: '  标准 ' })]
];

describe('itemWhere', () => {
	it('has one param per placeholder', () => {
		for (const [, filters] of CASES) {
			const w = itemWhere(filters);
			expect(w.sql.split('?').length - 1).toBe(w.params.length);
		}
	});

	it('writes these fragments', () => {
		expect(Object.fromEntries(CASES.map(([name, filters]) => [name, itemWhere(filters)])))
			.toMatchInlineSnapshot(`
				{
				  "dimension and text": {
				    "params": [
				      "innovation",
				      "标准",
				      "标准",
				    ],
				    "sql": "i.id IN (SELECT item_id FROM item_topics WHERE topic_id IN (SELECT id FROM topics WHERE dimension = (SELECT ?::VARCHAR))) AND (contains(coalesce(i.title, ''), (SELECT ?::VARCHAR)) OR contains(coalesce(i.body, ''), (SELECT ?::VARCHAR)))",
				  },
				  "nothing": {
				    "params": [],
				    "sql": "TRUE",
				  },
				  "real only, one month": {
				    "params": [
				      "2026-01",
				      "2026-01",
				    ],
				    "sql": "i.month >= (SELECT ?::VARCHAR) AND i.month <= (SELECT ?::VARCHAR) AND i.synthetic IS NOT TRUE",
				  },
				  "two alliances and a type": {
				    "params": [
				      "wapi",
				      "igrs",
				      "standards",
				    ],
				    "sql": "i.id IN (SELECT item_id FROM item_alliances WHERE role = 'contributor' AND alliance_id IN (SELECT unnest((SELECT [?::VARCHAR, ?::VARCHAR])))) AND i.id IN (SELECT item_id FROM item_topics WHERE topic_id = (SELECT ?::VARCHAR))",
				  },
				  "year and section": {
				    "params": [
				      2026,
				      "alliance",
				    ],
				    "sql": "i.year = (SELECT ?::DOUBLE)::INTEGER AND i.section = (SELECT ?::VARCHAR)",
				  },
				}
			`);
	});

	it('writes the same SQL whatever the values (text: only whether it has letters with a case)', () => {
		const a = itemWhere(f({ alliances: ['a', 'b'], q: 'x', type: 't', section: 'policy' }));
		const b = itemWhere(
			f({
				alliances: ["'); DROP TABLE items; --", '%'],
				q: "X_\\'; --",
				type: '"',
				section: 'liaison'
			})
		);
		expect(b.sql).toBe(a.sql);
		const c = itemWhere(f({ q: '标准' }));
		const d = itemWhere(f({ q: "_%\\'); --" }));
		expect(d.sql).toBe(c.sql);
	});

	it('one alliance, a period and text', () => {
		expect(itemWhere(f({ alliances: ['wapi'], from: '2025-01', to: '2025-12', q: 'WAPI' })))
			.toMatchInlineSnapshot(`
				{
				  "params": [
				    "2025-01",
				    "2025-12",
				    "wapi",
				    "WAPI",
				    "WAPI",
				  ],
				  "sql": "i.month >= (SELECT ?::VARCHAR) AND i.month <= (SELECT ?::VARCHAR) AND i.id IN (SELECT item_id FROM item_alliances WHERE role = 'contributor' AND alliance_id IN (SELECT unnest((SELECT [?::VARCHAR])))) AND (contains(lower(coalesce(i.title, '')), lower((SELECT ?::VARCHAR))) OR contains(lower(coalesce(i.body, '')), lower((SELECT ?::VARCHAR))))",
				}
			`);
	});
});

describe('factsWhere and usesAggregates', () => {
	it.each([
		['nothing', f({}), true],
		['one alliance', f({ alliances: ['wapi'] }), true],
		['two alliances', f({ alliances: ['wapi', 'igrs'] }), true],
		['a type', f({ type: 'standards' }), true],
		['a dimension', f({ dim: 'exchange' }), true],
		['free text', f({ q: '标准' }), false],
		['blank text', f({ q: '   ' }), true]
	])('%s: the facts answer it: %s', (_name, filters, facts) => {
		expect(usesAggregates(filters)).toBe(facts);
	});

	it('item grain, real only, a year and a section', () => {
		expect(factsWhere(f({ real: true, year: 2025, section: 'alliance' }), 'item'))
			.toMatchInlineSnapshot(`
				{
				  "params": [
				    2025,
				    "alliance",
				  ],
				  "sql": "g.year = (SELECT ?::DOUBLE)::INTEGER AND g.synthetic IS NOT TRUE AND g.section = (SELECT ?::VARCHAR) AND g.first_contributor",
				}
			`);
	});

	it('item grain, two alliances: an item of both counts under the first selected one', () => {
		expect(factsWhere(f({ alliances: ['wapi', 'igrs'], dim: 'exchange' }), 'item'))
			.toMatchInlineSnapshot(`
				{
				  "params": [
				    "exchange",
				    "wapi",
				    "igrs",
				    "wapi",
				    "igrs",
				  ],
				  "sql": "(g.tmask & (SELECT bit_or(bit) FROM topic_bits WHERE dimension = (SELECT ?::VARCHAR))) <> 0 AND g.alliance_id IN (SELECT unnest((SELECT [?::VARCHAR, ?::VARCHAR]))) AND (len(g.contributors) = 1 OR NOT list_has_any(list_slice(g.contributors, 1, list_position(g.contributors, g.alliance_id) - 1), (SELECT [?::VARCHAR, ?::VARCHAR])))",
				}
			`);
	});

	it('alliance grain, two alliances, a type and a period', () => {
		expect(
			factsWhere(
				f({ alliances: ['wapi', 'igrs'], type: 'standards', from: '2025-01', to: '2025-06' }),
				'alliance'
			)
		).toMatchInlineSnapshot(`
			{
			  "params": [
			    "2025-01",
			    "2025-06",
			    "standards",
			    "wapi",
			    "igrs",
			  ],
			  "sql": "g.month >= (SELECT ?::VARCHAR) AND g.month <= (SELECT ?::VARCHAR) AND (g.tmask & (SELECT bit FROM topic_bits WHERE topic_id = (SELECT ?::VARCHAR))) <> 0 AND g.alliance_id IN (SELECT unnest((SELECT [?::VARCHAR, ?::VARCHAR])))",
			}
		`);
	});

	it('issues in a period', () => {
		expect(
			issueWhere(f({ from: '2025-01', to: '2025-06', year: 2025, real: true, section: 'policy' }))
		).toMatchInlineSnapshot(`
			{
			  "params": [
			    2025,
			    "2025-01",
			    "2025-06",
			  ],
			  "sql": "s.year = (SELECT ?::DOUBLE)::INTEGER AND s.synthetic IS NOT TRUE AND s.date >= ((SELECT ?::VARCHAR) || '-01')::DATE AND s.date < ((SELECT ?::VARCHAR) || '-01')::DATE + INTERVAL 1 MONTH",
			}
		`);
	});

	it('refuses free text, which needs the raw tables', () => {
		expect(() => factsWhere(f({ q: '标准' }), 'item')).toThrow(/raw tables/);
	});
});

describe('sql', () => {
	it('binds interpolated values and splices fragments', () => {
		const inner = sql`x = ${1}`;
		expect(sql`SELECT ${'a'} WHERE ${inner} AND y = ${null} AND z = ${true}`).toEqual({
			sql: 'SELECT (SELECT ?::VARCHAR) WHERE x = (SELECT ?::DOUBLE) AND y = (SELECT ?::VARCHAR) AND z = (SELECT ?::BOOLEAN)',
			params: ['a', 1, null, true]
		});
	});

	it('binds a list of values as one list, and IN over none is FALSE', () => {
		expect(inList('a.id', ['x', "y'"])).toEqual({
			sql: 'a.id IN (SELECT unnest((SELECT [?::VARCHAR, ?::VARCHAR])))',
			params: ['x', "y'"]
		});
		expect(inList('a.id', [])).toEqual({ sql: 'FALSE', params: [] });
	});
});

// The small hand-built archive (db/test-archive.ts) has an item contributed by two alliances: the one case where
// the aggregates could double-count, so the fast path must agree with the raw tables here above all.
describe('against DuckDB', () => {
	let db: Db;
	beforeAll(async () => {
		db = await openNodeDb();
		await migrate(db);
		await loadArchive(db, archive);
	});
	afterAll(() => db.close());

	const EVIL = ["'); DROP TABLE items; --", '%', '_\\', "' OR '1'='1"];

	it('keeps every hostile value a value: no rows, tables intact', async () => {
		const before = await db.query(
			'SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM issues) AS issues'
		);
		const tables = await db.query('SELECT table_name FROM duckdb_tables() ORDER BY 1');
		expect(tables).toContainEqual({ table_name: 'items' });
		for (const evil of EVIL) {
			// Next to a real alliance, the hostile one matches nothing and changes nothing.
			expect(await totals(db, f({ alliances: ['steel', evil] }))).toEqual(
				await totals(db, f({ alliances: ['steel'] }))
			);
			for (const filters of [
				f({ alliances: [evil] }),
				f({ type: evil }),
				f({ dim: evil as QueryFilters['dim'] }),
				f({ section: evil as QueryFilters['section'] }),
				f({ q: evil }),
				f({ from: evil, to: evil })
			]) {
				expect((await totals(db, filters)).items).toBe(0);
			}
			expect((await listItems(db, f({ q: evil, alliances: [evil] }))).total).toBe(0);
			expect(await keywordInContext(db, f({}), evil, 10)).toEqual([]);
		}
		expect((await ranking(db, f({ alliances: EVIL }))).map((r) => r.items)).toEqual([]);
		expect(await db.query('SELECT table_name FROM duckdb_tables() ORDER BY 1')).toEqual(tables);
		expect(
			await db.query(
				'SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM issues) AS issues'
			)
		).toEqual(before);
	});

	// getvariable() is read when a statement is planned: its answer tells whether a run planned the statement again.
	// The variable is set on the raw connection (queryArrowIPC): through the Db, a SET is a write, which closes every
	// prepared statement (db/connection.ts).
	it('keeps a filtered statement’s plan between runs, where a bare ? is planned again on every run', async () => {
		const where = factsWhere(
			f({ alliances: ['wapi', 'igrs'], year: 2026, section: 'alliance', type: 'standards' }),
			'item'
		);
		const planned = async (q: { sql: string; params: unknown[] }) => {
			const text = `SELECT getvariable('planned') AS planned, count(*)::INTEGER AS n FROM agg_month g WHERE ${q.sql}`;
			await db.queryArrowIPC!("SET VARIABLE planned = 'first run'");
			const [first] = await db.query<{ planned: string }>(text, q.params);
			await db.queryArrowIPC!("SET VARIABLE planned = 'second run'");
			const [second] = await db.query<{ planned: string }>(text, q.params);
			return [first!.planned, second!.planned];
		};
		expect(await planned(where)).toEqual(['first run', 'first run']);
		// The control: the same filter with its values as bare placeholders.
		expect(await planned({ sql: 'g.year = ?::INTEGER', params: [2026] })).toEqual([
			'first run',
			'second run'
		]);
	});

	it('finds literal % and _ only where they are written', async () => {
		expect((await totals(db, f({ q: '标题 2026-01-0' }))).items).toBe(2);
		// As LIKE patterns these would match every title above.
		expect((await totals(db, f({ q: '标题_2026' }))).items).toBe(0);
		expect((await totals(db, f({ q: '标题%' }))).items).toBe(0);
	});

	it('counts an item by two contributing alliances once in totals and once per alliance', async () => {
		const both = f({ alliances: ['semiconductor-lighting', 'steel'] });
		expect(await totals(db, both)).toMatchObject({
			items: 3,
			activeAlliances: 2,
			silentAlliances: 0
		});
		expect((await ranking(db, both)).map((r) => [r.allianceId, r.items])).toEqual([
			['semiconductor-lighting', 2],
			['steel', 2]
		]);
		expect((await allianceMatrix(db, both, 'issue')).rows.map((r) => r.counts)).toEqual([
			[1, 1],
			[1, 1]
		]);
	});

	it.each([
		['nothing', f({})],
		['one alliance', f({ alliances: ['steel'] })],
		['two alliances', f({ alliances: ['semiconductor-lighting', 'steel'] })],
		['a type', f({ type: 'standard' })],
		['a type and one alliance', f({ type: 'meeting', alliances: ['steel'] })],
		['a dimension', f({ dim: 'exchange' })],
		[
			'a dimension, two alliances, real only',
			f({ dim: 'innovation', alliances: ['semiconductor-lighting', 'steel'], real: true })
		],
		[
			'a type and two alliances',
			f({ type: 'standard', alliances: ['semiconductor-lighting', 'steel'] })
		],
		['a section and a period', f({ section: 'alliance', from: '2026-01', to: '2026-03' })],
		['real only', f({ real: true })]
	])('aggregates answer as the raw tables do: %s', async (_name, filters) => {
		expect(await totals(db, filters)).toEqual(await totals(db, filters, 'raw'));
		expect(await itemsPerIssue(db, filters)).toEqual(await itemsPerIssue(db, filters, 'raw'));
		expect(await itemsPerMonth(db, filters)).toEqual(await itemsPerMonth(db, filters, 'raw'));
		expect(await ranking(db, filters)).toEqual(await ranking(db, filters, 'raw'));
		expect(await allianceMatrix(db, filters, 'month')).toEqual(
			await allianceMatrix(db, filters, 'month', 'raw')
		);
		expect(await topicTrends(db, filters)).toEqual(await topicTrends(db, filters, 'month', 'raw'));
		expect(await topicMix(db, filters)).toEqual(await topicMix(db, filters, 'raw'));
		expect(await dimensionTrends(db, filters)).toEqual(
			await dimensionTrends(db, filters, 'month', 'raw')
		);
	});
});
