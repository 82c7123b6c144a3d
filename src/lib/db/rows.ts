/** Arrow results from duckdb-wasm → plain JS rows. */
import { Type } from 'apache-arrow';
import type { DataType, Table } from 'apache-arrow';

// Matched by typeId, never instanceof: vitest can load apache-arrow twice (ESM for us, CJS inside duckdb-wasm).
type Convert = (value: unknown) => unknown;

const MS_PER_DAY = 86_400_000;

/** Epoch milliseconds (as Arrow gives DATE) → 'YYYY-MM-DD', in UTC arithmetic so no time zone can shift the day. */
export function isoDate(epochMs: number): string {
	return new Date(Math.floor(epochMs / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Epoch milliseconds of a naive TIMESTAMP → 'YYYY-MM-DD HH:MM:SS[.mmm]', read as the wall-clock value it stores. */
export function isoTimestamp(epochMs: number): string {
	const iso = new Date(epochMs).toISOString();
	return `${iso.slice(0, 10)} ${iso.endsWith('.000Z') ? iso.slice(11, 19) : iso.slice(11, 23)}`;
}

/** A BIGINT as a JS number; an error (not a silently rounded number) outside ±2^53. */
export function safeNumber(value: bigint): number {
	if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
		throw new RangeError(`integer ${value} is beyond 2^53: cast it to VARCHAR in the SQL`);
	}
	return Number(value);
}

function numberOf(value: unknown): unknown {
	return typeof value === 'bigint' ? safeNumber(value) : value;
}

function decimalOf(scale: number): Convert {
	// Arrow's decimal value object: valueOf(scale) applies the scale and throws beyond the safe range.
	return (value) => (value as { valueOf(scale: number): number }).valueOf(scale);
}

interface ListLike {
	length: number;
	get(index: number): unknown;
}

interface ChildField {
	name: string;
	type: DataType;
}

function converterFor(type: DataType): Convert {
	switch (type.typeId) {
		case Type.Int:
		case Type.Time:
			return numberOf;
		case Type.Decimal:
			return decimalOf((type as unknown as { scale: number }).scale);
		case Type.Date:
			return (value) => isoDate(Number(value));
		case Type.Timestamp:
			return (value) => isoTimestamp(Number(value));
		case Type.List:
		case Type.FixedSizeList: {
			const item = converterFor((type.children[0] as ChildField).type);
			return (value) => {
				const list = value as ListLike;
				return Array.from({ length: list.length }, (_, i) => convertValue(item, list.get(i)));
			};
		}
		case Type.Struct: {
			const fields = (type.children as ChildField[]).map(
				(f) => [f.name, converterFor(f.type)] as const
			);
			return (value) => {
				const struct = value as Record<string, unknown>;
				return Object.fromEntries(
					fields.map(([name, convert]) => [name, convertValue(convert, struct[name])])
				);
			};
		}
		case Type.Dictionary:
			return converterFor((type as unknown as { dictionary: DataType }).dictionary);
		default:
			return numberOf;
	}
}

function convertValue(convert: Convert, value: unknown): unknown {
	return value === null || value === undefined ? null : convert(value);
}

/** Every row of an Arrow table as a plain object: BIGINT/DECIMAL → number, DATE → 'YYYY-MM-DD', LIST → array. */
export function tableToRows<T = Record<string, unknown>>(table: Table): T[] {
	const fields = table.schema.fields;
	const columns = fields.map((field, i) => ({
		name: field.name,
		convert: converterFor(field.type),
		vector: table.getChildAt(i)
	}));
	const rows: T[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (const { name, convert, vector } of columns)
			row[name] = convertValue(convert, vector?.get(r));
		rows[r] = row as T;
	}
	return rows;
}
