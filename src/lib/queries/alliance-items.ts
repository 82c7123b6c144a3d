/** One alliance's items: every item it contributed or is named in, with its roles, in full. */
import type { AllianceRole, DatePrecision, ItemKind, Section } from '../bulletin/types';
import { monthRange } from '../calendar';
import type { Db } from '../db/types';
import { itemWhere, run, sql, type QueryFilters } from './where';

/** Roles in the order they are shown: the strongest link first. */
export const ROLES: readonly AllianceRole[] = ['contributor', 'subject', 'mentioned'];

/** One item that names the alliance, in full. Dates are 'YYYY-MM-DD'; month is the issue month. */
export interface AllianceItemRow {
	id: string;
	issueId: string;
	issueDate: string | null;
	/** 第N期 within the volume year. */
	issueNumber: number | null;
	/** 总第N期. */
	issueSerial: number | null;
	month: string | null;
	section: Section;
	seq: number | null;
	title: string;
	body: string;
	attribution: string | null;
	kind: ItemKind | null;
	contributor: string | null;
	infoSource: string | null;
	eventDate: string | null;
	eventPrecision: DatePrecision | null;
	synthetic: boolean;
	/** The roles it plays in the item, in ROLES order (never empty). */
	roles: AllianceRole[];
	/** The words in the bulletin that named it, sorted. */
	names: string[];
	/** Activity types (and policy themes), sorted. */
	topicIds: string[];
}

/**
 * Every item in scope that names alliance `id` in any role, newest first (issue date, then
 * position). The filters apply as on the items page, except the alliance filter: the alliance
 * here is `id`, whatever role it plays.
 */
export async function allianceItems(
	db: Db,
	id: string,
	f: QueryFilters
): Promise<AllianceItemRow[]> {
	const where = itemWhere({ ...f, alliances: [] });
	const rows = await run<Omit<AllianceItemRow, 'roles'> & RoleFlags>(
		db,
		sql`WITH named AS (
			SELECT item_id, bool_or(role = 'contributor') AS asContributor, bool_or(role = 'subject') AS asSubject,
				bool_or(role = 'mentioned') AS asMentioned, list(DISTINCT text ORDER BY text) AS names
			FROM item_alliances WHERE alliance_id = ${id} GROUP BY item_id),
		tagged AS (SELECT item_id, list(DISTINCT topic_id ORDER BY topic_id) AS topics FROM item_topics GROUP BY item_id)
		SELECT i.id, i.issue_id AS issueId, i.issue_date AS issueDate, s.number AS issueNumber, s.serial AS issueSerial,
			i.month, i.section, i.seq, coalesce(i.title, '') AS title, coalesce(i.body, '') AS body, i.attribution, i.kind,
			i.contributor, i.info_source AS infoSource, i.event_date AS eventDate, i.event_precision AS eventPrecision,
			coalesce(i.synthetic, false) AS synthetic, n.asContributor, n.asSubject, n.asMentioned,
			coalesce(list_filter(n.names, x -> x IS NOT NULL), []::VARCHAR[]) AS names,
			coalesce(t.topics, []::VARCHAR[]) AS topicIds
		FROM items i JOIN named n ON n.item_id = i.id
		LEFT JOIN issues s ON s.id = i.issue_id
		LEFT JOIN tagged t ON t.item_id = i.id
		WHERE ${where}
		ORDER BY i.issue_date DESC NULLS LAST, i.issue_id DESC, i.seq NULLS LAST, i.id`
	);
	return rows.map(({ asContributor, asSubject, asMentioned, ...row }) => {
		const has = { contributor: asContributor, subject: asSubject, mentioned: asMentioned };
		return { ...row, roles: ROLES.filter((r) => has[r]) };
	});
}

interface RoleFlags {
	asContributor: boolean;
	asSubject: boolean;
	asMentioned: boolean;
}

/** The strongest role an item gives the alliance (contributor, then subject, then mentioned). */
export function primaryRole(row: Pick<AllianceItemRow, 'roles'>): AllianceRole {
	return row.roles[0] ?? 'mentioned';
}

/** Whether an item is the alliance's own activity: it contributed it or is its subject (a mention is not). */
export function isOwnActivity(row: Pick<AllianceItemRow, 'roles'>): boolean {
	return row.roles.includes('contributor') || row.roles.includes('subject');
}

/** Key of the activity-mix series for items without an activity type. */
export const UNTAGGED = '';

/** Items per period and activity type: long rows for a stacked chart, with every period of the span. */
export interface ActivityMix {
	/** Years 'YYYY' or months 'YYYY-MM', ascending, none missing between the first and the last. */
	periods: string[];
	/** Activity types in first-seen order of `topicOrder`, UNTAGGED last when present. */
	series: string[];
	rows: { period: string; topicId: string; items: number }[];
}

/**
 * The alliance's own activity (isOwnActivity) per issue year or month and activity type; an item
 * with two types counts under each, one without any under UNTAGGED. Items without an issue month are left out.
 */
export function activityMix(
	items: readonly AllianceItemRow[],
	grain: 'year' | 'month',
	topicOrder: readonly string[] = []
): ActivityMix {
	const counts = new Map<string, number>();
	const seen = new Set<string>();
	const months: string[] = [];
	for (const item of items) {
		if (!isOwnActivity(item) || item.month === null) continue;
		months.push(item.month);
		const period = grain === 'year' ? item.month.slice(0, 4) : item.month;
		for (const topicId of item.topicIds.length ? item.topicIds : [UNTAGGED]) {
			seen.add(topicId);
			const key = `${period}\u0000${topicId}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	if (months.length === 0) return { periods: [], series: [], rows: [] };
	months.sort();
	const span = monthRange(months[0]!, months[months.length - 1]!);
	const periods = grain === 'year' ? [...new Set(span.map((m) => m.slice(0, 4)))] : span;
	const known = topicOrder.filter((id) => seen.has(id));
	const rest = [...seen].filter((id) => id !== UNTAGGED && !known.includes(id)).sort();
	const series = [...known, ...rest, ...(seen.has(UNTAGGED) ? [UNTAGGED] : [])];
	const rows = [...counts].map(([key, n]) => {
		const [period, topicId] = key.split('\u0000') as [string, string];
		return { period, topicId, items: n };
	});
	return { periods, series, rows };
}
