import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from './node';
import { isoDate, isoTimestamp, safeNumber } from './rows';
import type { Db } from './types';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(() => db.close());

describe('DuckDB values become plain JS values', () => {
	it.each([
		['INTEGER', '42::INTEGER', 42],
		['BIGINT (count)', '(SELECT count(*) FROM range(3))', 3],
		['BIGINT near 2^53', '9007199254740991::BIGINT', 9007199254740991],
		['HUGEINT (sum of ints)', '(SELECT sum(x) FROM (VALUES (1), (2)) t(x))', 3],
		['DECIMAL', '-1.25::DECIMAL(10, 2)', -1.25],
		['DECIMAL(18,3)', '123456789.123::DECIMAL(18, 3)', 123456789.123],
		['DOUBLE', '1.5::DOUBLE', 1.5],
		['BOOLEAN', 'true', true],
		['VARCHAR', "'联盟'", '联盟'],
		['NULL', 'NULL::INTEGER', null],
		['DATE', "DATE '2026-04-20'", '2026-04-20'],
		['DATE new year', "DATE '2026-01-01'", '2026-01-01'],
		['DATE before 1970', "DATE '1969-12-31'", '1969-12-31'],
		['NULL DATE', 'NULL::DATE', null],
		['TIMESTAMP', "TIMESTAMP '2026-01-01 08:30:00'", '2026-01-01 08:30:00'],
		['VARCHAR[]', "['a', 'b']", ['a', 'b']],
		['empty list', '[]::VARCHAR[]', []],
		['INTEGER[] with NULL', '[1, NULL, 3]', [1, null, 3]],
		['DATE[]', "[DATE '2026-01-01']", ['2026-01-01']],
		['BIGINT[]', '[1::BIGINT, 2]', [1, 2]],
		[
			'STRUCT',
			"{'n': 1::BIGINT, 'd': DATE '2026-04-20', 'l': ['x']}",
			{ n: 1, d: '2026-04-20', l: ['x'] }
		]
	])('%s', async (_, sql, expected) => {
		const [row] = await db.query(`SELECT ${sql} AS v`);
		expect(row).toEqual({ v: expected });
	});

	it('reads every row of a multi-batch result: ASCII, Chinese, astral characters and NULLs in place', async () => {
		// 5,000 rows arrive in several Arrow batches; strings are cut from one decode per batch.
		const rows = await db.query<{
			i: number;
			s: string | null;
			t: string | null;
			b: number | null;
			d: number | null;
			x: number | null;
		}>(
			`SELECT i::INTEGER AS i,
				CASE WHEN i % 3 = 0 THEN NULL WHEN i % 3 = 1 THEN 'id-' || i ELSE '联盟𠀀' || i || 'é' END AS s,
				CASE WHEN i % 7 = 0 THEN '' ELSE 'a' END AS t,
				CASE WHEN i % 5 = 0 THEN NULL ELSE i::BIGINT * 7 END AS b,
				CASE WHEN i % 4 = 0 THEN NULL ELSE i / 2 END AS d,
				CASE WHEN i % 2 = 0 THEN NULL ELSE i::SMALLINT END AS x
			FROM range(5000) r(i) ORDER BY i`
		);
		expect(rows).toHaveLength(5000);
		for (const [i, row] of rows.entries()) {
			const s = i % 3 === 0 ? null : i % 3 === 1 ? `id-${i}` : `联盟𠀀${i}é`;
			expect(row).toEqual({
				i,
				s,
				t: i % 7 === 0 ? '' : 'a',
				b: i % 5 === 0 ? null : i * 7,
				d: i % 4 === 0 ? null : i / 2,
				x: i % 2 === 0 ? null : i
			});
		}
	});

	it('reads lists of numbers and strings across batches, NULL lists and NULL elements in place', async () => {
		const rows = await db.query<{ i: number; ns: (number | null)[] | null; ss: string[] }>(
			`SELECT i::INTEGER AS i,
				CASE WHEN i % 11 = 0 THEN NULL ELSE [i, NULL, i * 2]::INTEGER[] END AS ns,
				CASE WHEN i % 2 = 0 THEN []::VARCHAR[] ELSE ['联' || i, 'x'] END AS ss
			FROM range(4500) r(i) ORDER BY i`
		);
		expect(rows).toHaveLength(4500);
		for (const [i, row] of rows.entries())
			expect(row).toEqual({
				i,
				ns: i % 11 === 0 ? null : [i, null, i * 2],
				ss: i % 2 === 0 ? [] : [`联${i}`, 'x']
			});
	});

	it('refuses to round a BIGINT beyond 2^53 among many rows', async () => {
		await expect(
			db.query(
				'SELECT CASE WHEN i = 3000 THEN 9007199254740993 ELSE i END::BIGINT AS v FROM range(4000) r(i)'
			)
		).rejects.toThrow(/beyond 2\^53/);
	});

	it('refuses to round a BIGINT beyond 2^53', async () => {
		await expect(db.query('SELECT 9007199254740993::BIGINT AS v')).rejects.toThrow(/beyond 2\^53/);
	});
});

describe('date helpers never shift the day', () => {
	it.each([
		['Asia/Shanghai', -480],
		['America/Los_Angeles', 480],
		['UTC', 0]
	])('in %s', (zone, offsetMinutes) => {
		const saved = process.env.TZ;
		process.env.TZ = zone;
		try {
			expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offsetMinutes);
			expect(isoDate(Date.UTC(2026, 3, 20))).toBe('2026-04-20');
			expect(isoDate(Date.UTC(2026, 0, 1))).toBe('2026-01-01');
			expect(isoDate(Date.UTC(1969, 11, 31))).toBe('1969-12-31');
			expect(isoTimestamp(Date.UTC(2026, 0, 1, 23, 59, 59, 5))).toBe('2026-01-01 23:59:59.005');
		} finally {
			process.env.TZ = saved;
		}
	});

	it.each([
		[0n, 0],
		[-42n, -42],
		[9007199254740991n, 9007199254740991]
	])('safeNumber(%s)', (big, n) => expect(safeNumber(big)).toBe(n));
});
