/** The activeness model in plain words (zh and en), for the evaluation page and the README. */
import type { Locale } from '../i18n/translate';
import { DIMENSIONS } from '../topics/types';
import { defaultConfig } from './config';
import { recencyWindow, saturation, toTenths } from './model';
import { GRADE_LABELS, type EvaluationConfig, type ScoredDimension } from './types';

/** How the score is made, as a title, a caution and numbered steps. */
export interface ModelExplanation {
	title: string;
	/** Shown wherever a score is shown: what the score is and is not. */
	disclaimer: string;
	steps: string[];
}

const DIMENSION_NAMES: Record<ScoredDimension, { zh: string; en: string }> = {
	organisation: { zh: '组织运行', en: 'organisation and operation' },
	innovation: { zh: '协同创新', en: 'collaborative innovation' },
	industry: { zh: '服务产业', en: 'service to the industry' },
	exchange: { zh: '宣传交流合作', en: 'publicity, exchange and cooperation' }
};

const one = (x: number) => (toTenths(x) / 10).toFixed(1);

/** Points of the largest dimension for 1, 2, 3 and 4 items: the curve in numbers. */
function curveExample(config: EvaluationConfig): { dimension: ScoredDimension; points: string[] } {
	const dimension = [...DIMENSIONS].sort(
		(a, b) => config.dimensions[b].max - config.dimensions[a].max
	)[0]!;
	const { max, rate } = config.dimensions[dimension];
	return { dimension, points: [1, 2, 3, 4].map((n) => one(saturation(max, rate, n))) };
}

/** The model in plain words for `locale`, with the numbers of `config`. */
export function explainModel(
	locale: Locale,
	config: EvaluationConfig = defaultConfig
): ModelExplanation {
	const { dimensions: dims, regularity, recency, grades } = config;
	const example = curveExample(config);
	const window6 = recencyWindow(6, recency.window);
	if (locale === 'en') {
		const weights = DIMENSIONS.map((d) => `${DIMENSION_NAMES[d].en} ${dims[d].max}`).join(', ');
		return {
			title: `How the activeness score is computed (model ${config.version})`,
			disclaimer:
				'This score is supporting evidence derived from the items alliances contributed to the bulletin. It is not the official activeness grade, which reviewers decide from annual summaries, plans and other evidence in a first pass, a cross-group review and a re-check.',
			steps: [
				`Evidence: for year Y, the items each registered alliance contributed (供稿) to that year's issues, counted by the issue's volume year. An item with two contributing alliances counts for both. Registered alliances without items are listed with 0.`,
				`Four dimensions of past official rounds (maximum points): ${weights}. Each activity type of an item belongs to one dimension; an item counts once in every dimension its types belong to (standards + a conference feeds both collaborative innovation and exchange). Policy themes never count.`,
				`Diminishing returns: a dimension with n distinct items earns max × (1 − e^(−rate × n)) points, so the first items count most and a flood of items cannot dominate. For ${DIMENSION_NAMES[example.dimension].en}: 1, 2, 3, 4 items earn ${example.points.join(', ')} of ${dims[example.dimension].max}. Each item is credited with the points it added in the order counted (issue order, then position in the issue).`,
				`Regularity (up to ${regularity.max}): the share of the year's issues in which the alliance has at least one item, linear (all issues: ${regularity.max}; half of them: ${one(regularity.max / 2)}).`,
				`Recency (up to ${recency.max}): full when its latest item is in the last ${Math.round(recency.window * 100)} % of the year's issues, rounded up to whole issues (the last ${window6} of 6); multiplied by ${recency.decay} for each issue further back. Every issue so far counts, so early in a year there is less evidence.`,
				`Score: the sum of the six parts as shown, each rounded to one decimal (0-100). Grades use the bands of past official rounds on that one-decimal score without further rounding: ${grades.high} and above ${GRADE_LABELS.high.en.toLowerCase()} (${GRADE_LABELS.high.zh}); ${grades['fairly-high']}-${one(grades.high - 0.1)} fairly high; ${grades.average}-${one(grades['fairly-high'] - 0.1)} average; below ${grades.average} inactive. So 85.9 is fairly high and 86.0 high.`,
				'Every point is traceable: each dimension lists the items that earned it and their points (they add up to the dimension score), regularity lists the issues, recency names the item that set it. The change from Y−1 uses the same model; it is empty when the archive has no issues in Y−1.'
			]
		};
	}
	const weights = DIMENSIONS.map((d) => `${DIMENSION_NAMES[d].zh}${dims[d].max}分`).join('、');
	return {
		title: `活跃度参考分的计算方法（模型版本 ${config.version}）`,
		disclaimer:
			'本分数是根据各联盟向简报供稿的条目推算的辅助证据，不是官方活跃度评价结果。官方评价由评审专家结合年度总结、计划等材料，经初评、会评、复核三个环节确定。',
		steps: [
			'证据：Y年度各期简报中，每个登记联盟供稿的条目（按期号所属年度计）。两个联盟联合供稿的条目分别计入两者。当年没有条目的登记联盟同样列出，得0分。',
			`四个维度沿用往年官方评价（满分）：${weights}。条目的每个活动类型属于一个维度；一个条目在其活动类型所属的每个维度各计一次（如“标准制定”加“会议与活动”同时计入协同创新和宣传交流合作）。政策主题不计分。`,
			`边际递减：某维度有n个不同条目时得 满分 ×（1 − e^(−速率 × n)）分，前几个条目作用最大，大量供稿不会压倒其他维度。以${DIMENSION_NAMES[example.dimension].zh}为例：1、2、3、4个条目分别得 ${example.points.join('、')} 分（满分${dims[example.dimension].max}）。每个条目按计入顺序（期次先后、期内顺序）记其带来的新增分数。`,
			`供稿规律性（满分${regularity.max}）：当年各期中有该联盟条目的期数占比，线性计分（每期都有得${regularity.max}分，一半期次得${one(regularity.max / 2)}分）。`,
			`近期活跃（满分${recency.max}）：最近一个条目出现在当年最后${Math.round(recency.window * 100)}%的期次中（向上取整，6期时为最后${window6}期）得满分，每往前一期乘以${recency.decay}。计算只用已出版的期次，年初证据较少。`,
			`总分：六项分数（各保留一位小数）之和，0-100分。等级沿用往年官方分档，按一位小数的总分直接判定、不再取整：${grades.high}分及以上${GRADE_LABELS.high.zh}；${grades['fairly-high']}-${one(grades.high - 0.1)}分${GRADE_LABELS['fairly-high'].zh}；${grades.average}-${one(grades['fairly-high'] - 0.1)}分${GRADE_LABELS.average.zh}；${grades.average}分以下${GRADE_LABELS.inactive.zh}。例如85.9分为活跃度较高，86.0分为活跃度高。`,
			'每一分都可追溯：各维度列出得分条目及其分数（相加等于维度分），规律性列出出现的期次，近期活跃给出决定该分的条目。较上年变化用同一模型计算；档案中没有Y−1年度的简报时为空。'
		]
	};
}
