import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Image,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCamera, IconCurrentLocation, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '#core/domain/monitoring';
import { formatNumber } from '#core/format';
import { NumberText } from '#web/components/NumberText';
import { currentLocale } from '#web/lib/i18n';
import { resizePhoto } from '../lib/photos';

/** A photo as the form holds it: a stored one (with its link) or a new one (data URL). */
export type PhotoValue = { id: string; url: string } | { data: string };

type Props = {
  question: Question;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
};

const labelOf = (q: Question) => q.label[currentLocale()];

function PhotoField({ question, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const photos = (Array.isArray(value) ? value : []) as PhotoValue[];
  const max = question.type === 'photo' ? (question.maxCount ?? 5) : 5;
  const add = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    const added: PhotoValue[] = [];
    for (const file of [...files].slice(0, max - photos.length)) {
      try {
        added.push({ data: await resizePhoto(file) });
      } catch {
        // Not an image the browser can read: the server would refuse it too.
      }
    }
    setBusy(false);
    onChange([...photos, ...added]);
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {labelOf(question)}
        {question.required && (
          <Text span c="red">
            {' '}
            *
          </Text>
        )}
      </Text>
      <SimpleGrid cols={{ base: 3, xs: 5 }} spacing="xs">
        {photos.map((p, i) => (
          <div key={'id' in p ? p.id : `new-${i}`} style={{ position: 'relative' }}>
            <Image src={'url' in p ? p.url : p.data} alt="" radius="sm" h={80} fit="cover" />
            <ActionIcon
              size="sm"
              color="red"
              variant="filled"
              style={{ position: 'absolute', top: 4, right: 4 }}
              aria-label={t('monitoring:ui.form.removePhoto')}
              onClick={() => onChange(photos.filter((_, j) => j !== i))}
            >
              <IconX size={14} />
            </ActionIcon>
          </div>
        ))}
      </SimpleGrid>
      {photos.length < max && (
        <Button
          component="label"
          variant="light"
          leftSection={<IconCamera size={16} />}
          loading={busy}
          w="fit-content"
        >
          {t('monitoring:ui.form.addPhoto')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            onChange={(e) => void add(e.currentTarget.files)}
          />
        </Button>
      )}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function LocationField({ question, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const location = value as { lat: number; lng: number; accuracy?: number } | undefined;
  const locale = currentLocale();
  const take = () => {
    if (!navigator.geolocation) return setState('failed');
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setState('idle');
        onChange({
          lat: Number(p.coords.latitude.toFixed(6)),
          lng: Number(p.coords.longitude.toFixed(6)),
          accuracy: Math.round(p.coords.accuracy),
        });
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {labelOf(question)}
        {question.required && (
          <Text span c="red">
            {' '}
            *
          </Text>
        )}
      </Text>
      {location && (
        <Group gap="xs">
          <Text size="sm">
            {formatNumber(location.lat, locale, 5)}, {formatNumber(location.lng, locale, 5)}
            {location.accuracy !== undefined && ` (±${formatNumber(location.accuracy, locale)} m)`}
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('monitoring:ui.form.clearLocation')}
            onClick={() => onChange(undefined)}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      )}
      <Button
        variant="light"
        leftSection={<IconCurrentLocation size={16} />}
        loading={state === 'busy'}
        onClick={take}
        w="fit-content"
      >
        {t('monitoring:ui.form.takeLocation')}
      </Button>
      {state === 'failed' && (
        <Text size="xs" c="orange">
          {t('monitoring:ui.form.locationFailed')}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** One question of the visit form, by its type. */
export function QuestionField(props: Props) {
  const { question: q, value, error, onChange } = props;
  const locale = currentLocale();
  const label = labelOf(q);
  const description = q.help?.[locale];
  const common = { label, description, error, required: q.required, withAsterisk: q.required };
  switch (q.type) {
    case 'number':
    case 'money':
      return (
        <NumberText
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
          kind={q.type === 'money' ? 'money' : q.integer ? 'integer' : 'decimal'}
          unit={q.type === 'number' && q.unit ? q.unit[locale] : undefined}
        />
      );
    case 'choice':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Group gap="md" mt={4}>
            {q.options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label[locale]} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'multi_choice':
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
        >
          <Stack gap={6} mt={4}>
            {q.options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label[locale]} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'text':
      return q.multiline ? (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxLength={q.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      ) : (
        <TextInput
          {...common}
          maxLength={q.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
        />
      );
    case 'photo':
      return <PhotoField {...props} />;
    case 'location':
      return <LocationField {...props} />;
  }
}
