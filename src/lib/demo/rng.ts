/** A small seeded PRNG (mulberry32) with the helpers the demo generator needs. */

/** A deterministic random source: the same seed always yields the same sequence. */
export interface Rng {
	/** The seed this source started from (unsigned 32-bit). */
	readonly seed: number;
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T;
	/** One element, chosen with probability proportional to its weight (weights ≥ 0, not all 0). */
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** A roughly normal sample (sum of four uniforms), mean and standard deviation given. */
	normal(mean: number, sd: number): number;
	/** An independent source derived from this seed and a label, unaffected by draws made here. */
	fork(...labels: (string | number)[]): Rng;
}

/** FNV-1a over a string, to turn labels into seed material. */
export function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Mix two 32-bit values into one (murmur3 finaliser over a xor). */
function mix(a: number, b: number): number {
	let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** A mulberry32 source seeded with `seed` (any number; taken as unsigned 32-bit). */
export function createRng(seed: number): Rng {
	const start = seed >>> 0;
	let state = start;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const rng: Rng = {
		seed: start,
		next,
		int,
		chance: (p) => next() < p,
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new RangeError('pick from an empty array');
			return items[int(0, items.length - 1)]!;
		},
		weighted<T>(items: readonly T[], weights: readonly number[]): T {
			let total = 0;
			for (let i = 0; i < items.length; i++) total += Math.max(0, weights[i] ?? 0);
			if (!(total > 0)) throw new RangeError('weighted pick needs a positive weight');
			let r = next() * total;
			for (let i = 0; i < items.length; i++) {
				r -= Math.max(0, weights[i] ?? 0);
				if (r < 0) return items[i]!;
			}
			// Rounding left r at ~0: return the last item with weight.
			for (let i = items.length - 1; i >= 0; i--) if ((weights[i] ?? 0) > 0) return items[i]!;
			return items[items.length - 1]!;
		},
		shuffle<T>(items: readonly T[]): T[] {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(0, i);
				const tmp = out[i]!;
				out[i] = out[j]!;
				out[j] = tmp;
			}
			return out;
		},
		normal: (mean, sd) => mean + sd * ((next() + next() + next() + next() - 2) * Math.sqrt(3)),
		fork: (...labels) => {
			let h = start;
			for (const l of labels) h = mix(h, typeof l === 'number' ? l >>> 0 : hashString(l));
			return createRng(h);
		}
	};
	return rng;
}
