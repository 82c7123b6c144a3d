import { describe, expect, it } from 'vitest';
import { colourMap, heatColour, seriesColour } from './colour';

describe('colours', () => {
	it.each([
		[0, 'var(--series-0, #4e79a7)'],
		[1, 'var(--series-1, #f28e2c)'],
		[10, 'var(--series-0, #4e79a7)'],
		[-1, 'var(--series-9, #bab0ab)']
	])('seriesColour(%d)', (i, c) => expect(seriesColour(i)).toBe(c));

	it('maps keys in order', () => {
		expect([...colourMap(['policy', 'liaison']).entries()]).toEqual([
			['policy', seriesColour(0)],
			['liaison', seriesColour(1)]
		]);
	});

	it('heat levels are theme variables', () => expect(heatColour(0)).toBe('var(--heat-0)'));
});
