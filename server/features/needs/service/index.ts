/*
 * Needs inventory and support given (issue 13). Other features (dashboard, bench) and the
 * wiring in server/app.ts call needs only through these exports: monitoring's visit approval
 * calls `needsFromApprovedVisit`, training's finish calls `supportFromTraining`, each inside
 * its own transaction.
 */

export { needsFromReadiness } from './from-gaps';
export { needsFromApprovedVisit } from './from-visit';
export { changeNeedStatus, createNeed, getNeed, listNeeds } from './needs';
export {
  type FinishedTraining,
  getSupport,
  listSupport,
  recordSupport,
  supportFromTraining,
} from './support';
