/*
 * The brand palette as plain values, shared by the Mantine theme (theme.ts) and the build
 * (vite.config.ts: the web app manifest's and the page's theme colour).
 */

// Copper, from bright leaf-shell highlights to dark patina: the craft's own colour.
export const copper = [
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
] as const;

/** The primary shade in the light scheme (theme.ts `primaryShade.light`). */
export const PRIMARY_SHADE_LIGHT = 7;

/** The browser's and the installed app's title-bar colour. */
export const THEME_COLOR = copper[PRIMARY_SHADE_LIGHT];
export const BACKGROUND_COLOR = '#ffffff';
