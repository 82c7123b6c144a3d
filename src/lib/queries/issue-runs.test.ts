import { describe, expect, it } from 'vitest';
import { issueRuns } from './issue-runs';

describe('issueRuns', () => {
	// Issues in scope in date order, named by their keys: 5, 2, 9, 7 (positions 1–4).
	const runs = issueRuns([5, 2, 9, 7]);

	it.each<[string, number[], number, number]>([
		['present in the 2nd and 4th issue', [2, 7], 2, 1],
		['only the first issue', [5], 1, 3],
		['only the last issue', [7], 1, 3],
		['every issue', [7, 9, 2, 5], 4, 0],
		['no issue: the whole period is one gap', [], 0, 4],
		['a key twice counts once', [9, 9], 1, 2],
		['keys outside the scope are ignored', [1, 3, 100, -4, 2], 1, 2]
	])('%s', (_, keys, present, longestGap) => {
		expect(runs(keys)).toEqual({ present, longestGap });
	});

	it('starts afresh for each alliance', () => {
		expect(runs([5, 2, 9, 7])).toEqual({ present: 4, longestGap: 0 });
		expect(runs([])).toEqual({ present: 0, longestGap: 4 });
	});

	it('has nothing to count in an empty period', () => {
		expect(issueRuns([])([1, 2])).toEqual({ present: 0, longestGap: 0 });
	});
});
