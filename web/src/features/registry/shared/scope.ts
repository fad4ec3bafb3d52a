/**
 * Whether a kecamatan is within the person's working area: everywhere when the account names
 * none (office staff), else only the ones it names (an officer's assignment). The server applies
 * the same rule (server/features/registry/policy.ts); this only keeps pickers to what will pass.
 */
export const inScope = (user: { kecamatanCodes: readonly string[] }, code: string) =>
  user.kecamatanCodes.length === 0 || user.kecamatanCodes.includes(code);
