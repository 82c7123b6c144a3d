/** Text measures without a DOM (so layout stays pure): CJK and full-width glyphs are 1em, others ~0.6em. */

const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Approximate rendered width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
	return em * fontSize;
}

/** `text` cut with an ellipsis to fit `maxWidth` px (whole text when it fits). */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = [...text];
	while (chars.length > 0 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
	return chars.join('') + '…';
}

/** Positions of legend entries (swatch + label) wrapped into lines of at most `width` px. */
export function legendLayout(
	labels: readonly string[],
	width: number,
	fontSize = 12,
	swatch = 12,
	gap = 16
): { items: { x: number; y: number }[]; height: number } {
	const line = fontSize + 8;
	let x = 0;
	let y = 0;
	const items = labels.map((label) => {
		const w = swatch + 4 + textWidth(label, fontSize);
		if (x > 0 && x + w > width) {
			x = 0;
			y += line;
		}
		const at = { x: Math.round(x), y };
		x += w + gap;
		return at;
	});
	return { items, height: labels.length ? y + line : 0 };
}

/** Width of a column of labels (row names): the widest label plus padding, within [min, share × width, cap]. */
export function labelColumnWidth(
	labels: readonly string[],
	width: number,
	opts: { fontSize?: number; share?: number; cap?: number; min?: number } = {}
): number {
	const { fontSize = 12, share = 0.4, cap = 220, min = 48 } = opts;
	const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
	return Math.round(Math.min(width * share, cap, Math.max(min, widest + 12)));
}
