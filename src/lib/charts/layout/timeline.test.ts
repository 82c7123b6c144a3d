import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../calendar';
import { datedRows, dayDomain, dodge, laneLevels } from './timeline';

describe('datedRows', () => {
	it('keeps real dates and counts the rest', () => {
		const rows = [{ d: '2026-04-20' }, { d: null }, { d: '2026-04' }, { d: '2026-02-30' }];
		const out = datedRows(rows, (r) => r.d);
		expect(out.dated).toEqual([{ row: rows[0], day: dayNumber('2026-04-20') }]);
		expect(out.undated).toBe(3);
	});
});

describe('dayDomain', () => {
	it.each([
		[[], [0, 1]],
		[[100], [93, 107]],
		[
			[100, 120, 110],
			[97, 123]
		]
	])('%j', (days, domain) => expect(dayDomain(days)).toEqual(domain));
});

describe('dodge', () => {
	it.each([
		['apart', [0, 20, 40], 10, [0, 0, 0]],
		['same spot', [5, 5, 5], 10, [0, 1, 2]],
		['reuses a freed level', [0, 4, 12, 15], 10, [0, 1, 0, 1]],
		['climbs when both levels are near', [0, 4, 12, 13], 10, [0, 1, 0, 2]],
		['keeps input order', [30, 0, 2], 10, [0, 0, 1]]
	])('%s', (_, xs, gap, levels) => expect(dodge(xs, gap)).toEqual(levels));
});

describe('laneLevels', () => {
	it('dodges within a lane only', () => {
		const points = [
			{ lane: 'policy', x: 10 },
			{ lane: 'alliance', x: 10 },
			{ lane: 'alliance', x: 12 },
			{ lane: 'policy', x: 40 }
		];
		expect(laneLevels(points, 11)).toEqual([0, 0, 1, 0]);
	});
});
