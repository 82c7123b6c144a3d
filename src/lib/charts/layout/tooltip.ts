/** Where a tooltip goes: above its anchor, below when there is no room, never outside the plot. */

export interface Point {
	x: number;
	y: number;
}

export interface Size {
	width: number;
	height: number;
}

/** Top-left corner of a tooltip of `size` pointing at `anchor` inside `container`. */
export function placeTooltip(anchor: Point, size: Size, container: Size, gap = 8): Point {
	let y = anchor.y - gap - size.height;
	if (y < 0) y = anchor.y + gap;
	y = Math.max(0, Math.min(y, container.height - size.height));
	const x = Math.max(0, Math.min(anchor.x - size.width / 2, container.width - size.width));
	return { x: Math.round(x), y: Math.round(y) };
}
