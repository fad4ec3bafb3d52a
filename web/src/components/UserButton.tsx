import { Avatar, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '#web/app/session';

/** The signed-in person's initial and name in the header: the account menu's button. */
export const UserButton = forwardRef<HTMLButtonElement, { onClick?: () => void }>(
  function UserButton(props, ref) {
    const { t } = useTranslation();
    const user = useSignedInUser();
    return (
      <UnstyledButton ref={ref} data-testid="user-menu" aria-label={t('common:nav.account')} {...props}>
        <Group gap={6} wrap="nowrap">
          <Avatar size="sm" color="copper" radius="xl">
            {user.name.slice(0, 1).toUpperCase()}
          </Avatar>
          <Text size="sm" fw={500} visibleFrom="sm" maw={140} truncate>
            {user.name}
          </Text>
          <IconChevronDown size={14} />
        </Group>
      </UnstyledButton>
    );
  },
);
