import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
	it.each([
		[null, '—'],
		[512, '512 B'],
		[2048, '2 KB'],
		[3.5 * 1024 ** 2, '3.5 MB'],
		[1.25 * 1024 ** 3, '1.3 GB']
	])('%s → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
