/** Words too common in bulletins to say anything about a period: left out of keyword trends. */

/** Stop words; besides these, every one-character word and every word without a letter (digits, punctuation) is dropped. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'联盟',
	'产业',
	'技术',
	'创新',
	'战略',
	'发展',
	'工作',
	'开展',
	'进行',
	'推动',
	'相关',
	'以及',
	'单位',
	'秘书处',
	'供稿',
	'年度',
	'我国'
]);

/** Whether a segmented word is worth counting as a keyword. */
export function isKeyword(word: string): boolean {
	if ([...word].length < 2) return false;
	if (!/\p{L}/u.test(word)) return false;
	return !STOP_WORDS.has(word);
}
