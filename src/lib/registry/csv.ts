/** Read data/alliances.csv and data/bodies.csv into registry records, with the line of every bad row. */
import Papa from 'papaparse';
import type { Alliance, Body } from './types';

/** A registry data file that cannot be used, with the file and 1-based line to fix. */
export class RegistryDataError extends Error {
	constructor(
		message: string,
		readonly file: string,
		readonly line: number | null = null
	) {
		super(line === null ? `${file}：${message}` : `${file} 第${line}行：${message}`);
		this.name = 'RegistryDataError';
	}
}

/** The header data/alliances.csv must have. */
export const ALLIANCE_HEADER = [
	'id',
	'name',
	'short_names',
	'aliases',
	'acronym',
	'domain'
] as const;
/** The header data/bodies.csv must have. */
export const BODY_HEADER = ['id', 'name', 'aliases'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Row {
	line: number;
	cells: string[];
}

/** Rows after the header, each with the line it starts on; empty lines skipped. */
function readRows(text: string, file: string, header: readonly string[]): Row[] {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false });
	const rows: Row[] = [];
	let line = 1;
	parsed.data.forEach((cells, r) => {
		const at = line;
		line += 1 + (cells.join('').match(/\n/g)?.length ?? 0);
		if (r === 0) {
			const got = cells.map((c) => c.trim());
			if (got.join(',') !== header.join(',')) {
				throw new RegistryDataError(
					`表头应为“${header.join(',')}”，实为“${got.join(',')}”`,
					file,
					1
				);
			}
			return;
		}
		if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
		if (cells.length !== header.length) {
			throw new RegistryDataError(`应有 ${header.length} 列，实有 ${cells.length} 列`, file, at);
		}
		rows.push({ line: at, cells: cells.map((c) => c.trim()) });
	});
	if (line === 1) throw new RegistryDataError('文件为空', file, null);
	return rows;
}

function checkId(id: string, seen: Map<string, number>, file: string, line: number): void {
	if (!id) throw new RegistryDataError('缺少 id', file, line);
	// eslint-disable-next-line no-control-regex
	if (/[^\x00-\x7f]/.test(id)) throw new RegistryDataError(`id“${id}”含非 ASCII 字符`, file, line);
	if (!ID_PATTERN.test(id)) {
		throw new RegistryDataError(`id“${id}”应为小写字母、数字和连字符（kebab-case）`, file, line);
	}
	const first = seen.get(id);
	if (first !== undefined) throw new RegistryDataError(`id“${id}”与第${first}行重复`, file, line);
	seen.set(id, line);
}

function splitList(cell: string): string[] {
	return cell
		.split('|')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

/** Every written form of a record must belong to one record only. */
function claimForms(
	forms: string[],
	id: string,
	owners: Map<string, string>,
	file: string,
	line: number
): void {
	for (const form of new Set(forms)) {
		const owner = owners.get(form);
		if (owner !== undefined && owner !== id) {
			throw new RegistryDataError(`名称“${form}”同时属于“${owner}”和“${id}”`, file, line);
		}
		owners.set(form, id);
	}
}

/** Parse the text of data/alliances.csv. Throws RegistryDataError naming the line of a bad row. */
export function parseAlliancesCsv(text: string, file = 'alliances.csv'): Alliance[] {
	const ids = new Map<string, number>();
	const owners = new Map<string, string>();
	return readRows(text, file, ALLIANCE_HEADER).map(({ line, cells }) => {
		const [id = '', name = '', short = '', aliases = '', acronym = '', domain = ''] = cells;
		checkId(id, ids, file, line);
		if (!name) throw new RegistryDataError(`“${id}”缺少名称`, file, line);
		const alliance: Alliance = {
			id,
			name,
			shortNames: splitList(short),
			aliases: splitList(aliases),
			acronym: acronym || null,
			domain
		};
		claimForms(allianceForms(alliance), id, owners, file, line);
		return alliance;
	});
}

/** Parse the text of data/bodies.csv. Throws RegistryDataError naming the line of a bad row. */
export function parseBodiesCsv(text: string, file = 'bodies.csv'): Body[] {
	const ids = new Map<string, number>();
	const owners = new Map<string, string>();
	return readRows(text, file, BODY_HEADER).map(({ line, cells }) => {
		const [id = '', name = '', aliases = ''] = cells;
		checkId(id, ids, file, line);
		if (!name) throw new RegistryDataError(`“${id}”缺少名称`, file, line);
		const body: Body = { id, name, aliases: splitList(aliases) };
		claimForms([body.name, ...body.aliases], id, owners, file, line);
		return body;
	});
}

/** Every written form of an alliance: name, short names, aliases, acronym. */
export function allianceForms(a: Alliance): string[] {
	const forms = [a.name, ...a.shortNames, ...a.aliases];
	if (a.acronym) forms.push(a.acronym);
	return forms;
}
