/* What other web features may use of monitoring. */
export { FollowUpList } from './components/FollowUpList';
