import { describe, expect, it } from 'vitest';
import {
	ArchiveStorageError,
	decodeArchive,
	encodeArchive,
	isQuotaError,
	MemoryStore,
	OpfsStore,
	validateArchive,
	type DirectoryLike,
	type FileHandleLike
} from './persist';
import { EMPTY_ARCHIVE, type StoredArchive } from './types';

const source = (id: string) => ({
	id,
	file: `${id}.txt`,
	format: 'txt' as const,
	text: `文本${id}`,
	addedAt: '2026-04-20 10:00',
	issueId: id
});
const archiveOf = (...ids: string[]): StoredArchive => ({
	...EMPTY_ARCHIVE,
	sources: ids.map(source)
});

/** An OPFS directory in memory: a write lands only on close (as Chromium's swap file does); `fail` decides which writes fail. */
class FakeDir implements DirectoryLike {
	files = new Map<string, string>();
	fail: (name: string) => Error | null = () => null;
	async getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike> {
		if (!this.files.has(name) && !options?.create)
			throw Object.assign(new Error('not found'), { name: 'NotFoundError' });
		return {
			getFile: async () => {
				const text = this.files.get(name);
				if (text === undefined)
					throw Object.assign(new Error('not found'), { name: 'NotFoundError' });
				return { text: async () => text };
			},
			createWritable: async () => {
				let buffer = '';
				return {
					write: async (data: string) => {
						const error = this.fail(name);
						if (error) throw error;
						buffer += data;
					},
					close: async () => void this.files.set(name, buffer),
					abort: async () => undefined
				};
			}
		};
	}
	async removeEntry(name: string): Promise<void> {
		this.files.delete(name);
	}
	async *keys(): AsyncIterable<string> {
		yield* [...this.files.keys()];
	}
}

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('encoded copies', () => {
	it('round-trip, and a torn or altered body is refused', async () => {
		const text = await encodeArchive(archiveOf('2026-01'));
		await expect(decodeArchive(text)).resolves.toEqual(archiveOf('2026-01'));
		await expect(decodeArchive(text.slice(0, -10))).rejects.toThrow(/checksum/);
		await expect(decodeArchive(text.replace('文本', '文字'))).rejects.toThrow(/checksum/);
		await expect(decodeArchive('{}')).rejects.toThrow();
	});
	it.each([
		[{ version: 2 }, /version/],
		[{ ...EMPTY_ARCHIVE, sources: [{ id: 1 }] }, /source 1/],
		[{ ...EMPTY_ARCHIVE, userAliases: [{ text: 'x' }] }, /aliases/],
		[{ ...EMPTY_ARCHIVE, settings: {} }, /settings/]
	])('validateArchive refuses %j', (value, message) => {
		expect(() => validateArchive(value)).toThrow(message);
	});
	it('recognises quota errors by name', () => {
		expect(isQuotaError(quota())).toBe(true);
		expect(isQuotaError(new Error('x'))).toBe(false);
	});
});

describe('OpfsStore', () => {
	it('loads the empty archive from an empty folder, then what it saved', async () => {
		const dir = new FakeDir();
		const store = new OpfsStore(dir);
		await expect(store.load()).resolves.toEqual(EMPTY_ARCHIVE);
		await store.save(archiveOf('a'));
		await store.save(archiveOf('a', 'b'));
		await expect(new OpfsStore(dir).load()).resolves.toEqual(archiveOf('a', 'b'));
		// the current generation, a spare, and the pointer
		expect([...dir.files.keys()].sort()).toEqual([
			'archive-00000001.json',
			'archive-00000002.json',
			'current.json'
		]);
		await store.save(archiveOf('c'));
		expect([...dir.files.keys()].sort()).toEqual([
			'archive-00000002.json',
			'archive-00000003.json',
			'current.json'
		]);
	});

	it('keeps the previous copy when the quota runs out, and names the size', async () => {
		const dir = new FakeDir();
		const store = new OpfsStore(dir);
		await store.load();
		await store.save(archiveOf('a'));
		const before = new Map(dir.files);
		dir.fail = (name) => (name.startsWith('archive-') ? quota() : null);
		const error = await store.save(archiveOf('a', 'b')).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ArchiveStorageError);
		expect((error as ArchiveStorageError).code).toBe('quota');
		expect((error as ArchiveStorageError).bytes).toBeGreaterThan(100);
		expect(dir.files).toEqual(before);
		await expect(new OpfsStore(dir).load()).resolves.toEqual(archiveOf('a'));
	});

	it('ignores a save that died before the pointer moved (a closed tab)', async () => {
		const dir = new FakeDir();
		const store = new OpfsStore(dir);
		await store.load();
		await store.save(archiveOf('a'));
		dir.fail = (name) => (name === 'current.json' ? new Error('tab closed') : null);
		await expect(store.save(archiveOf('a', 'b'))).rejects.toThrow();
		// Even if the unfinished generation file had survived, the pointer decides.
		dir.files.set('archive-00000002.json', await encodeArchive(archiveOf('a', 'b')));
		await expect(new OpfsStore(dir).load()).resolves.toEqual(archiveOf('a'));
	});

	it('treats generation files without any pointer as an unfinished first save', async () => {
		const dir = new FakeDir();
		dir.files.set('archive-00000001.json', await encodeArchive(archiveOf('a')));
		await expect(new OpfsStore(dir).load()).resolves.toEqual(EMPTY_ARCHIVE);
	});

	it('falls back to the spare when the current copy is torn, and says so', async () => {
		const dir = new FakeDir();
		const store = new OpfsStore(dir);
		await store.load();
		await store.save(archiveOf('a'));
		await store.save(archiveOf('a', 'b'));
		dir.files.set('archive-00000002.json', dir.files.get('archive-00000002.json')!.slice(0, 50));
		const reader = new OpfsStore(dir);
		await expect(reader.load()).resolves.toEqual(archiveOf('a'));
		expect(reader.recovered).toBe(true);
	});

	it('refuses to pretend a damaged archive is empty', async () => {
		const dir = new FakeDir();
		dir.files.set('archive-00000001.json', 'garbage');
		dir.files.set('current.json', '{"generation":1}');
		await expect(new OpfsStore(dir).load()).rejects.toMatchObject({ code: 'corrupt' });
	});
});

describe('MemoryStore', () => {
	it('holds what it saved', async () => {
		const store = new MemoryStore();
		await expect(store.load()).resolves.toEqual(EMPTY_ARCHIVE);
		await store.save(archiveOf('x'));
		await expect(store.load()).resolves.toEqual(archiveOf('x'));
	});
});
