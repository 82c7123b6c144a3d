/** Bulk inserts: rows gathered in JS and appended to a table as Arrow IPC chunks (or, without Arrow, bound VALUES). */
import {
	Bool,
	DateDay,
	Field,
	Int32,
	List,
	Table,
	Utf8,
	makeData,
	makeVector,
	tableToIPC
} from 'apache-arrow';
import type { Data, Vector } from 'apache-arrow';
import type { Db } from './types';

/** A column's SQL type, as the table declares it. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BOOLEAN' | 'DATE' | 'VARCHAR[]';
export type ColumnValue = string | number | boolean | null | readonly string[];

/** Rows per Arrow chunk: big enough to amortise a call, small enough to bound the copies in wasm memory. */
const CHUNK_ROWS = 50_000;
/** Rows per INSERT when the Db cannot take Arrow (one bound parameter per value). */
const PARAM_ROWS = 200;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Without Arrow a list is bound as one string joined by U+001F, which decoded bulletin text never contains.
const UNIT_SEPARATOR = '\u001f';

/** 'YYYY-MM-DD' and a real calendar day (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const [y, m, d] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
	const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
}

/** Bytes TextEncoder writes for `text` (a lone surrogate becomes U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (
			c >= 0xd800 &&
			c < 0xdc00 &&
			i + 1 < text.length &&
			(text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
		) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

const encoder = new TextEncoder();

function validity(values: readonly unknown[]): { nullBitmap?: Uint8Array; nullCount: number } {
	let nullCount = 0;
	const bitmap = new Uint8Array((values.length + 7) >> 3);
	for (let i = 0; i < values.length; i++) {
		if (values[i] === null) nullCount++;
		else bitmap[i >> 3]! |= 1 << (i & 7);
	}
	return nullCount ? { nullBitmap: bitmap, nullCount } : { nullCount };
}

// Offsets from computed lengths, then one encodeInto per group of values: vectorFromArray, an encodeInto (and a
// view) per value, or one giant joined string (old-space, so a full GC each time) all dominated a million items.
const GROUP = 64;

function utf8Data(values: readonly (string | null)[]): Data<Utf8> {
	const valueOffsets = new Int32Array(values.length + 1);
	for (let i = 0; i < values.length; i++)
		valueOffsets[i + 1] = valueOffsets[i]! + utf8Length(values[i] ?? '');
	const data = new Uint8Array(valueOffsets[values.length]!);
	for (let i = 0; i < values.length; i += GROUP) {
		const end = Math.min(values.length, i + GROUP);
		const { written } = encoder.encodeInto(
			values.slice(i, end).join(''),
			data.subarray(valueOffsets[i]!, valueOffsets[end]!)
		);
		if (written !== valueOffsets[end]! - valueOffsets[i]!)
			throw new Error(`UTF-8 length mismatch in rows ${i}–${end}`);
	}
	return makeData({
		type: new Utf8(),
		length: values.length,
		valueOffsets,
		data,
		...validity(values)
	});
}

function listData(values: readonly (readonly string[] | null)[]): Data<List<Utf8>> {
	const valueOffsets = new Int32Array(values.length + 1);
	for (let i = 0; i < values.length; i++)
		valueOffsets[i + 1] = valueOffsets[i]! + (values[i]?.length ?? 0);
	const child = utf8Data(values.flatMap((list) => list ?? []));
	return makeData({
		type: new List(new Field('item', new Utf8(), true)),
		length: values.length,
		valueOffsets,
		child,
		...validity(values)
	});
}

function int32s(values: readonly ColumnValue[], toNumber: (v: ColumnValue) => number): Int32Array {
	return Int32Array.from(values, (v) => (v === null ? 0 : toNumber(v)));
}

function boolData(values: readonly ColumnValue[]): Data<Bool> {
	const data = new Uint8Array((values.length + 7) >> 3);
	for (let i = 0; i < values.length; i++) if (values[i]) data[i >> 3]! |= 1 << (i & 7);
	return makeData({ type: new Bool(), length: values.length, data, ...validity(values) });
}

// Days since 1970-01-01 by pure arithmetic (H. Hinnant's days_from_civil): no Date, so no time zone
// and no two-digit-year quirk.
function dayNumber(date: ColumnValue): number {
	const text = date as string;
	const [m, d] = [Number(text.slice(5, 7)), Number(text.slice(8, 10))];
	const y = Number(text.slice(0, 4)) - (m <= 2 ? 1 : 0);
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

const VECTOR: Record<ColumnType, (values: ColumnValue[]) => Vector> = {
	VARCHAR: (values) => makeVector(utf8Data(values as (string | null)[])),
	INTEGER: (values) =>
		makeVector(
			makeData({
				type: new Int32(),
				length: values.length,
				data: int32s(values, Number),
				...validity(values)
			})
		),
	BOOLEAN: (values) => makeVector(boolData(values)),
	DATE: (values) =>
		makeVector(
			makeData({
				type: new DateDay(),
				length: values.length,
				data: int32s(values, dayNumber),
				...validity(values)
			})
		),
	'VARCHAR[]': (values) => makeVector(listData(values as (readonly string[] | null)[]))
};

// VALUES are positional too. A list binds as one joined string; '' is the empty list (so [''] reads back as []).
const PLACEHOLDER: Record<ColumnType, string> = {
	VARCHAR: '?',
	INTEGER: '?',
	BOOLEAN: '?',
	DATE: '?::DATE',
	'VARCHAR[]': `coalesce(string_split(nullif(?, ''), chr(31)), []::VARCHAR[])`
};

/** Column name → SQL type, in the table's column order (schema.ts). */
export type TableColumns = Record<string, ColumnType>;

