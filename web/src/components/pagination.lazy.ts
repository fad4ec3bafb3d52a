/* Mantine's Pagination on its own chunk (Pager). */
export { Pagination } from '@mantine/core';
