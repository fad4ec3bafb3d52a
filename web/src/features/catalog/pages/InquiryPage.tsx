import { Alert, Card, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime, formatNumber } from '#core/format';
import { INQUIRY_STATUSES, type Inquiry, type InquiryStatus, ReplyBody } from '#core/schemas/catalog';
import { FormActions } from '#web/components/FormActions';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { InquiryStatusBadge } from '../components/StatusBadge';
import { useInquiry, useReply, useSetInquiryStatus } from '../hooks/queries';

function ReplyForm({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const reply = useReply(inquiry.id);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ message: string; status: InquiryStatus | '' }>({
    initialValues: { message: '', status: '' },
    validate: (v) =>
      zodValidate(ReplyBody)({ message: v.message, ...(v.status ? { status: v.status } : {}) }),
  });
  return (
    <form
      onSubmit={form.onSubmit(async (v) => {
        setError(null);
        try {
          await reply.mutateAsync({ message: v.message, ...(v.status ? { status: v.status } : {}) });
          form.reset();
        } catch (e) {
          setError(applyApiErrors(e, form));
        }
      }, focusFirstInvalid)}
    >
      <Stack gap="xs">
        <Textarea
          label={t('catalog:ui.inquiries.reply')}
          description={t('catalog:ui.inquiries.replyHelp')}
          rows={4}
          {...form.getInputProps('message')}
        />
        <Select
          label={t('catalog:ui.inquiries.moveTo')}
          clearable
          data={INQUIRY_STATUSES.filter((s) => s !== 'new').map((s) => ({
            value: s,
            label: t(`catalog:ui.inquiryStatus.${s}`),
          }))}
          {...form.getInputProps('status')}
        />
        {error && <Alert color="red">{error}</Alert>}
        <FormActions onCancel={() => form.reset()} saving={reply.isPending} testId="reply-send" />
      </Stack>
    </form>
  );
}

export function InquiryPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const inquiry = useInquiry(id);
  const setStatus = useSetInquiryStatus(id ?? '');
  const locale = currentLocale();
  return (
    <QueryView query={inquiry}>
      {(i) => (
        <>
          <PageHeader
            title={i.productName}
            description={`${i.businessName} · ${i.buyerName}${i.buyerCompany ? ` (${i.buyerCompany})` : ''}`}
          />
          <Stack gap="md">
            <Card withBorder>
              <Group justify="space-between">
                <Stack gap={2}>
                  <Text size="sm">
                    {t('catalog:ui.inquiries.quantity', { count: i.quantity })} · {i.country}
                    {i.targetPrice
                      ? ` · ${t('catalog:ui.inquiries.target', { price: `${formatNumber(i.targetPrice, locale)} ${i.targetCurrency ?? ''}` })}`
                      : ''}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {i.buyerEmail}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <InquiryStatusBadge status={i.status} />
                  {i.permissions.reply && (
                    <Select
                      size="xs"
                      aria-label={t('catalog:ui.inquiries.moveTo')}
                      value={i.status}
                      onChange={(v) => v && setStatus.mutate(v as InquiryStatus)}
                      data={INQUIRY_STATUSES.map((s) => ({
                        value: s,
                        label: t(`catalog:ui.inquiryStatus.${s}`),
                      }))}
                    />
                  )}
                </Group>
              </Group>
            </Card>
            {i.messages.map((m) => (
              <Paper
                key={m.id}
                withBorder
                p="sm"
                bg={m.author === 'staff' ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Text size="xs" c="dimmed">
                  {m.authorName} · {formatDateTime(m.createdAt, locale)}
                  {m.author === 'staff' &&
                    (m.mailedAt
                      ? ` · ${t('catalog:ui.inquiries.mailed')}`
                      : ` · ${t('catalog:ui.inquiries.notMailed')}`)}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
              </Paper>
            ))}
            {i.permissions.reply && (
              <Card withBorder>
                <ReplyForm inquiry={i} />
              </Card>
            )}
            <Text size="sm">
              <a
                href="/inquiries"
                onClick={(e) => {
                  e.preventDefault();
                  navigate('/inquiries');
                }}
              >
                ← {t('catalog:ui.inquiries.title')}
              </a>
            </Text>
          </Stack>
        </>
      )}
    </QueryView>
  );
}