// The column lists each Db (or tx) has already confirmed, by table.
const checked = new WeakMap<Db, Map<string, string>>();

// Arrow inserts and VALUES match columns by position: an order that drifted from schema.ts must fail loudly.
async function checkColumnOrder(db: Db, table: string, names: string[]): Promise<void> {
	const expected = names.join(', ');
	const done = checked.get(db) ?? new Map<string, string>();
	checked.set(db, done);
	if (done.get(table) === expected) return;
	const rows = await db.query<{ name: string }>(
		'SELECT name FROM pragma_table_info(?) ORDER BY cid',
		[table]
	);
	const actual = rows.map((r) => r.name).join(', ');
	if (actual !== expected)
		throw new Error(`${table} has columns (${actual}), the loader writes (${expected})`);
	done.set(table, expected);
}

function checkDates(
	table: string,
	values: readonly ColumnValue[],
	keys: readonly ColumnValue[]
): void {
	values.forEach((value, i) => {
		if (value !== null && !isCalendarDate(value as string)) {
			throw new Error(`${table} ${keys[i]}: '${value}' is not a calendar date (YYYY-MM-DD)`);
		}
	});
}

async function insertValues(
	db: Db,
	table: string,
	types: ColumnType[],
	columns: ColumnValue[][]
): Promise<void> {
	const length = columns[0]!.length;
	const tuple = `(${types.map((t) => PLACEHOLDER[t]).join(', ')})`;
	for (let start = 0; start < length; start += PARAM_ROWS) {
		const end = Math.min(length, start + PARAM_ROWS);
		const params: unknown[] = [];
		for (let r = start; r < end; r++) {
			columns.forEach((column, i) => {
				const value = column[r]!;
				if (types[i] !== 'VARCHAR[]' || value === null) return params.push(value);
				const list = value as readonly string[];
				if (list.some((s) => s.includes(UNIT_SEPARATOR)))
					throw new Error(`${table}: a list value contains U+001F`);
				params.push(list.join(UNIT_SEPARATOR));
			});
		}
		await db.query(
			`INSERT INTO ${table} VALUES ${Array(end - start)
				.fill(tuple)
				.join(', ')}`,
			params
		);
	}
}

/**
 * Append rows given column by column (every column of `table`, equal lengths) as Arrow IPC chunks, or as
 * bound VALUES when the Db has no Arrow insert. An impossible date throws, naming the row by its first column.
 */
export async function appendColumns<C extends TableColumns>(
	db: Db,
	table: string,
	types: C,
	columns: { [K in keyof C]: ColumnValue[] }
): Promise<void> {
	const names = Object.keys(types);
	const values = names.map((name) => columns[name]!);
	const length = values[0]!.length;
	if (values.some((v) => v.length !== length))
		throw new Error(`${table}: columns of different lengths`);
	names.forEach((name, i) => types[name] === 'DATE' && checkDates(table, values[i]!, values[0]!));
	if (length === 0) return;
	await checkColumnOrder(db, table, names);
	if (!db.insertArrowIPC) return insertValues(db, table, Object.values(types), values);
	for (let start = 0; start < length; start += CHUNK_ROWS) {
		const vectors = Object.fromEntries(
			names.map((name, i) => [
				name,
				VECTOR[types[name]!](values[i]!.slice(start, start + CHUNK_ROWS))
			])
		);
		await db.insertArrowIPC(table, tableToIPC(new Table(vectors), 'stream'));
	}
}
