/*
 * Sign-in, sessions and the accounts behind them. Other features call auth only through
 * these exports (users manages accounts through them).
 */

export { toActor } from '../present';
export { countActiveAdmins, findUserByEmail, findUserById } from '../queries/accounts';
export { changePassword, updateMe } from './me';
export { hashPassword } from './passwords';
export { endSessionsOfUser, type NewSession, resolveSession, sweepStaleSessions } from './sessions';
export { completeSetup, getSetupStatus } from './setup';
export { login, logout } from './sign-in';
export { clearSignInLocks, signInLocksOf } from './throttle';
