/** Evaluate a year from the archive: fetch the evidence (queries/evaluation.ts), then run the model. */
import type { Db } from '../db/types';
import { evaluationRows, type EvaluationRows } from '../queries/evaluation';
import { DIMENSIONS } from '../topics/types';
import { defaultConfig } from './config';
import { evaluateInput } from './model';
import type { EvaluationConfig, EvaluationInput, EvaluationResult, ScoredDimension } from './types';

/** Options of evaluateYear: `real` leaves out synthetic issues and items; `config` replaces data/evaluation.json. */
export interface EvaluateOptions {
	real?: boolean;
	config?: EvaluationConfig;
}

const SCORED = new Set<string>(DIMENSIONS);

/** The query rows as the model's input; policy themes and untagged items feed no dimension. */
export function toEvaluationInput(year: number, rows: EvaluationRows): EvaluationInput {
	return {
		year,
		issues: rows.issues,
		alliances: rows.alliances,
		items: rows.items.map((r) => ({
			allianceId: r.alliance_id,
			itemId: r.item_id,
			issueId: r.issue_id,
			seq: r.seq,
			dimensions: r.dimensions.filter((d): d is ScoredDimension => SCORED.has(d))
		}))
	};
}

/** Every registered alliance's activeness in `year`, with the change from `year − 1`. */
export async function evaluateYear(
	db: Db,
	year: number,
	opts: EvaluateOptions = {}
): Promise<EvaluationResult> {
	const real = opts.real ?? false;
	const current = toEvaluationInput(year, await evaluationRows(db, { year, real }));
	const previous = toEvaluationInput(year - 1, await evaluationRows(db, { year: year - 1, real }));
	return evaluateInput(current, previous, opts.config ?? defaultConfig);
}
