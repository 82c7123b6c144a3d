import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltip';

const box = { width: 400, height: 300 };
const tip = { width: 100, height: 40 };

describe('placeTooltip', () => {
	it.each([
		['centred above', { x: 200, y: 150 }, { x: 150, y: 102 }],
		['below near the top', { x: 200, y: 20 }, { x: 150, y: 28 }],
		['clamped left', { x: 10, y: 150 }, { x: 0, y: 102 }],
		['clamped right', { x: 395, y: 150 }, { x: 300, y: 102 }],
		['clamped bottom when below would overflow', { x: 200, y: 290 }, { x: 150, y: 242 }]
	])('%s', (_, anchor, out) => expect(placeTooltip(anchor, tip, box)).toEqual(out));

	it('pins to the corner when the tooltip is larger than the plot', () => {
		expect(placeTooltip({ x: 50, y: 5 }, { width: 500, height: 400 }, box)).toEqual({ x: 0, y: 0 });
	});
});
