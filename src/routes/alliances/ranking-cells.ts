/** The ranking as shown: one row of display strings per alliance, shared by the table and its CSV. */
import { format } from 'd3';
import { dateLabel } from '$lib/format';
import type { Locale } from '$lib/i18n/translate';
import type { RankingRow } from '$lib/queries/ranking';

/** One table row as it reads on the page (and in the export). */
export interface RankingCells {
	id: string;
	/** Position among alliances with items; '' for silent ones. */
	rank: string;
	/** The short name people use (the registered name when it has none). */
	name: string;
	/** The registered name. */
	fullName: string;
	items: number;
	issues: number;
	share: string;
	first: string;
	last: string;
	days: string;
	gap: number;
	/** How many activity types, then their names: '3 · 组织治理、标准制定、会议与活动'. */
	types: string;
	silent: boolean;
}

const share = format('.1%');

/** How the cells name things: an alliance's short name, an activity type, a count. */
export interface CellWords {
	locale: Locale;
	shortName: (allianceId: string) => string | undefined;
	topicLabel: (topicId: string) => string;
	/** Position of an activity type in the register (by dimension), so every row lists them alike. */
	topicRank: (topicId: string) => number;
	count: (n: number) => string;
}

/** Rows (already sorted) as display cells. */
export function rankingCells(rows: readonly RankingRow[], words: CellWords): RankingCells[] {
	const { locale, topicLabel } = words;
	let rank = 0;
	return rows.map((r) => {
		const silent = r.items === 0;
		return {
			id: r.allianceId,
			rank: silent ? '' : String(++rank),
			name: words.shortName(r.allianceId) ?? r.name,
			fullName: r.name,
			items: r.items,
			issues: r.issuesPresent,
			share: r.share === null ? '—' : share(r.share),
			first: r.firstDate ? dateLabel(r.firstDate, locale) : '—',
			last: r.lastDate ? dateLabel(r.lastDate, locale) : '—',
			days: r.daysSinceLast === null ? '—' : words.count(r.daysSinceLast),
			gap: r.longestGap,
			types: r.activityTypes.length
				? `${r.activityTypes.length} · ${[...r.activityTypes]
						.sort((a, b) => words.topicRank(a) - words.topicRank(b) || (a < b ? -1 : 1))
						.map(topicLabel)
						.join(locale === 'en' ? ', ' : '、')}`
				: '—',
			silent
		};
	});
}
