import { describe, expect, it } from 'vitest';
import raw from '../../../data/evaluation.json';
import { defaultConfig, EvaluationConfigError, parseEvaluationConfig } from './config';

/** The shipped file with one change at a dotted path (`undefined` deletes it). */
function withChange(path: string, value: unknown): unknown {
	const copy = structuredClone(raw) as Record<string, unknown>;
	const keys = path.split('.');
	let node = copy;
	for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
	if (value === undefined) delete node[keys.at(-1)!];
	else node[keys.at(-1)!] = value;
	return copy;
}

describe('parseEvaluationConfig', () => {
	it('accepts the shipped file: weights add up to 100', () => {
		const { dimensions: d, regularity, recency } = defaultConfig;
		expect(defaultConfig.version).toBe('2026.1');
		expect(
			d.organisation.max +
				d.innovation.max +
				d.industry.max +
				d.exchange.max +
				regularity.max +
				recency.max
		).toBe(100);
		expect(defaultConfig.grades).toEqual({ high: 86, 'fairly-high': 75, average: 65 });
	});

	it.each([
		['version', '', /version must be a non-empty string/],
		['description', 3, /description must be a string/],
		['dimensions', undefined, /dimensions must be an object/],
		['dimensions.innovation', undefined, /dimensions\.innovation must be an object/],
		['dimensions.policy', { max: 1, rate: 1 }, /dimensions\.policy is not a dimension/],
		['dimensions.innovation.max', -1, /dimensions\.innovation\.max must be a number ≥ 0, got -1/],
		['dimensions.industry.rate', 0, /dimensions\.industry\.rate must be a number > 0, got 0/],
		['dimensions.exchange.rate', '1', /dimensions\.exchange\.rate must be a number > 0, got "1"/],
		['regularity.max', 20, /must add up to 100, got 105/],
		['recency.window', 1.5, /recency\.window must be a share in \(0, 1\]/],
		['recency.decay', undefined, /recency\.decay must be a factor in \[0, 1\], got undefined/],
		['grades.average', 80, /grades must fall/],
		['grades.high', 101, /grades\.high must be a score in \(0, 100\]/]
	])('names the bad field: %s = %j', (path, value, message) => {
		expect(() => parseEvaluationConfig(withChange(path, value))).toThrow(message);
		expect(() => parseEvaluationConfig(withChange(path, value))).toThrow(EvaluationConfigError);
	});

	it('names the source in the message', () => {
		expect(() => parseEvaluationConfig([], 'my.json')).toThrow(
			'my.json: the file must hold a JSON object'
		);
	});
});
