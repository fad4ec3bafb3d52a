/* Mantine's Select on its own chunk (LazySelect): the combobox and its popover positioning. */
export { Select } from '@mantine/core';
