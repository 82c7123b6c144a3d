/** Strings of the evaluation page: zh is the source of truth, en has the same keys. Keys start with 'evaluation.'. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
