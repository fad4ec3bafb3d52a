import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconLockOpen, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { User } from '#core/schemas/users';
import { currentLocale } from '#web/lib/i18n';

type Props = {
  items: User[];
  kecamatanName: (code: string) => string;
  onEdit: (user: User) => void;
  onUnlock: (user: User) => void;
  /** The account whose sign-in is being unlocked, if any. */
  unlocking: string | null;
};

/** "Sign-in locked until …" while repeated failures keep the account out. */
export function LockNote({ user }: { user: User }) {
  const { t } = useTranslation();
  if (!user.signInLockedUntil) return null;
  return (
    <Text size="xs" c="red" mt={4}>
      {t('users:lock.locked', { time: formatDateTime(user.signInLockedUntil, currentLocale()) })}
    </Text>
  );
}

export function RoleBadges({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Badge variant="light" color={user.role === 'admin' ? 'copper' : 'gray'}>
        {t(`common:role.${user.role}`)}
      </Badge>
      {!user.active && (
        <Badge color="red" variant="outline">
          {t('users:status.inactive')}
        </Badge>
      )}
    </Group>
  );
}

/** Phones: one card per account with its edit button in reach, nothing wider than the screen. */
export function UserCards({ items, kecamatanName, onEdit, onUnlock, unlocking }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs" p="xs" data-testid="user-cards">
      {items.map((u) => (
        <Card key={u.id} padding="sm" withBorder opacity={u.active ? 1 : 0.7}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Text fw={600} lineClamp={2}>
                {u.name}
              </Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {u.email}
              </Text>
              <RoleBadges user={u} />
              <LockNote user={u} />
              {u.kecamatanCodes.length > 0 && (
                <Group gap={4} wrap="nowrap">
                  <IconMapPin size={14} style={{ flexShrink: 0 }} />
                  <Text size="sm" c="dimmed">
                    {u.kecamatanCodes.map(kecamatanName).join(', ')}
                  </Text>
                </Group>
              )}
              <Text size="xs" c="dimmed">
                {t('users:field.last_login')}: {formatDateTime(u.lastLoginAt, locale)}
              </Text>
            </Stack>
            <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
              <Button
                size="xs"
                variant="light"
                onClick={() => onEdit(u)}
                aria-label={`${t('common:action.edit')} ${u.name}`}
              >
                {t('common:action.edit')}
              </Button>
              {u.signInLockedUntil && (
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  leftSection={<IconLockOpen size={14} />}
                  loading={unlocking === u.id}
                  onClick={() => onUnlock(u)}
                >
                  {t('users:lock.unlock')}
                </Button>
              )}
            </Stack>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
