/** Small string similarity for name cores: character bigram Dice, plus a subsequence test. */

/** The multiset of character n-grams of a string, as counts. */
export function grams(s: string, n: number): Map<string, number> {
	const out = new Map<string, number>();
	const chars = [...s];
	for (let i = 0; i + n <= chars.length; i++) {
		const g = chars.slice(i, i + n).join('');
		out.set(g, (out.get(g) ?? 0) + 1);
	}
	return out;
}

/** Dice coefficient of two gram multisets (0 when either is empty). */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
	let size = 0;
	let shared = 0;
	for (const v of a.values()) size += v;
	for (const v of b.values()) size += v;
	if (size === 0) return 0;
	for (const [g, v] of a) shared += Math.min(v, b.get(g) ?? 0);
	return (2 * shared) / size;
}

/** Precomputed grams of a core, for repeated comparison. */
export interface CoreGrams {
	uni: Map<string, number>;
	bi: Map<string, number>;
}

/** Unigrams and bigrams of a core. */
export function coreGrams(core: string): CoreGrams {
	return { uni: grams(core, 1), bi: grams(core, 2) };
}

/** Similarity of two cores in [0, 1.5]: bigram Dice, with shared characters as a weaker signal. */
export function similarity(a: CoreGrams, b: CoreGrams): number {
	return dice(a.bi, b.bi) + 0.5 * dice(a.uni, b.uni);
}

/** Whether every character of `short` occurs in `long` in order (应急装备 in 应急救援装备). */
export function isSubsequence(short: string, long: string): boolean {
	let j = 0;
	for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
	return j === short.length;
}
