import { Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

/**
 * Why an action cannot be taken yet, in words next to it: a disabled button that says nothing
 * leaves a person guessing (issue 10 #7), and a phone has no hover for a tooltip. The button
 * takes `disabled` and `aria-describedby` from here, so a screen reader hears the reason too;
 * `note` is the visible text to place under or beside it.
 *
 *   const why = useDisabledReason(!file && t('registry-import:wizard.check_why'));
 *   <Button disabled={why.disabled} aria-describedby={why.describedBy}>…</Button>
 *   {why.note}
 */
export function useDisabledReason(reason: string | null | false | undefined) {
  const id = useId();
  const text = reason || undefined;
  return {
    disabled: text !== undefined,
    describedBy: text ? id : undefined,
    note: text ? (
      <Text id={id} size="xs" c="dimmed" data-testid="disabled-reason">
        {text}
      </Text>
    ) : null,
  };
}

/**
 * The same for an input, select, switch or segmented control: the reason becomes the field's
 * description (Mantine shows it under the label and links it with `aria-describedby`), in place
 * of the usual `hint` while the field cannot be used.
 *
 *   <TagsInput {...disabledField(status === 'belum' && t('registry:field.export_countries_why'), t('…hint'))} />
 */
export function disabledField(reason: string | null | false | undefined, hint?: ReactNode) {
  return { disabled: Boolean(reason), description: reason || hint };
}
