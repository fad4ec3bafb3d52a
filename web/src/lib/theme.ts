import { createTheme, type MantineColorsTuple } from '@mantine/core';
import { PRIMARY_SHADE_LIGHT, copper as palette } from './palette';

const copper: MantineColorsTuple = [...palette];

export const theme = createTheme({
  primaryColor: 'copper',
  primaryShade: { light: PRIMARY_SHADE_LIGHT, dark: 5 },
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
