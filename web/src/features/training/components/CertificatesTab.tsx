import { Alert, Badge, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { trainingApi } from '#core/api/training';
import { formatDate } from '#core/format';
import type { TrainingEvent } from '#core/schemas/training';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { download } from '#web/lib/client';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import {
  useCertificates,
  useIssueCertificates,
  useRegistrations,
  useRevokeCertificate,
} from '../hooks/queries';

export function CertificatesTab({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const certs = useCertificates(event.id);
  const regs = useRegistrations(event.id);
  const issue = useIssueCertificates(event.id);
  const revoke = useRevokeCertificate(event.id);
  if (certs.isPending) return <LoadingState />;
  if (certs.isError) return <ErrorState error={certs.error} />;
  const below = (regs.data?.items ?? []).filter(
    (r) => r.status === 'registered' && !r.meetsRule && !r.certificate,
  );
  const issueAll = () =>
    issue.mutate(
      {},
      {
        onSuccess: (r) =>
          notifications.show({
            color: 'green',
            message: t('training:certificates.issued', {
              count: r.issued,
              skipped: r.skipped.filter((s) => s.reason === 'below_rule').length,
            }),
          }),
        onError: (e) => notifications.show({ color: 'red', message: e.message }),
      },
    );
  const override = (registrationId: string, name: string) => {
    let text = '';
    modals.openConfirmModal({
      title: t('training:certificates.overrideTitle', { name }),
      children: (
        <Textarea
          label={t('training:certificates.reason')}
          onChange={(e) => {
            text = e.currentTarget.value;
          }}
          autosize
          minRows={2}
        />
      ),
      labels: { confirm: t('training:certificates.overrideConfirm'), cancel: t('common:action.cancel') },
      onConfirm: () =>
        issue.mutate(
          { registrationIds: [registrationId], override: { reason: text } },
          { onError: (e) => notifications.show({ color: 'red', message: e.message }) },
        ),
    });
  };
  const reissue = (registrationId: string) =>
    issue.mutate(
      { registrationIds: [registrationId] },
      {
        onSuccess: (r) =>
          notifications.show({
            color: r.issued > 0 ? 'green' : 'orange',
            message:
              r.issued > 0 ? t('training:certificates.reissued') : t('training:certificates.notReissued'),
          }),
        onError: (e) => notifications.show({ color: 'red', message: e.message }),
      },
    );
  const holdsValid = new Set(
    (certs.data?.items ?? []).filter((c) => c.status === 'valid').map((c) => c.registrationId),
  );
  // The dialog keeps its own text: its confirm runs with what was typed in it, not with a value
  // from the render that opened it.
  const askRevoke = (code: string) => {
    let reason = '';
    modals.openConfirmModal({
      title: t('training:certificates.revokeTitle', { code }),
      children: (
        <Textarea
          label={t('training:certificates.reason')}
          onChange={(e) => {
            reason = e.currentTarget.value;
          }}
          autosize
          minRows={2}
        />
      ),
      labels: { confirm: t('training:certificates.revoke'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        revoke.mutate(
          { code, reason },
          { onError: (e) => notifications.show({ color: 'red', message: e.message }) },
        ),
    });
  };
  return (
    <Stack>
      <Alert color="blue">
        {t('training:certificates.rule', { percent: Math.round(event.attendanceRule.minShare * 100) })}
      </Alert>
      <Group>
        {event.permissions.certificates && (
          <Button onClick={issueAll} loading={issue.isPending}>
            {t('training:certificates.issueAll')}
          </Button>
        )}
        {certs.data.items.length > 0 && event.permissions.certificates && (
          <Button
            variant="light"
            onClick={() => void download(trainingApi.certificatesZip, { params: { id: event.id } })}
          >
            {t('training:certificates.zip')}
          </Button>
        )}
      </Group>
      {certs.data.items.length === 0 ? (
        <EmptyState title={t('training:certificates.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Tbody>
              {certs.data.items.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {c.code} · {formatDate(c.issuedAt, locale)}
                    </Text>
                    {c.overrideReason && (
                      <Text size="xs" c="orange">
                        {t('training:certificates.overridden')}: {c.overrideReason}
                      </Text>
                    )}
                    {c.revokedReason && (
                      <Text size="xs" c="red">
                        {c.revokedReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={c.status === 'valid' ? 'teal' : 'red'} variant="light">
                      {t(`training:certificate.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        component="a"
                        href={`/api/certificates/${c.code}.pdf`}
                        target="_blank"
                      >
                        PDF
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        component="a"
                        href={`/verify/${c.code}`}
                        target="_blank"
                      >
                        {t('training:certificates.verify')}
                      </Button>
                      {event.permissions.revoke &&
                        c.status === 'revoked' &&
                        !holdsValid.has(c.registrationId) && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            loading={issue.isPending}
                            onClick={() => reissue(c.registrationId)}
                          >
                            {t('training:certificates.reissue')}
                          </Button>
                        )}
                      {event.permissions.revoke && c.status === 'valid' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => askRevoke(c.code)}
                        >
                          {t('training:certificates.revoke')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {event.permissions.override && below.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('training:certificates.belowRule')}
          </Text>
          {below.map((r) => (
            <Group key={r.id} justify="space-between">
              <Text size="sm">
                {r.name} ({r.attended}/{event.sessions.length})
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => override(r.id, r.name)}>
                {t('training:certificates.override')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
