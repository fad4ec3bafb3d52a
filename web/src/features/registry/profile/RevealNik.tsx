import { ActionIcon, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modals } from '#web/lib/modals';
import { useRevealNik } from '../hooks/businesses';

const SHOW_SECONDS = 20;

/**
 * The masked NIK, and for admins an audited "show" that asks for a reason and hides the
 * number again after a few seconds: long enough to copy it to a form, short enough that it
 * is not left on a screen.
 */
export function RevealNik({
  ownerId,
  masked,
  canReveal,
}: {
  ownerId: string;
  masked: string;
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const reveal = useRevealNik();
  const [shown, setShown] = useState<string | null>(null);
  const [left, setLeft] = useState(0);
  const reason = useRef('');

  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(() => {
      setLeft((s) => {
        if (s <= 1) {
          setShown(null);
          return 0;
        }
        return s - 1;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [shown]);

  const ask = () =>
    modals.openConfirmModal({
      title: t('registry-record:nik.reveal_title'),
      children: (
        <>
          <Text size="sm" mb="sm">
            {t('registry-record:nik.reveal_body')}
          </Text>
          <TextInput
            label={t('registry-record:nik.reveal_reason')}
            placeholder={t('registry-record:nik.reveal_reason_placeholder')}
            onChange={(e) => {
              reason.current = e.currentTarget.value;
            }}
            data-autofocus
          />
        </>
      ),
      labels: { confirm: t('registry-record:nik.reveal_confirm'), cancel: t('common:action.cancel') },
      onConfirm: () =>
        reveal.mutate(
          { ownerId, reason: reason.current.trim() || undefined },
          {
            onSuccess: (data) => {
              setShown(data.nik);
              setLeft(SHOW_SECONDS);
            },
            onError: (error) => notifications.show({ color: 'red', message: (error as Error).message }),
          },
        ),
    });

  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" ff="monospace" data-testid="nik-value">
        {shown ?? masked}
      </Text>
      {shown && (
        <Text size="xs" c="dimmed">
          {t('registry-record:nik.hides_in', { count: left })}
        </Text>
      )}
      {canReveal && (
        <Tooltip label={shown ? t('registry-record:nik.hide') : t('registry-record:nik.reveal')}>
          <ActionIcon
            variant="subtle"
            size="sm"
            loading={reveal.isPending}
            onClick={() => (shown ? setShown(null) : ask())}
            aria-label={shown ? t('registry-record:nik.hide') : t('registry-record:nik.reveal')}
            data-testid="reveal-nik"
          >
            {shown ? <IconEyeOff size={16} /> : <IconEye size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
