/** The activeness model, pure: a year's contributed items → dimension scores → score → grade. */
import { DIMENSIONS } from '../topics/types';
import {
	GRADE_LABELS,
	GRADES,
	type AllianceEvaluation,
	type ContributedItem,
	type DimensionScore,
	type EvaluationConfig,
	type EvaluationInput,
	type EvaluationResult,
	type Grade,
	type ScoredDimension
} from './types';

// Scores are kept as integer tenths (evidence as hundredths) so that the parts add up to the
// whole exactly; floats are only used for the raw curve before rounding.

/** Whole tenths of x (half away from zero, robust to float noise such as 1.05 → 10.499…). */
export function toTenths(x: number): number {
	return Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9);
}

/** Points of a dimension for n distinct items: max × (1 − e^(−rate × n)). */
export function saturation(max: number, rate: number, n: number): number {
	return max * (1 - Math.exp(-rate * n));
}

/** What the k-th counted item (0-based) adds to a dimension: the curve's step from k to k + 1. */
export function marginal(max: number, rate: number, k: number): number {
	return saturation(max, rate, k + 1) - saturation(max, rate, k);
}

/**
 * Split `total` whole units over weights in proportion (largest remainder; ties go to the earlier
 * weight), so the parts are whole numbers that add up to `total` exactly.
 */
export function apportion(weights: number[], total: number): number[] {
	const sum = weights.reduce((s, w) => s + w, 0);
	if (weights.length === 0 || sum <= 0) {
		if (total !== 0) throw new RangeError(`cannot split ${total} over weights that sum to ${sum}`);
		return weights.map(() => 0);
	}
	const exact = weights.map((w) => (w / sum) * total);
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((s, p) => s + p, 0);
	const order = exact
		.map((x, i) => ({ i, rest: x - Math.floor(x) }))
		.sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		parts[i]! += 1;
		left -= 1;
	}
	return parts;
}

/** A dimension's score (one decimal) for its items in counting order, each with its marginal points. */
export function dimensionScore(max: number, rate: number, itemIds: string[]): DimensionScore {
	const tenths = toTenths(saturation(max, rate, itemIds.length));
	const hundredths = apportion(
		itemIds.map((_, k) => marginal(max, rate, k)),
		tenths * 10
	);
	return {
		score: tenths / 10,
		max,
		evidence: itemIds.map((itemId, k) => ({ itemId, points: hundredths[k]! / 100 }))
	};
}

/** How many of the year's last issues give full recency points (at least one). */
export function recencyWindow(issues: number, window: number): number {
	return Math.max(1, Math.ceil(issues * window - 1e-9));
}

/**
 * Recency points for an alliance whose latest item is in issue `latest` (1-based position among
 * `issues`): full in the window, times `decay` for each issue before it; 0 without items.
 */
export function recencyPoints(
	config: EvaluationConfig['recency'],
	issues: number,
	latest: number | null
): number {
	if (latest === null || issues === 0) return 0;
	const firstFull = issues - recencyWindow(issues, config.window) + 1;
	return latest >= firstFull ? config.max : config.max * config.decay ** (firstFull - latest);
}

/** The grade of a one-decimal score: bands are applied as is (85.9 is fairly high, 86.0 high). */
export function gradeOf(score: number, grades: EvaluationConfig['grades']): Grade {
	if (score >= grades.high) return 'high';
	if (score >= grades['fairly-high']) return 'fairly-high';
	if (score >= grades.average) return 'average';
	return 'inactive';
}

