import { describe, expect, it } from 'vitest';
import { readKey } from './read-key';

describe('readKey', () => {
	it('is the same for the same statement and values', () => {
		expect(readKey('SELECT ?', ['a', 1])).toBe(readKey('SELECT ?', ['a', 1]));
		expect(readKey('SELECT 1', undefined)).toBe(readKey('SELECT 1', []));
	});

	it('tells apart a string from a number, and values that a plain join would run together', () => {
		expect(readKey('SELECT ?', ['1'])).not.toBe(readKey('SELECT ?', [1]));
		expect(readKey('SELECT ?, ?', ['a', 'b'])).not.toBe(readKey('SELECT ?, ?', ['a\u0000"b', '']));
		expect(readKey('SELECT ?', [null])).not.toBe(readKey('SELECT ?', ['null']));
		expect(readKey('SELECT 1', [])).not.toBe(readKey('SELECT 2', []));
	});
});
