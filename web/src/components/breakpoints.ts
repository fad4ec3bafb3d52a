/*
 * Where a list's table gives way to cards, for every list (ListPage, and the audit log and users
 * pages, which draw their own): apart from ListPage so that those pages' first load does not
 * carry it.
 */
export const WIDE_LIST = '(min-width: 48em)';
