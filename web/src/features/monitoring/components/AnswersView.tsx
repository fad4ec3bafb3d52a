import { Image, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isShown, type Question } from '#core/domain/monitoring';
import { formatDate, formatNumber, formatRupiah } from '#core/format';
import type { VisitForm } from '#core/schemas/monitoring';
import { currentLocale } from '#web/lib/i18n';

type Value = unknown;

function Shown({ q, value }: { q: Question; value: Value }) {
  const locale = currentLocale();
  if (value === undefined || value === null) return <Text c="dimmed">–</Text>;
  switch (q.type) {
    case 'money':
      return <Text size="sm">{formatRupiah(value as number, locale)}</Text>;
    case 'number':
      return (
        <Text size="sm">
          {formatNumber(value as number, locale)} {q.unit?.[locale] ?? ''}
        </Text>
      );
    case 'choice':
      return (
        <Text size="sm">{q.options.find((o) => o.value === value)?.label[locale] ?? String(value)}</Text>
      );
    case 'multi_choice':
      return (
        <Text size="sm">
          {(value as string[])
            .map((v) => q.options.find((o) => o.value === v)?.label[locale] ?? v)
            .join(', ')}
        </Text>
      );
    case 'date':
      return <Text size="sm">{formatDate(value as string, locale)}</Text>;
    case 'location': {
      const l = value as { lat: number; lng: number };
      return (
        <Text
          size="sm"
          component="a"
          href={`https://www.openstreetmap.org/?mlat=${l.lat}&mlon=${l.lng}#map=17/${l.lat}/${l.lng}`}
          target="_blank"
          rel="noreferrer"
        >
          {formatNumber(l.lat, locale, 5)}, {formatNumber(l.lng, locale, 5)}
        </Text>
      );
    }
    case 'photo':
      return (
        <SimpleGrid cols={3} spacing={4}>
          {(value as ({ url: string } | { data: string })[]).map((p, i) => {
            const src = 'url' in p ? p.url : p.data;
            return (
              <a
                key={src.slice(-40) + String(i)}
                href={'url' in p ? p.url : undefined}
                target="_blank"
                rel="noreferrer"
              >
                <Image src={src} alt="" h={72} fit="cover" radius="sm" />
              </a>
            );
          })}
        </SimpleGrid>
      );
    default:
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {String(value)}
        </Text>
      );
  }
}

/** A visit's answers in the form's order, with the form's labels. */
export function AnswersView({
  questions,
  answers,
}: {
  questions: VisitForm['questions'];
  answers: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qs = (questions as Question[]).filter((q) => isShown(q, answers as never));
  if (qs.length === 0) return <Text c="dimmed">{t('monitoring:ui.visit.noAnswers')}</Text>;
  return (
    <Table verticalSpacing={6} layout="fixed">
      <Table.Tbody>
        {qs.map((q) => (
          <Table.Tr key={q.key}>
            <Table.Td w="45%">
              <Text size="sm" c="dimmed">
                {q.label[locale]}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                <Shown q={q} value={answers[q.key]} />
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
