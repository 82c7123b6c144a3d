import { describe, expect, it } from 'vitest';
import { contentHash } from './hash';

describe('contentHash', () => {
	it.each([
		['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
		['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']
	])('SHA-256 of %j', async (text, hex) => {
		expect(await contentHash(text)).toBe(hex);
		expect(await contentHash(new TextEncoder().encode(text))).toBe(hex);
	});

	it('hashes the UTF-8 of Chinese text', async () => {
		expect(await contentHash('联盟')).toBe(
			await contentHash(new Uint8Array([0xe8, 0x81, 0x94, 0xe7, 0x9b, 0x9f]))
		);
	});
});
