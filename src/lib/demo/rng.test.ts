import { describe, expect, it } from 'vitest';
import { createRng, hashString } from './rng';

/** First four outputs of mulberry32 as unsigned 32-bit integers (seed 1 matches the reference implementation). */
const SEQUENCES: [number, number[]][] = [
	[0, [1144304738, 1416247, 958946056, 627933444]],
	[1, [2693262067, 11749833, 2265367787, 4213581821]],
	[42, [2581720956, 1925393290, 3661312704, 2876485805]],
	[0xffffffff, [3850105811, 813802916, 3073704848, 4054706436]],
	[20260420, [1349855799, 3167351977, 2142219295, 2694160537]]
];

describe('createRng', () => {
	it.each(SEQUENCES)('seed %i gives its fixed sequence', (seed, expected) => {
		const r = createRng(seed);
		expect(Array.from({ length: 4 }, () => Math.floor(r.next() * 2 ** 32))).toEqual(expected);
	});

	it.each([0, 1, 42, 123456789])('seed %i: two sources agree on every helper', (seed) => {
		const draw = () => {
			const r = createRng(seed);
			return [
				r.next(),
				r.int(1, 6),
				r.chance(0.5),
				r.pick(['a', 'b', 'c']),
				r.weighted(['x', 'y', 'z'], [1, 2, 3]),
				r.shuffle([1, 2, 3, 4, 5, 6]),
				r.normal(10, 2),
				r.fork('label', 3).next()
			];
		};
		expect(draw()).toEqual(draw());
	});

	it('different seeds give different sequences', () => {
		const a = createRng(1);
		const b = createRng(2);
		expect(Array.from({ length: 8 }, () => a.next())).not.toEqual(
			Array.from({ length: 8 }, () => b.next())
		);
	});

	it('takes the seed as unsigned 32-bit', () => {
		expect(createRng(-1).next()).toBe(createRng(0xffffffff).next());
		expect(createRng(-1).seed).toBe(0xffffffff);
	});

	it('int stays in range and reaches both ends', () => {
		const r = createRng(5);
		const seen = new Set<number>();
		for (let i = 0; i < 2000; i++) {
			const v = r.int(3, 7);
			expect(v).toBeGreaterThanOrEqual(3);
			expect(v).toBeLessThanOrEqual(7);
			seen.add(v);
		}
		expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
	});

	it('weighted never picks a zero weight and follows the weights', () => {
		const r = createRng(9);
		const counts = { a: 0, b: 0, c: 0 };
		for (let i = 0; i < 4000; i++) counts[r.weighted(['a', 'b', 'c'] as const, [0, 1, 3])]++;
		expect(counts.a).toBe(0);
		expect(counts.c / counts.b).toBeGreaterThan(2.5);
		expect(counts.c / counts.b).toBeLessThan(3.5);
		expect(() => r.weighted(['a'], [0])).toThrow(RangeError);
	});

	it('shuffle keeps the elements and leaves its input alone', () => {
		const input = [1, 2, 3, 4, 5, 6, 7, 8];
		const out = createRng(3).shuffle(input);
		expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect([...out].sort((x, y) => x - y)).toEqual(input);
	});

	it('pick from an empty array throws', () => {
		expect(() => createRng(1).pick([])).toThrow(RangeError);
	});

	it('normal has about the mean and spread asked for', () => {
		const r = createRng(11);
		const xs = Array.from({ length: 5000 }, () => r.normal(10, 2));
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
		expect(mean).toBeCloseTo(10, 1);
		expect(sd).toBeGreaterThan(1.8);
		expect(sd).toBeLessThan(2.2);
	});

	it('fork is independent of draws made on the parent and differs by label', () => {
		const a = createRng(1);
		const before = a.fork('x').next();
		a.next();
		a.next();
		expect(a.fork('x').next()).toBe(before);
		expect(a.fork('y').next()).not.toBe(before);
		expect(a.fork('issue', 1).next()).not.toBe(a.fork('issue', 2).next());
	});

	it('hashString is FNV-1a', () => {
		expect(hashString('')).toBe(0x811c9dc5);
		expect(hashString('a')).toBe(0xe40c292c);
	});
});
