/**
 * The version of the privacy notice (UU PDP) an owner is shown before their personal data is
 * recorded. The web shows it on the consent checkbox; the API refuses a consent given for any
 * other version (core/schemas/registry ConsentInput), and the owner record keeps the version.
 * Publishing a new notice means changing this one constant.
 */
export const PRIVACY_NOTICE_VERSION = '2025-01';
