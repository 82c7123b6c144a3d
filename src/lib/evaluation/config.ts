/** The model's settings: data/evaluation.json, checked field by field. */
import raw from '../../../data/evaluation.json';
import { DIMENSIONS } from '../topics/types';
import type { EvaluationConfig } from './types';

/** A settings file that cannot be used; the message names the field. */
export class EvaluationConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EvaluationConfigError';
	}
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function objectAt(
	parent: Record<string, unknown>,
	key: string,
	path: string
): Record<string, unknown> {
	const v = parent[key];
	if (!isObject(v)) throw new EvaluationConfigError(`${path}${key} must be an object`);
	return v;
}

function numberAt(
	parent: Record<string, unknown>,
	key: string,
	path: string,
	check: (n: number) => boolean,
	what: string
): number {
	const v = parent[key];
	if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) {
		throw new EvaluationConfigError(`${path}${key} must be ${what}, got ${JSON.stringify(v)}`);
	}
	return v;
}

const positive = (n: number) => n > 0;
const nonNegative = (n: number) => n >= 0;

/** Check a parsed settings object; throws EvaluationConfigError naming the first bad field. */
export function parseEvaluationConfig(
	value: unknown,
	source = 'data/evaluation.json'
): EvaluationConfig {
	try {
		if (!isObject(value)) throw new EvaluationConfigError('the file must hold a JSON object');
		const { version, description } = value;
		if (typeof version !== 'string' || version.trim() === '') {
			throw new EvaluationConfigError('version must be a non-empty string such as "2026.1"');
		}
		if (typeof description !== 'string')
			throw new EvaluationConfigError('description must be a string');

		const dims = objectAt(value, 'dimensions', '');
		const unknown = Object.keys(dims).filter((k) => !(DIMENSIONS as readonly string[]).includes(k));
		if (unknown.length > 0) {
			throw new EvaluationConfigError(
				`dimensions.${unknown[0]} is not a dimension (expected ${DIMENSIONS.join(', ')})`
			);
		}
		const dimensions = {} as EvaluationConfig['dimensions'];
		for (const d of DIMENSIONS) {
			const dim = objectAt(dims, d, 'dimensions.');
			dimensions[d] = {
				max: numberAt(dim, 'max', `dimensions.${d}.`, nonNegative, 'a number ≥ 0'),
				rate: numberAt(dim, 'rate', `dimensions.${d}.`, positive, 'a number > 0')
			};
		}
		const reg = objectAt(value, 'regularity', '');
		const regularity = { max: numberAt(reg, 'max', 'regularity.', nonNegative, 'a number ≥ 0') };
		const rec = objectAt(value, 'recency', '');
		const recency = {
			max: numberAt(rec, 'max', 'recency.', nonNegative, 'a number ≥ 0'),
			window: numberAt(rec, 'window', 'recency.', (n) => n > 0 && n <= 1, 'a share in (0, 1]'),
			decay: numberAt(rec, 'decay', 'recency.', (n) => n >= 0 && n <= 1, 'a factor in [0, 1]')
		};
		// Tenths, so that 0.1 + 0.2 style float sums cannot miss 100.
		const total =
			DIMENSIONS.reduce((s, d) => s + Math.round(dimensions[d].max * 10), 0) +
			Math.round(regularity.max * 10) +
			Math.round(recency.max * 10);
		if (total !== 1000) {
			throw new EvaluationConfigError(
				`dimensions.*.max + regularity.max + recency.max must add up to 100, got ${total / 10}`
			);
		}
		const g = objectAt(value, 'grades', '');
		const inRange = (n: number) => n > 0 && n <= 100;
		const grades = {
			high: numberAt(g, 'high', 'grades.', inRange, 'a score in (0, 100]'),
			'fairly-high': numberAt(g, 'fairly-high', 'grades.', inRange, 'a score in (0, 100]'),
			average: numberAt(g, 'average', 'grades.', inRange, 'a score in (0, 100]')
		};
		if (!(grades.high > grades['fairly-high'] && grades['fairly-high'] > grades.average)) {
			throw new EvaluationConfigError(
				'grades must fall: grades.high > grades.fairly-high > grades.average'
			);
		}
		return { version, description, dimensions, regularity, recency, grades };
	} catch (e) {
		if (e instanceof EvaluationConfigError) {
			throw new EvaluationConfigError(`${source}: ${e.message}`);
		}
		throw e;
	}
}

/** The shipped settings (data/evaluation.json), checked when this module loads. */
export const defaultConfig: EvaluationConfig = parseEvaluationConfig(raw);
