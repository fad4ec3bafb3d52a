import type { FormErrors } from '@mantine/form';
import { ApiError } from '#web/lib/api';
import { applyApiErrors } from '#web/lib/form';

/**
 * Puts a refusal's field messages on the form; what no input of the form shows (a business
 * that vanished, a kecamatan outside one's scope) comes back as the message to show above it.
 */
export function refusalMessage(
  error: unknown,
  form: { setErrors: (errors: FormErrors) => void },
  inputs: readonly string[],
): string | null {
  const general = applyApiErrors(error, form);
  if (general || !(error instanceof ApiError)) return general;
  const unshown = Object.entries(error.fields).filter(([path]) => !inputs.includes(path));
  return unshown.length > 0 ? unshown.map(([, m]) => m).join(' ') : null;
}
