/* What the rest of the web app may use of the electroforming workbench: its routes. */
export { ELECTROFORMING_ROUTES } from './routes';
