/** Attributes that make an SVG mark focusable, labelled, tooltip-bearing and optionally clickable. */
export function markAttrs(opts: {
	label: string;
	show: () => void;
	hide: () => void;
	select?: () => void;
}) {
	const select = opts.select;
	return {
		tabindex: 0,
		role: select ? 'button' : 'img',
		'aria-label': opts.label,
		onfocus: opts.show,
		onblur: opts.hide,
		onpointerenter: opts.show,
		onpointerleave: opts.hide,
		onclick: select,
		onkeydown: select
			? (e: KeyboardEvent) => {
					if (e.key === 'Enter' || e.key === ' ') {
						e.preventDefault();
						select();
					}
				}
			: undefined
	};
}

/** The `data-mark` of the mark an event happened on, or null off every mark. */
function markOf(e: Event): string | null {
	const el = e.target instanceof Element ? e.target.closest('[data-mark]') : null;
	return el?.getAttribute('data-mark') ?? null;
}

/** The role of a mark drawn with markGroupAttrs: a button when it can be selected. */
export const markRole = (selectable: boolean) => (selectable ? 'button' : 'img');

/**
 * markAttrs for many marks at once (a heat map's hundreds of cells): these go on the group around them,
 * and each mark carries only `data-mark` (the key the callbacks get), `tabindex="0"`, `role` (markRole)
 * and `aria-label`. One set of listeners for the group instead of a set per mark, rebuilt on every update.
 */
export function markGroupAttrs(opts: {
	show: (mark: string) => void;
	hide: () => void;
	select?: (mark: string) => void;
}) {
	const { show, hide, select } = opts;
	const enter = (e: Event) => {
		const mark = markOf(e);
		if (mark !== null) show(mark);
	};
	const leave = (e: Event) => {
		if (markOf(e) !== null) hide();
	};
	return {
		onfocusin: enter,
		onfocusout: leave,
		onpointerover: enter,
		onpointerout: leave,
		onclick: select
			? (e: MouseEvent) => {
					const mark = markOf(e);
					if (mark !== null) select(mark);
				}
			: undefined,
		onkeydown: select
			? (e: KeyboardEvent) => {
					const mark = markOf(e);
					if (mark === null || (e.key !== 'Enter' && e.key !== ' ')) return;
					e.preventDefault();
					select(mark);
				}
			: undefined
	};
}
