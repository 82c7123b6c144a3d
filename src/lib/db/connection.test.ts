import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialDb, toParam, type EngineCalls } from './connection';
import { openNodeDb } from './node';
import type { Db } from './types';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await db.exec('CREATE TABLE notes (id INTEGER, text VARCHAR)');
});
afterAll(() => db.close());

describe('query', () => {
	it('binds a value full of quotes and SQL as a value', async () => {
		const evil = `'); DROP TABLE notes; -- "联盟" \\ ''`;
		await db.query('INSERT INTO notes VALUES (?, ?)', [1, evil]);
		expect(await db.query('SELECT text FROM notes WHERE text = ?', [evil])).toEqual([
			{ text: evil }
		]);
		expect(await db.query('SELECT count(*) AS n FROM notes')).toEqual([{ n: 1 }]);
	});

	it('binds numbers, booleans, nulls and dates given as strings', async () => {
		const [row] = await db.query(
			'SELECT ?::INTEGER + 1 AS n, ? AS b, ? IS NULL AS isnull, ?::DATE AS d',
			[41, true, null, '2026-01-01']
		);
		expect(row).toEqual({ n: 42, b: true, isnull: true, d: '2026-01-01' });
		expect(await db.query('SELECT * FROM range(10) LIMIT ?::INTEGER', [2])).toHaveLength(2);
	});

	it.each([
		[['a'], /list/],
		[new Date(), /Date/],
		[{ a: 1 }, /object/],
		[Number.NaN, /finite/],
		[2n ** 60n, /2\^53/]
	])('refuses to bind %s', (value, message) => {
		expect(() => toParam(value, 0)).toThrow(message);
	});

	it('reports a SQL error as a rejected promise', async () => {
		await expect(db.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
		expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
	});
});

describe('prepared statements', () => {
	// getvariable() is read when a statement is planned, so its answer tells whether the statement was planned again.
	// The variable is set on the raw connection (queryArrowIPC), which is not a write through the Db.
	it('are kept between runs, and closed by a write: a plan never outlives the data it was made on', async () => {
		const read = `SELECT getvariable('planned') AS planned FROM (SELECT 1) WHERE 1 = (SELECT ?::DOUBLE)`;
		const planned = async () => (await db.query<{ planned: string }>(read, [1]))[0]!.planned;
		await db.queryArrowIPC!("SET VARIABLE planned = 'before'");
		expect(await planned()).toBe('before');
		await db.queryArrowIPC!("SET VARIABLE planned = 'after'");
		expect(await planned()).toBe('before');
		await db.exec('CREATE TABLE IF NOT EXISTS written (x INTEGER)');
		expect(await planned()).toBe('after');
		await db.queryArrowIPC!("SET VARIABLE planned = 'after the insert'");
		await db.query('INSERT INTO written VALUES (?)', [1]);
		expect(await planned()).toBe('after the insert');
	});
});

describe('transaction', () => {
	it('commits what fn did', async () => {
		await db.transaction(async (tx) => {
			await tx.query('INSERT INTO notes VALUES (?, ?)', [2, 'kept']);
		});
		expect(await db.query('SELECT id FROM notes WHERE text = ?', ['kept'])).toEqual([{ id: 2 }]);
	});

	it('rolls back everything when fn throws', async () => {
		const before = await db.query('SELECT * FROM notes ORDER BY id');
		await expect(
			db.transaction(async (tx) => {
				await tx.query('INSERT INTO notes VALUES (?, ?)', [3, 'lost']);
				await tx.exec('DELETE FROM notes WHERE id = 1');
				throw new Error('stop');
			})
		).rejects.toThrow('stop');
		expect(await db.query('SELECT * FROM notes ORDER BY id')).toEqual(before);
	});

	it('holds other callers back until it ends', async () => {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const tx = db.transaction(async (t) => {
			await t.query('INSERT INTO notes VALUES (?, ?)', [4, 'pending']);
			await gate;
			throw new Error('abandon');
		});
		const outside = db.query<{ n: number }>('SELECT count(*) AS n FROM notes WHERE id = 4');
		release();
		await expect(tx).rejects.toThrow('abandon');
		expect(await outside).toEqual([{ n: 0 }]);
	});

	it('joins the running transaction when nested', async () => {
		await expect(
			db.transaction(async (tx) => {
				await tx.transaction(async (inner) =>
					inner.query('INSERT INTO notes VALUES (?, ?)', [5, 'nested'])
				);
				throw new Error('outer fails');
			})
		).rejects.toThrow('outer fails');
		expect(await db.query('SELECT * FROM notes WHERE id = 5')).toEqual([]);
	});

	it('refuses a tx used after its transaction ended', async () => {
		let leaked: Db | undefined;
		await db.transaction(async (tx) => void (leaked = tx));
		await expect(leaked!.query('SELECT 1')).rejects.toThrow(/ended/);
	});
});

describe('serialDb: the order calls reach the engine', () => {
	/** An engine that records each call as it starts and answers only when told to. */
	function recordingEngine() {
		const started: string[] = [];
		const answer = new Map<string, { ok: () => void; fail: () => void }>();
		const call = (what: string) =>
			new Promise<never[]>((resolve, reject) => {
				started.push(what);
				answer.set(what, {
					ok: () => resolve([]),
					fail: () => reject(new Error(`${what} failed`))
				});
			});
		const engine: EngineCalls = {
			query: (sql) => call(sql) as Promise<never[]>,
			exec: (sql) => call(sql).then(() => undefined),
			insertArrowIPC: (table) => call(`insert ${table}`).then(() => undefined),
			close: () => call('close').then(() => undefined)
		};
		const settle = () => new Promise((r) => setTimeout(r, 0));
		return { engine, started, answer: (what: string) => answer.get(what)!, settle };
	}

	it('sends reads on at once, each answered to its caller, and a failed read holds none back', async () => {
		const { engine, started, answer, settle } = recordingEngine();
		const db = serialDb(engine);
		const a = db.query('SELECT 1 AS a');
		const b = db.query('WITH x AS (SELECT 2) SELECT * FROM x');
		const c = db.query('SELECT 3 AS c');
		await settle();
		expect(started).toEqual([
			'SELECT 1 AS a',
			'WITH x AS (SELECT 2) SELECT * FROM x',
			'SELECT 3 AS c'
		]);
		answer('SELECT 3 AS c').ok();
		answer('SELECT 1 AS a').fail();
		answer('WITH x AS (SELECT 2) SELECT * FROM x').ok();
		await expect(a).rejects.toThrow('SELECT 1 AS a failed');
		await expect(b).resolves.toEqual([]);
		await expect(c).resolves.toEqual([]);
	});

	it('starts a write once every earlier call has ended, and later reads once it has', async () => {
		const { engine, started, answer, settle } = recordingEngine();
		const db = serialDb(engine);
		const read1 = db.query('SELECT 1');
		const read2 = db.query('SELECT 2');
		const write = db.query('INSERT INTO notes VALUES (9)');
		const read3 = db.query('SELECT 3');
		await settle();
		expect(started).toEqual(['SELECT 1', 'SELECT 2']);
		answer('SELECT 2').ok();
		await settle();
		expect(started).toEqual(['SELECT 1', 'SELECT 2']);
		answer('SELECT 1').fail();
		await settle();
		expect(started).toEqual(['SELECT 1', 'SELECT 2', 'INSERT INTO notes VALUES (9)']);
		answer('INSERT INTO notes VALUES (9)').fail();
		await settle();
		expect(started.at(-1)).toBe('SELECT 3');
		answer('SELECT 3').ok();
		await expect(read1).rejects.toThrow();
		await expect(read2).resolves.toEqual([]);
		await expect(write).rejects.toThrow('failed');
		await expect(read3).resolves.toEqual([]);
	});

	it('runs a transaction alone: after the reads before it, before the reads after it', async () => {
		const { engine, started, answer, settle } = recordingEngine();
		const db = serialDb(engine);
		void db.query('SELECT 1');
		const tx = db.transaction((t) => t.exec('DELETE FROM notes'));
		void db.query('SELECT 2');
		await settle();
		expect(started).toEqual(['SELECT 1']);
		answer('SELECT 1').ok();
		await settle();
		expect(started).toEqual(['SELECT 1', 'BEGIN TRANSACTION']);
		answer('BEGIN TRANSACTION').ok();
		await settle();
		answer('DELETE FROM notes').ok();
		await settle();
		expect(started.slice(1)).toEqual(['BEGIN TRANSACTION', 'DELETE FROM notes', 'COMMIT']);
		answer('COMMIT').ok();
		await tx;
		await settle();
		expect(started.at(-1)).toBe('SELECT 2');
	});
});
