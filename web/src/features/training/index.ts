/* What other web features may use from training. */
export { TRAINING_PUBLIC_ROUTES, TRAINING_ROUTES } from './routes';
