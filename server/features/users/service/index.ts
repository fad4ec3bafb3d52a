/* Accounts as the office manages them. Other features call users only through these exports. */

export { createUser, getUser, listUsers, updateUser } from './manage-users';
