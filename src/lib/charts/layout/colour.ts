/** Colours as CSS variables (set per theme in theme.css) with d3's Tableau 10 as the fallback. */
import { schemeTableau10 } from 'd3';

/** Number of distinct series colours before they repeat. */
export const SERIES_COLOURS = schemeTableau10.length;

/** Colour of the i-th series: var(--series-i) falling back to Tableau 10. */
export function seriesColour(i: number): string {
	const k = ((i % SERIES_COLOURS) + SERIES_COLOURS) % SERIES_COLOURS;
	return `var(--series-${k}, ${schemeTableau10[k]})`;
}

/** Series keys in order → their colours. */
export function colourMap(keys: readonly string[]): Map<string, string> {
	return new Map(keys.map((key, i) => [key, seriesColour(i)]));
}

/** Fill of a heat-map level: 0 is the distinct "none" colour, 1..5 a ramp. */
export function heatColour(level: number): string {
	return `var(--heat-${level})`;
}
