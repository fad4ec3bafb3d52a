import type { FormErrors } from '@mantine/form';
import type { ZodType } from 'zod';
import { type IssueLike, localizeIssues, MESSAGE_PARSE } from '#core/i18n/issues';
import { ApiError } from './api';
import { currentLocale, i18n } from './i18n';

/** A Mantine form validator from a shared zod schema, with messages in the current language. */
export function zodValidate(schema: ZodType) {
  return (values: unknown): FormErrors => {
    const result = schema.safeParse(values, MESSAGE_PARSE);
    if (result.success) return {};
    const issues = localizeIssues(
      result.error.issues as unknown as IssueLike[],
      currentLocale(),
      (key, params) => i18n.t(key, params ?? {}),
    );
    // The first message per field: "required" before what a later rule adds.
    const errors: FormErrors = {};
    for (const issue of issues) errors[issue.path] ??= issue.message;
    return errors;
  };
}

/** Puts an API refusal's field messages on the form; returns the message to show when none fits a field. */
export function applyApiErrors(
  error: unknown,
  form: { setErrors: (errors: FormErrors) => void },
): string | null {
  if (error instanceof ApiError) {
    if (Object.keys(error.fields).length > 0) {
      form.setErrors(error.fields);
      return null;
    }
    return error.message;
  }
  return i18n.t('errors:unexpected');
}
