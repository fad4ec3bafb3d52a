import type { ElectroformingApi } from '#core/api/electroforming';
import type { Handlers } from '#server/lib/endpoints';

/** The handlers of some of the table's endpoints (each routes file brings its own). */
export type HandlersOf<K extends keyof ElectroformingApi> = Pick<Handlers<ElectroformingApi>, K>;
