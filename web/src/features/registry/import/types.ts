export type {
  ImportAccepted,
  ImportIssue,
  ImportResult as ImportReport,
} from '#core/schemas/registry';
