/** Only an active account signs in; a deactivated one loses its sessions at the next request. */
export const canSignIn = (account: { active: boolean }) => account.active;
