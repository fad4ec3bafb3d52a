import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconHome, IconLock, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useInRouterContext, useNavigate } from 'react-router';

export type RefusalKind = 'not_found' | 'forbidden' | 'page';

/** True for answers a retry cannot change: the record is out of reach, not the network. */
export function isRefusal(status: number): boolean {
  return status === 403 || status === 404;
}

function Actions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Group justify="center" gap="sm">
      {window.history.length > 1 && (
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate(-1)}>
          {t('common:refusal.back')}
        </Button>
      )}
      <Button component={Link} to="/" leftSection={<IconHome size={16} />}>
        {t('common:refusal.home')}
      </Button>
    </Group>
  );
}

/**
 * A refusal, said plainly: what happened and what to do next (go back, ask the admin), and no
 * "try again", which would only be refused again.
 */
export function RefusalState({
  kind,
  role,
}: {
  kind: RefusalKind;
  /** The signed-in role's name, for a page the role may not open. */
  role?: string;
}) {
  const { t } = useTranslation();
  const inRouter = useInRouterContext();
  const Icon = kind === 'not_found' ? IconSearchOff : IconLock;
  return (
    <Center py="xl" role="alert">
      <Stack align="center" gap="sm" maw={480} ta="center" px="sm">
        <ThemeIcon size={56} radius="xl" variant="light" color="orange">
          <Icon size={30} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t(`common:refusal.${kind}_title`)}
        </Title>
        <Text>{t(`common:refusal.${kind}_body`, { role })}</Text>
        <Text c="dimmed" size="sm">
          {t(`common:refusal.${kind}_next`)}
        </Text>
        {inRouter && <Actions />}
      </Stack>
    </Center>
  );
}
