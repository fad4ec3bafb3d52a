import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LINK_KINDS } from '#core/schemas/registry';
import { certificationOptions } from '../shared/options';
import { type Form, FormSection } from './sections';

/** Marketplace/social links, and on a new record its certifications (number, expiry). */
export function ExtrasSection({ form, creating }: { form: Form; creating: boolean }) {
  const { t } = useTranslation();
  const linkKinds = LINK_KINDS.map((k) => ({ value: k, label: t(`registry:enum.link.${k}`) }));
  return (
    <FormSection title={t('registry-record:section.links_certifications')}>
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('registry:field.links')}
        </Text>
        {form.values.links.map((link, i) => (
          <Group key={link.key} gap="xs" wrap="nowrap" align="flex-start">
            <Select
              w={130}
              allowDeselect={false}
              aria-label={t('registry:field.link_kind')}
              data={linkKinds}
              {...form.getInputProps(`links.${i}.kind`)}
            />
            <TextInput
              style={{ flex: 1, minWidth: 0 }}
              placeholder="https://"
              aria-label={t('registry:field.link_url')}
              {...form.getInputProps(`links.${i}.url`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              aria-label={t('common:action.delete')}
              onClick={() => form.removeListItem('links', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              form.insertListItem('links', { key: crypto.randomUUID(), kind: 'instagram', url: '' })
            }
          >
            {t('registry-record:form.add_link')}
          </Button>
        </Group>
      </Stack>
      {creating && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('registry-record:section.certifications')}
          </Text>
          {form.values.certifications.map((c, i) => (
            <Group key={c.key} gap="xs" wrap="wrap" align="flex-start">
              <Select
                w={{ base: '100%', xs: 140 }}
                allowDeselect={false}
                aria-label={t('registry:field.certification')}
                data={certificationOptions(t)}
                {...form.getInputProps(`certifications.${i}.type`)}
              />
              {c.type === 'lainnya' && (
                <TextInput
                  w={{ base: '100%', xs: 160 }}
                  placeholder={t('registry:field.certification_label')}
                  aria-label={t('registry:field.certification_label')}
                  {...form.getInputProps(`certifications.${i}.label`)}
                />
              )}
              <TextInput
                style={{ flex: '1 1 140px' }}
                placeholder={t('registry:field.certification_number')}
                aria-label={t('registry:field.certification_number')}
                {...form.getInputProps(`certifications.${i}.number`)}
              />
              <TextInput
                type="date"
                w={{ base: 'calc(100% - 40px)', xs: 160 }}
                aria-label={t('registry:field.certification_expires')}
                {...form.getInputProps(`certifications.${i}.expiresAt`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={t('common:action.delete')}
                onClick={() => form.removeListItem('certifications', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                form.insertListItem('certifications', {
                  key: crypto.randomUUID(),
                  type: 'pirt',
                  label: '',
                  number: '',
                  expiresAt: '',
                })
              }
            >
              {t('registry-record:form.add_certification')}
            </Button>
          </Group>
        </Stack>
      )}
    </FormSection>
  );
}
