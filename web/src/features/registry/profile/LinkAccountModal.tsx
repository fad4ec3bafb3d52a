import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registryApi } from '#core/api/registry';
import { LinkOwnerAccountBody } from '#core/schemas/registry';
import { call } from '#web/lib/client';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import type { BusinessOwner } from '../shared/types';

type Values = { email: string; password: string };

const toBody = (v: Values) => ({
  newAccount: { email: v.email, password: v.password, locale: 'id' as const },
});

/** Gives the owner their own sign-in ("Usaha saya"), limited to their businesses. */
export function LinkAccountModal({
  owner,
  businessId,
  onClose,
}: {
  owner: BusinessOwner;
  businessId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const link = useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) =>
      call(registryApi.linkOwnerAccount, { params: { id: owner.id }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['business', businessId] });
      void client.invalidateQueries({ queryKey: ['owner', owner.id] });
    },
  });
  const form = useForm<Values>({
    initialValues: { email: owner.email ?? '', password: '' },
    validate: (values) => {
      const errors = zodValidate(LinkOwnerAccountBody)(toBody(values));
      // The schema nests the fields under newAccount; the form has them flat.
      return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace('newAccount.', ''), v]));
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await link.mutateAsync(toBody(values));
      notifications.show({ color: 'green', message: t('registry-record:account.linked') });
      onClose();
    } catch (error) {
      setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);
  return (
    <Modal opened onClose={onClose} title={t('registry-record:account.title', { name: owner.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('registry-record:account.hint')}
          </Text>
          {failure && <Alert color="red">{failure}</Alert>}
          <TextInput label={t('auth:field.email')} type="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('auth:field.password')}
            description={t('auth:field.password_hint')}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={link.isPending}>
              {t('registry-record:account.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
