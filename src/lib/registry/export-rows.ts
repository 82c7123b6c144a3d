/** A person's aliases and created alliances as rows of data/alliances.csv, so the registry can learn them for good. */
import Papa from 'papaparse';
import { ALLIANCE_HEADER, allianceForms } from './csv';
import type { Alliance, UserAlias } from './types';

/** One row of data/alliances.csv, cells as written (lists '|'-joined). */
export type AllianceCsvRow = Record<(typeof ALLIANCE_HEADER)[number], string>;

/** A row to put into data/alliances.csv: `replace` the row with the same id, or `add` it at the end. */
export interface AllianceExportRow {
	action: 'replace' | 'add';
	row: AllianceCsvRow;
}

/** What the conversion made, and the aliases it could not place (their alliance is in neither list). */
export interface AllianceExport {
	rows: AllianceExportRow[];
	orphans: UserAlias[];
}

/** An alliance as a CSV row. */
export function allianceRow(a: Alliance): AllianceCsvRow {
	return {
		id: a.id,
		name: a.name,
		short_names: a.shortNames.join('|'),
		aliases: a.aliases.join('|'),
		acronym: a.acronym ?? '',
		domain: a.domain
	};
}

/**
 * Rows for every alliance a person touched: each registered alliance with user aliases, its row with
 * them appended to `aliases` (replace); each created alliance, with its user aliases (add). Aliases
 * that already are one of the alliance's names, and repeats, are left out. Replacements first, by id;
 * then additions in the order created.
 */
export function allianceExportRows(
	registered: readonly Alliance[],
	created: readonly Alliance[],
	userAliases: readonly UserAlias[]
): AllianceExport {
	const createdIds = new Set(created.map((a) => a.id));
	const byId = new Map<string, Alliance>(
		registered.filter((a) => !createdIds.has(a.id)).map((a) => [a.id, a])
	);
	const extra = new Map<string, string[]>();
	const orphans: UserAlias[] = [];
	for (const u of userAliases) {
		const text = u.text.trim();
		const owner = createdIds.has(u.allianceId)
			? created.find((a) => a.id === u.allianceId)
			: byId.get(u.allianceId);
		if (!owner) {
			orphans.push(u);
			continue;
		}
		const list = extra.get(owner.id) ?? [];
		if (text && !allianceForms(owner).includes(text) && !list.includes(text)) list.push(text);
		extra.set(owner.id, list);
	}
	const withExtra = (a: Alliance): Alliance => ({
		...a,
		aliases: [...a.aliases, ...(extra.get(a.id) ?? [])]
	});
	const replaced = [...byId.values()]
		.filter((a) => (extra.get(a.id) ?? []).length > 0)
		.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
		.map((a): AllianceExportRow => ({ action: 'replace', row: allianceRow(withExtra(a)) }));
	const added = created.map((a): AllianceExportRow => ({
		action: 'add',
		row: allianceRow(withExtra(a))
	}));
	return { rows: [...replaced, ...added], orphans };
}

/** CSV text in data/alliances.csv's own format: its header, LF line ends, a final newline, no BOM. */
export function alliancesCsv(rows: readonly AllianceCsvRow[]): string {
	const data = [[...ALLIANCE_HEADER], ...rows.map((r) => ALLIANCE_HEADER.map((k) => r[k]))];
	return `${Papa.unparse(data, { newline: '\n' })}\n`;
}
