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

/** One chunk of a column, as much of apache-arrow's Data as the fast paths read. */
interface Chunk {
	type: DataType;
	length: number;
	offset: number;
	nullCount: number;
	nullBitmap: Uint8Array | null | undefined;
	values: ArrayLike<number | bigint> & { subarray?: unknown };
	valueOffsets: Int32Array;
	children: Chunk[];
}

type ChunkReader = (chunk: Chunk, out: unknown[], start: number) => void;

const utf8 = new TextDecoder();

function isNull(chunk: Chunk, j: number): boolean {
	if (chunk.nullCount <= 0 || !chunk.nullBitmap?.length) return false;
	const bit = chunk.offset + j;
	return ((chunk.nullBitmap[bit >> 3]! >> (bit & 7)) & 1) === 0;
}

/**
 * A VARCHAR chunk into `out` from `start`: its bytes decoded once, then cut by character offsets (one
 * TextDecoder call per value costs several times more on the matrix's thousands of cells).
 */
function readStrings(chunk: Chunk, out: unknown[], start: number): void {
	const offsets = chunk.valueOffsets;
	const bytes = chunk.values as unknown as Uint8Array;
	const from = offsets[0]!;
	const to = offsets[chunk.length]!;
	const text = utf8.decode(bytes.subarray(from, to));
	const ascii = text.length === to - from;
	let byte = from;
	let char = 0;
	for (let j = 0; j < chunk.length; j++) {
		const end = offsets[j + 1]!;
		const first = ascii ? offsets[j]! - from : char;
		if (ascii) char = end - from;
		// UTF-8 → UTF-16 units: one per lead byte, two for a 4-byte sequence (a surrogate pair).
		else
			for (; byte < end; byte++) {
				const b = bytes[byte]!;
				if ((b & 0xc0) !== 0x80) char += b >= 0xf0 ? 2 : 1;
			}
		out[start + j] = isNull(chunk, j) ? null : text.slice(first, char);
	}
}

/** A fixed-width integer or float chunk into `out`; BIGINTs beyond 2^53 throw (see safeNumber). */
function readNumbers(chunk: Chunk, out: unknown[], start: number): void {
	const values = chunk.values;
	for (let j = 0; j < chunk.length; j++) {
		if (isNull(chunk, j)) {
			out[start + j] = null;
			continue;
		}
		const value = values[j]!;
		out[start + j] = typeof value === 'bigint' ? safeNumber(value) : value;
	}
}

/** A LIST chunk whose elements have a fast reader: the elements read once, then cut per list. */
function listReader(element: ChunkReader): ChunkReader {
	return (chunk, out, start) => {
		const child = chunk.children[0];
		// A batch whose lists are all empty or NULL may come without element data.
		const elements: unknown[] = new Array(child?.length ?? 0);
		if (child) element(child, elements, 0);
		const offsets = chunk.valueOffsets;
		for (let j = 0; j < chunk.length; j++)
			out[start + j] = isNull(chunk, j) ? null : elements.slice(offsets[j]!, offsets[j + 1]!);
	};
}

/** The fast reader for a chunk of this type, or null (then values are read one by one with their converter). */
function chunkReader(type: DataType): ChunkReader | null {
	if (type.typeId === Type.Utf8) return readStrings;
	if (type.typeId === Type.Int) return readNumbers;
	if (type.typeId === Type.Float && (type as unknown as { precision: number }).precision > 0)
		return readNumbers; // 32- and 64-bit floats; half floats are stored as bits
	if (type.typeId === Type.List) {
		const element = chunkReader((type.children[0] as ChildField).type);
		return element && listReader(element);
	}
	return null;
}

interface ColumnLike {
	data: Chunk[];
	get(index: number): unknown;
}

/** One column's values as plain JS values, chunk by chunk. */
function columnValues(type: DataType, column: ColumnLike | null, n: number): unknown[] {
	const out: unknown[] = new Array(n);
	if (!column) return out.fill(null);
	const read = chunkReader(type);
	if (read) {
		let start = 0;
		for (const chunk of column.data) {
			read(chunk, out, start);
			start += chunk.length;
		}
		return out;
	}
	const convert = converterFor(type);
	for (let r = 0; r < n; r++) out[r] = convertValue(convert, column.get(r));
	return out;
}

/** Every row of an Arrow table as a plain object: BIGINT/DECIMAL → number, DATE → 'YYYY-MM-DD', LIST → array. */
export function tableToRows<T = Record<string, unknown>>(table: Table): T[] {
	const n = table.numRows;
	const names = table.schema.fields.map((field) => field.name);
	// Column by column (typed arrays read straight), then assembled into rows.
	const columns = table.schema.fields.map((field, i) =>
		columnValues(field.type, table.getChildAt(i) as unknown as ColumnLike | null, n)
	);
	const rows: T[] = new Array(n);
	for (let r = 0; r < n; r++) {
		const row: Record<string, unknown> = {};
		for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r];
		rows[r] = row as T;
	}
	return rows;
}
