/* Reading the audit trail (writing it is `server/lib/audit.ts`, inside each change's transaction). */

export { listAudit, listAuditActions } from './list-audit';
