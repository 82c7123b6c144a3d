/** One alliance's activeness in a year: its row of the year's evaluation and the titles of its evidence items. */
import type { Db } from '../db/types';
import { evaluateYear } from '../evaluation/evaluate';
import type { AllianceEvaluation } from '../evaluation/types';
import { issueYears } from './evaluation';
import { itemTitles, type ItemTitleRow } from './item-titles';

/** The year asked for, or the latest year with issues. */
export interface AllianceEvaluationArgs {
	id: string;
	year: number | null;
	real: boolean;
}

/** What the alliance page shows of the evaluation. */
export interface AllianceEvaluationView {
	/** The year evaluated; null when the archive has no issue. */
	year: number | null;
	/** Volume years with issues, ascending (what a person can pick). */
	years: number[];
	/** Issues of the year in the archive. */
	issues: number;
	configVersion: string | null;
	/** The alliance's row; null for an unknown id or an empty archive. */
	evaluation: AllianceEvaluation | null;
	/** Every evidence item (dimensions and recency), by id. */
	titles: Record<string, ItemTitleRow>;
}

/**
 * Evaluate `year` (default: the latest volume year with issues) with evaluateYear and keep the
 * alliance's row, plus the titles of the items that earned its points.
 */
export async function allianceEvaluation(
	db: Db,
	{ id, year, real }: AllianceEvaluationArgs
): Promise<AllianceEvaluationView> {
	const years = await issueYears(db, { real });
	const chosen = year ?? years[years.length - 1] ?? null;
	if (chosen === null) {
		return { year: null, years, issues: 0, configVersion: null, evaluation: null, titles: {} };
	}
	const result = await evaluateYear(db, chosen, { real });
	const evaluation = result.alliances.find((a) => a.allianceId === id) ?? null;
	const ids = evaluation
		? [
				...Object.values(evaluation.dimensions).flatMap((d) => d.evidence.map((e) => e.itemId)),
				...(evaluation.recency.itemId ? [evaluation.recency.itemId] : [])
			]
		: [];
	const titles = Object.fromEntries((await itemTitles(db, ids)).map((t) => [t.id, t]));
	return {
		year: chosen,
		years,
		issues: result.issues,
		configVersion: result.configVersion,
		evaluation,
		titles
	};
}
