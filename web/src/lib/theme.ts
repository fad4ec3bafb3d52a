import { createTheme, type MantineColorsTuple } from '@mantine/core';

// Copper, from bright leaf-shell highlights to dark patina: the craft's own colour.
const copper: MantineColorsTuple = [
  '#fdf3ec',
  '#f6e3d4',
  '#edc5a6',
  '#e4a574',
  '#dc8a4b',
  '#d77930',
  '#d57022',
  '#bd5e16',
  '#a85311',
  '#924509',
];

export const theme = createTheme({
  primaryColor: 'copper',
  primaryShade: { light: 7, dark: 5 },
  colors: { copper },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif',
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
  },
});
