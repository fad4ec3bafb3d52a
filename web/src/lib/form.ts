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

/**
 * After a Save that was refused (by the form's own check or by the server): the first field with
 * a message, in the order the person reads the form, is scrolled into view and focused. Fits
 * Mantine's `form.onSubmit(save, focusFirstInvalid)` failure slot; call it bare after setting
 * errors by hand.
 */
export function focusFirstInvalid(_errors?: unknown, _values?: unknown, event?: { currentTarget: unknown }) {
  const root = event?.currentTarget instanceof HTMLElement ? event.currentTarget : document;
  // The messages (and aria-invalid) appear with the next render: look for a few frames.
  let tries = 0;
  const look = () => {
    const field = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) {
      if (++tries < 10) requestAnimationFrame(look);
      return;
    }
    field.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    field.focus({ preventScroll: true });
  };
  requestAnimationFrame(look);
}

/** Puts an API refusal's field messages on the form (and focuses the first); returns the message to show when none fits a field. */
export function applyApiErrors(
  error: unknown,
  form: { setErrors: (errors: FormErrors) => void },
): string | null {
  if (error instanceof ApiError) {
    if (Object.keys(error.fields).length > 0) {
      form.setErrors(error.fields);
      focusFirstInvalid();
      return null;
    }
    return error.message;
  }
  return i18n.t('errors:unexpected');
}
