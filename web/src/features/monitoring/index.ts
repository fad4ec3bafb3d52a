/* What other web features may use of monitoring. */

export { forgetFieldData } from '#web/lib/field-cache';
export { FollowUpList } from './components/FollowUpList';
