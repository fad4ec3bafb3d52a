import { Avatar, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
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

/**
 * The account menu without its dropdown, for when the menu's chunk cannot be loaded (offline
 * after a deploy): the button opens the profile, and signing out stays one click away.
 */
export function PlainUserMenu({ onSignOut }: { defaultOpened?: boolean; onSignOut: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Group gap={4} wrap="nowrap">
      <UserButton onClick={() => navigate('/profile')} />
      <Button size="compact-sm" variant="subtle" color="red" onClick={onSignOut} data-testid="sign-out">
        {t('common:action.sign_out')}
      </Button>
    </Group>
  );
}