function countingOrder(input: EvaluationInput): Map<string, ContributedItem[]> {
	const position = new Map(input.issues.map((issue, i) => [issue.id, i]));
	const known = new Set(input.alliances.map((a) => a.id));
	const byAlliance = new Map<string, ContributedItem[]>();
	const seen = new Set<string>();
	for (const item of input.items) {
		if (!position.has(item.issueId)) {
			throw new Error(
				`item ${item.itemId} is in issue ${item.issueId}, not one of ${input.year}'s issues`
			);
		}
		if (!known.has(item.allianceId)) {
			throw new Error(
				`item ${item.itemId} names alliance ${item.allianceId}, which is not registered`
			);
		}
		const key = `${item.allianceId}\u0000${item.itemId}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const list = byAlliance.get(item.allianceId) ?? [];
		list.push(item);
		byAlliance.set(item.allianceId, list);
	}
	for (const list of byAlliance.values()) {
		list.sort(
			(a, b) =>
				position.get(a.issueId)! - position.get(b.issueId)! ||
				(a.seq ?? Infinity) - (b.seq ?? Infinity) ||
				(a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0)
		);
	}
	return byAlliance;
}

function scoreAlliance(
	alliance: { id: string; name: string },
	items: ContributedItem[],
	input: EvaluationInput,
	config: EvaluationConfig
): AllianceEvaluation {
	const dimensions = {} as Record<ScoredDimension, DimensionScore>;
	for (const d of DIMENSIONS) {
		const { max, rate } = config.dimensions[d];
		dimensions[d] = dimensionScore(
			max,
			rate,
			items.filter((item) => item.dimensions.includes(d)).map((item) => item.itemId)
		);
	}
	const present = new Set(items.map((item) => item.issueId));
	const issueIds = input.issues.map((issue) => issue.id).filter((id) => present.has(id));
	const n = input.issues.length;
	const regularityTenths = n === 0 ? 0 : toTenths((config.regularity.max * issueIds.length) / n);
	const latest = items[items.length - 1] ?? null;
	const latestPosition = latest ? input.issues.findIndex((i) => i.id === latest.issueId) + 1 : null;
	const recencyTenths = toTenths(recencyPoints(config.recency, n, latestPosition));
	const tenths =
		DIMENSIONS.reduce((s, d) => s + toTenths(dimensions[d].score), 0) +
		regularityTenths +
		recencyTenths;
	const score = tenths / 10;
	const grade = gradeOf(score, config.grades);
	return {
		allianceId: alliance.id,
		name: alliance.name,
		items: items.length,
		itemIds: items.map((item) => item.itemId),
		issuesPresent: issueIds.length,
		dimensions,
		regularity: { score: regularityTenths / 10, max: config.regularity.max, issueIds },
		recency: { score: recencyTenths / 10, max: config.recency.max, itemId: latest?.itemId ?? null },
		score,
		grade,
		gradeZh: GRADE_LABELS[grade].zh,
		previousScore: null,
		change: null,
		previousGrade: null
	};
}

/** Score every registered alliance for one year (previous-year fields left null). */
export function scoreYear(input: EvaluationInput, config: EvaluationConfig): AllianceEvaluation[] {
	const byAlliance = countingOrder(input);
	return input.alliances.map((a) => scoreAlliance(a, byAlliance.get(a.id) ?? [], input, config));
}

/** Highest score first, then name (Chinese collation), then id. */
export function compareEvaluations(a: AllianceEvaluation, b: AllianceEvaluation): number {
	return (
		b.score - a.score ||
		a.name.localeCompare(b.name, 'zh-CN') ||
		(a.allianceId < b.allianceId ? -1 : a.allianceId > b.allianceId ? 1 : 0)
	);
}

/**
 * The year's result: every registered alliance scored, compared with the previous year when that
 * year has issues (`previous` null or without issues: change is null), sorted and counted by grade.
 */
export function evaluateInput(
	input: EvaluationInput,
	previous: EvaluationInput | null,
	config: EvaluationConfig
): EvaluationResult {
	const before =
		previous && previous.issues.length > 0
			? new Map(scoreYear(previous, config).map((a) => [a.allianceId, a]))
			: null;
	const alliances = scoreYear(input, config).map((a): AllianceEvaluation => {
		if (!before) return a;
		// An alliance registered after the previous year had, by definition, no items in it.
		const prev = before.get(a.allianceId);
		const previousScore = prev?.score ?? 0;
		return {
			...a,
			previousScore,
			change: (toTenths(a.score) - toTenths(previousScore)) / 10,
			previousGrade: prev?.grade ?? gradeOf(0, config.grades)
		};
	});
	alliances.sort(compareEvaluations);
	const gradeCounts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
	for (const a of alliances) gradeCounts[a.grade] += 1;
	return {
		year: input.year,
		configVersion: config.version,
		issues: input.issues.length,
		alliances,
		gradeCounts
	};
}
