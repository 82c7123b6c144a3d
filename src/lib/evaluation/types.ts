/** Shapes of the activeness model: its settings (data/evaluation.json), inputs and results. */
import type { Dimension } from '../topics/types';

/** The four dimensions of past official rounds; policy themes never count. */
export type ScoredDimension = Exclude<Dimension, 'policy'>;

/** The four grades of past official rounds, best first. */
export type Grade = 'high' | 'fairly-high' | 'average' | 'inactive';
export const GRADES: readonly Grade[] = ['high', 'fairly-high', 'average', 'inactive'];

/** The official names of the grades. */
export const GRADE_LABELS: Record<Grade, { zh: string; en: string }> = {
	high: { zh: '活跃度高', en: 'High' },
	'fairly-high': { zh: '活跃度较高', en: 'Fairly high' },
	average: { zh: '活跃度一般', en: 'Average' },
	inactive: { zh: '不活跃', en: 'Inactive' }
};

/** One dimension's points: `max × (1 − exp(−rate × n))` for n distinct items. */
export interface DimensionConfig {
	max: number;
	rate: number;
}

/** Weights and caps of the model, versioned (data/evaluation.json). */
export interface EvaluationConfig {
	version: string;
	description: string;
	dimensions: Record<ScoredDimension, DimensionConfig>;
	/** Points for appearing in every issue of the year, linear in the share of issues. */
	regularity: { max: number };
	/**
	 * Full points when the latest item is in the last `window` share of the year's issues;
	 * times `decay` for each issue further back.
	 */
	recency: { max: number; window: number; decay: number };
	/** Lowest score of each grade above `inactive` (one-decimal scores, no further rounding). */
	grades: Record<Exclude<Grade, 'inactive'>, number>;
}

/** One of the year's issues, in publication order. */
export interface EvaluationIssue {
	id: string;
	number: number | null;
	date: string | null;
}

/** One item contributed by one alliance (an item with two contributors appears once for each). */
export interface ContributedItem {
	allianceId: string;
	itemId: string;
	issueId: string;
	seq: number | null;
	/** The scored dimensions its activity types belong to, distinct. */
	dimensions: ScoredDimension[];
}

/** Everything the model needs for one year. */
export interface EvaluationInput {
	year: number;
	/** The year's issues in publication order. */
	issues: EvaluationIssue[];
	/** Every registered alliance, so silent ones are listed. */
	alliances: { id: string; name: string }[];
	items: ContributedItem[];
}

/** An item's share of a dimension's points. */
export interface Evidence {
	itemId: string;
	points: number;
}

/** A dimension's score and the items that earned it. */
export interface DimensionScore {
	score: number;
	max: number;
	/** In the order the items were counted; points sum to `score` exactly (in hundredths). */
	evidence: Evidence[];
}

/** One registered alliance's result for the year. */
export interface AllianceEvaluation {
	allianceId: string;
	name: string;
	/** Contributed items in the year. */
	items: number;
	/** Their ids, in the order they were counted (issue order, then position in the issue). */
	itemIds: string[];
	/** Issues of the year with at least one of its items. */
	issuesPresent: number;
	dimensions: Record<ScoredDimension, DimensionScore>;
	regularity: { score: number; max: number; issueIds: string[] };
	recency: { score: number; max: number; itemId: string | null };
	/** The sum of the six parts as shown (one decimal each), 0-100. */
	score: number;
	grade: Grade;
	gradeZh: string;
	/** Score in the previous year; null when that year has no issues in the archive. */
	previousScore: number | null;
	/** score − previousScore; null when there is no previous year. */
	change: number | null;
	previousGrade: Grade | null;
}

/** The whole year's evaluation. */
export interface EvaluationResult {
	year: number;
	configVersion: string;
	/** Issues of the year in the archive (after the `real` filter). */
	issues: number;
	/** Every registered alliance, by score (highest first), then name. */
	alliances: AllianceEvaluation[];
	gradeCounts: Record<Grade, number>;
}
