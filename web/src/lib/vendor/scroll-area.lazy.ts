/* Mantine's ScrollArea on its own chunk (web/src/lib/vendor/table-scroll-area.tsx). */
export { ScrollArea } from '@mantine/core';
