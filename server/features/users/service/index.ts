/* Accounts as the office manages them. Other features call users only through these exports. */

export { createUser, getUser, listUsers, unlockSignIn, updateUser } from './manage-users';
