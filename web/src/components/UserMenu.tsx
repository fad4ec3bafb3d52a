import { Badge, Menu, Text } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInUser } from '#web/app/session';
import { UserButton } from './UserButton';

/** The account menu: who is signed in, their profile, sign out. */
export function UserMenu({ defaultOpened, onSignOut }: { defaultOpened: boolean; onSignOut: () => void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Menu position="bottom-end" width={230} defaultOpened={defaultOpened}>
      <Menu.Target>
        <UserButton />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} truncate>
            {user.name}
          </Text>
          <Badge size="xs" variant="light" mt={4}>
            {t(`common:role.${user.role}`)}
          </Badge>
        </Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} />}>
          {t('common:nav.profile')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={onSignOut}
          data-testid="sign-out"
        >
          {t('common:action.sign_out')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
