/** The evaluation as a table for export: one row per registered alliance, the evidence ids in a cell. */
import type { Locale } from '../i18n/translate';
import { DIMENSIONS } from '../topics/types';
import { GRADE_LABELS, type EvaluationResult, type ScoredDimension } from './types';

/** The report's columns, in order. */
export const REPORT_KEYS = [
	'allianceId',
	'name',
	'items',
	'issuesPresent',
	...DIMENSIONS,
	'regularity',
	'recency',
	'score',
	'grade',
	'change',
	'evidence'
] as const;

/** A column key of the report. */
export type ReportKey = (typeof REPORT_KEYS)[number];

/** One report row: numbers stay numbers (a spreadsheet reads −3.5 as a number); null is an empty cell. */
export type ReportRow = Record<ReportKey, string | number | null>;

const LABELS: Record<Locale, Record<ReportKey, string>> = {
	'zh-CN': {
		allianceId: '联盟编号',
		name: '联盟名称',
		items: '供稿条目',
		issuesPresent: '出现期数',
		organisation: '组织运行',
		innovation: '协同创新',
		industry: '服务产业',
		exchange: '宣传交流合作',
		regularity: '供稿规律性',
		recency: '近期活跃',
		score: '参考分',
		grade: '参考等级',
		change: '较上年变化',
		evidence: '证据条目'
	},
	en: {
		allianceId: 'Alliance id',
		name: 'Alliance',
		items: 'Items',
		issuesPresent: 'Issues present',
		organisation: 'Organisation',
		innovation: 'Innovation',
		industry: 'Industry',
		exchange: 'Exchange',
		regularity: 'Regularity',
		recency: 'Recency',
		score: 'Score',
		grade: 'Grade',
		change: 'Change from previous year',
		evidence: 'Evidence items'
	}
};

/** The report's columns with their labels in `locale`. */
export function reportColumns(locale: Locale): { key: ReportKey; label: string }[] {
	return REPORT_KEYS.map((key) => ({ key, label: LABELS[locale][key] }));
}

/** One row per alliance, in the result's order; evidence: every contributed item id, space-separated. */
export function reportRows(result: EvaluationResult, locale: Locale): ReportRow[] {
	const lang = locale === 'en' ? 'en' : 'zh';
	return result.alliances.map((a) => {
		const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, a.dimensions[d].score])) as Record<
			ScoredDimension,
			number
		>;
		return {
			allianceId: a.allianceId,
			name: a.name,
			items: a.items,
			issuesPresent: a.issuesPresent,
			...dims,
			regularity: a.regularity.score,
			recency: a.recency.score,
			score: a.score,
			grade: GRADE_LABELS[a.grade][lang],
			change: a.change,
			evidence: a.itemIds.join(' ')
		};
	});
}

/** What the report was computed from, for its header lines. */
export interface ReportContext {
	/** What data the archive holds (see queries/evaluation.ts `archiveVersion`). */
	dataVersion: string;
	real: boolean;
	/** Already formatted, China time: 'YYYY-MM-DD HH:mm'. */
	generated: string;
}

/** The report's header lines: year, issues, versions, filter, generated time, and what the score is. */
export function reportMeta(
	result: EvaluationResult,
	context: ReportContext,
	locale: Locale
): [string, string][] {
	if (locale === 'en') {
		return [
			[
				'Report',
				'Alliance activeness from bulletin items (supporting evidence, not the official grade)'
			],
			['Year', String(result.year)],
			['Issues in year', String(result.issues)],
			['Data version', context.dataVersion],
			['Model version', result.configVersion],
			['Items', context.real ? 'real issues only (synthetic excluded)' : 'all issues'],
			['Generated (China time)', context.generated]
		];
	}
	return [
		['报表', '基于简报条目的联盟活跃度参考分（辅助证据，非官方评价结果）'],
		['年度', String(result.year)],
		['当年期数', String(result.issues)],
		['数据版本', context.dataVersion],
		['模型版本', result.configVersion],
		['条目范围', context.real ? '仅真实简报（不含合成数据）' : '全部简报'],
		['生成时间（北京时间）', context.generated]
	];
}

export { chinaMinute } from '../calendar';
