import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendColumns, isCalendarDate, utf8Length } from './appender';
import { openNodeDb } from './node';
import type { Db } from './types';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await db.exec('CREATE TABLE t (id VARCHAR, n INTEGER, d DATE, words VARCHAR[], ok BOOLEAN)');
});
afterAll(() => db.close());

describe('isCalendarDate', () => {
	it.each([
		['2026-04-20', true],
		['2024-02-29', true],
		['2000-02-29', true],
		['2026-02-29', false],
		['1900-02-29', false],
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-00-10', false],
		['2026-4-20', false],
		['2026-04', false],
		['', false]
	])('%j → %s', (text, ok) => expect(isCalendarDate(text)).toBe(ok));
});

describe('DATE values', () => {
	it.each([
		'2026-04-20',
		'2026-01-01',
		'2024-02-29',
		'2000-03-01',
		'1970-01-01',
		'1969-12-31',
		'0050-06-15',
		'9999-12-31'
	])('%s is stored as the same day', async (date) => {
		await db.exec('CREATE OR REPLACE TABLE dates (d DATE)');
		await appendColumns(db, 'dates', { d: 'DATE' }, { d: [date] });
		expect(await db.query('SELECT d, strftime(d, ?) AS text FROM dates', ['%Y-%m-%d'])).toEqual([
			{ d: date, text: date }
		]);
	});
});

describe('utf8Length', () => {
	it.each(['', 'abc', 'é', '联盟', '𠮷 emoji 🎉', 'lone \ud800 surrogate', 'end \ud83d'])(
		'matches TextEncoder for %j',
		(text) => {
			expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
		}
	);
});

describe('appendColumns', () => {
	const TYPES = {
		id: 'VARCHAR',
		n: 'INTEGER',
		d: 'DATE',
		words: 'VARCHAR[]',
		ok: 'BOOLEAN'
	} as const;

	it('appends more rows than one Arrow chunk, nulls and all', async () => {
		const count = 120_001;
		const ids = Array.from({ length: count }, (_, i) => (i % 7 ? `行${i}` : null));
		await appendColumns(db, 't', TYPES, {
			id: ids,
			n: ids.map((_, i) => (i % 5 ? i : null)),
			d: ids.map((_, i) => (i % 3 ? '2026-01-01' : null)),
			words: ids.map((_, i) => (i % 2 ? ['会议', ''] : [])),
			ok: ids.map((_, i) => (i % 11 ? i % 2 === 0 : null))
		});
		const [stats] = await db.query(
			'SELECT count(*) AS rows, count(id) AS ids, sum(n) AS total, count(d) AS dates, sum(len(words)) AS words, count(ok) AS oks FROM t'
		);
		const expected = { rows: count, ids: 0, total: 0, dates: 0, words: 0, oks: 0 };
		ids.forEach((id, i) => {
			expected.ids += id === null ? 0 : 1;
			expected.total += i % 5 ? i : 0;
			expected.dates += i % 3 ? 1 : 0;
			expected.words += i % 2 ? 2 : 0;
			expected.oks += i % 11 ? 1 : 0;
		});
		expect(stats).toEqual(expected);
		expect(await db.query('SELECT * FROM t WHERE id = ?', ['行120001'])).toEqual([]);
		expect(await db.query('SELECT * FROM t WHERE id = ?', ['行100001'])).toEqual([
			{ id: '行100001', n: 100001, d: '2026-01-01', words: ['会议', ''], ok: null }
		]);
	});

	it('refuses columns in another order than the table', async () => {
		const swapped = {
			n: 'INTEGER',
			id: 'VARCHAR',
			d: 'DATE',
			words: 'VARCHAR[]',
			ok: 'BOOLEAN'
		} as const;
		await expect(
			appendColumns(db, 't', swapped, { n: [1], id: ['x'], d: [null], words: [[]], ok: [true] })
		).rejects.toThrow(/columns/);
	});

	it('reports an engine error as plain text', async () => {
		const ipc = tableToIPC(tableFromArrays({ x: Int32Array.from([1]) }), 'stream');
		await expect(db.insertArrowIPC!('no_such_table', ipc)).rejects.toThrow(
			/^Catalog Error: .*no_such_table/
		);
	});

	it('names the row of an impossible date', async () => {
		await expect(
			appendColumns(db, 't', TYPES, {
				id: ['第9条'],
				n: [1],
				d: ['2026-02-30'],
				words: [[]],
				ok: [true]
			})
		).rejects.toThrow(/第9条.*2026-02-30/);
	});
});
