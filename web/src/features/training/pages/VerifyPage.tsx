import { Alert, Badge, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { trainingApi } from '#core/api/training';
import { LoadingState } from '#web/components/States';
import { ApiError } from '#web/lib/api';
import { call } from '#web/lib/client';
import { currentLocale } from '#web/lib/i18n';
import { PublicFrame } from '../components/PublicFrame';
import { dateRange } from '../lib/format';

/** The public check of a certificate: only name, event, dates, issuer, status and signature. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const locale = currentLocale();
  const cert = useQuery({
    queryKey: ['training', 'verify', code],
    queryFn: ({ signal }) => call(trainingApi.verifyCertificate, { params: { code }, signal }),
    retry: false,
  });
  if (cert.isPending)
    return (
      <PublicFrame>
        <LoadingState />
      </PublicFrame>
    );
  if (cert.isError) {
    const unknown = cert.error instanceof ApiError && cert.error.status === 404;
    return (
      <PublicFrame>
        <Alert
          color="red"
          icon={<IconHelpCircle />}
          title={unknown ? t('training:verify.unknownTitle') : t('common:state.error_title')}
        >
          {unknown ? t('training:verify.unknown', { code }) : String(cert.error.message)}
        </Alert>
      </PublicFrame>
    );
  }
  const c = cert.data;
  const valid = c.status === 'valid' && c.signatureValid;
  return (
    <PublicFrame>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <Stack gap="sm">
          <Alert
            color={valid ? 'teal' : 'red'}
            icon={valid ? <IconCircleCheck /> : <IconCircleX />}
            title={
              valid
                ? t('training:verify.validTitle')
                : c.status === 'revoked'
                  ? t('training:verify.revokedTitle')
                  : t('training:verify.badSignatureTitle')
            }
            data-testid="verify-status"
          >
            {valid
              ? t('training:verify.valid')
              : c.status === 'revoked'
                ? t('training:verify.revoked')
                : t('training:verify.badSignature')}
          </Alert>
          <Title order={3}>{c.name}</Title>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>{t('training:verify.code')}</Table.Th>
                <Table.Td ff="monospace">{c.code}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('training:verify.event')}</Table.Th>
                <Table.Td>
                  {c.event.id}
                  <Text size="xs" c="dimmed">
                    {c.event.en}
                  </Text>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('training:verify.dates')}</Table.Th>
                <Table.Td>{dateRange(c.dates.start, c.dates.end, locale)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('training:verify.issuer')}</Table.Th>
                <Table.Td>{c.issuer}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('training:verify.status')}</Table.Th>
                <Table.Td>
                  <Badge color={c.status === 'valid' ? 'teal' : 'red'}>
                    {t(`training:certificate.${c.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('training:verify.signature')}</Table.Th>
                <Table.Td>
                  {c.signatureValid ? t('training:verify.signatureOk') : t('training:verify.signatureBad')}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('training:verify.howTo')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {c.payload}
          </Code>
          <Text size="xs" c="dimmed">
            Ed25519 (base64url): <Code style={{ wordBreak: 'break-all' }}>{c.signature}</Code>
          </Text>
          <Text size="xs">
            <a href="/api/public/certificates/key">{t('training:verify.publicKey')}</a>
          </Text>
        </Stack>
      </Paper>
    </PublicFrame>
  );
}
