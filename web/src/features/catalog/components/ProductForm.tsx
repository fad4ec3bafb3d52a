import {
  ActionIcon,
  Autocomplete,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  COMPLIANCE_TOPICS,
  CreateProductBody,
  MARKETS,
  PRODUCT_CATEGORIES,
  type Product,
  TECHNIQUES,
  UpdateProductBody,
} from '#core/schemas/catalog';
import { FormActions } from '#web/components/FormActions';
import { NumberText } from '#web/components/NumberText';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { useBusinessPicker, useHsHeadings, useSaveProduct } from '../hooks/queries';

type Num = number | string;
export type ProductFormValues = {
  businessId: string;
  name: { id: string; en: string };
  description: { id: string; en: string };
  category: string;
  technique: string;
  materials: string[];
  species: string;
  dimensions: { lengthMm: Num; widthMm: Num; heightMm: Num };
  weightG: Num;
  finishes: string[];
  priceIdr: Num;
  priceTiers: { minQuantity: Num; priceIdr: Num }[];
  moq: Num;
  leadTimeDays: Num;
  monthlyCapacity: Num;
  hsCode: string;
  certifications: string[];
  compliance: { market: string; topic: string; note: string }[];
  batchId: string;
};

/** A field left empty is null; text the field could not read stays NaN so validation refuses it. */
const num = (v: Num) =>
  v === '' || v === null || v === undefined ? null : typeof v === 'number' ? v : Number.NaN;

/** The form's values as the API's body (empty optional fields become null). */
export function toBody(v: ProductFormValues, withBusiness: boolean) {
  const dims = {
    lengthMm: num(v.dimensions.lengthMm),
    widthMm: num(v.dimensions.widthMm),
    heightMm: num(v.dimensions.heightMm),
  };
  return {
    ...(withBusiness ? { businessId: v.businessId } : {}),
    name: v.name,
    description: v.description,
    category: v.category,
    technique: v.technique,
    materials: v.materials,
    species: v.species.trim() || null,
    dimensions: Object.values(dims).some((d) => d !== null) ? dims : null,
    weightG: num(v.weightG),
    finishes: v.finishes,
    priceIdr: num(v.priceIdr),
    priceTiers: v.priceTiers.map((t) => ({ minQuantity: num(t.minQuantity), priceIdr: num(t.priceIdr) })),
    moq: num(v.moq),
    leadTimeDays: num(v.leadTimeDays),
    monthlyCapacity: num(v.monthlyCapacity),
    hsCode: v.hsCode.trim() || null,
    certifications: v.certifications,
    compliance: v.compliance,
    batchId: v.batchId.trim() || null,
  };
}

export function valuesOf(p: Product | null, businessId = ''): ProductFormValues {
  return {
    businessId: p?.businessId ?? businessId,
    name: p?.name ?? { id: '', en: '' },
    description: p?.description ?? { id: '', en: '' },
    category: p?.category ?? 'jewellery',
    technique: p?.technique ?? 'electroforming',
    materials: p?.materials ?? [],
    species: p?.species ?? '',
    dimensions: {
      lengthMm: p?.dimensions?.lengthMm ?? '',
      widthMm: p?.dimensions?.widthMm ?? '',
      heightMm: p?.dimensions?.heightMm ?? '',
    },
    weightG: p?.weightG ?? '',
    finishes: p?.finishes ?? [],
    priceIdr: p?.priceIdr ?? '',
    priceTiers: p?.priceTiers ?? [],
    moq: p?.moq ?? 1,
    leadTimeDays: p?.leadTimeDays ?? 14,
    monthlyCapacity: p?.monthlyCapacity ?? '',
    hsCode: p?.hsCode ?? '',
    certifications: p?.certifications ?? [],
    compliance: p?.compliance ?? [],
    batchId: p?.batchId ?? '',
  };
}

export function ProductForm({
  product,
  onSaved,
  onCancel,
}: {
  product: Product | null;
  onSaved: (p: Product) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveProduct();
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const businesses = useBusinessPicker(q);
  const hs = useHsHeadings();
  const isNew = product === null;
  const schema = isNew ? CreateProductBody : UpdateProductBody;
  const form = useForm<ProductFormValues>({
    initialValues: valuesOf(product),
    validate: (values) => zodValidate(schema)(toBody(values, isNew)),
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const saved = await save.mutateAsync({
        id: product?.id,
        body: toBody(values, isNew) as z.input<typeof UpdateProductBody>,
      });
      onSaved(saved);
    } catch (e) {
      setError(applyApiErrors(e, form));
    }
  }, focusFirstInvalid);
  const options = (list: readonly string[], ns: string) =>
    list.map((v) => ({ value: v, label: t(`catalog:${ns}.${v}`) }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {isNew && (
          <Select
            label={t('catalog:ui.form.business')}
            searchable
            required
            searchValue={search}
            onSearchChange={setSearch}
            data={(businesses.data?.items ?? []).map((b) => ({
              value: b.id,
              label: b.district ? `${b.name} · ${b.district}` : b.name,
            }))}
            nothingFoundMessage={t('catalog:ui.form.noBusiness')}
            {...form.getInputProps('businessId')}
          />
        )}
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('catalog:ui.form.texts')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('catalog:ui.form.nameId')} required {...form.getInputProps('name.id')} />
            <TextInput label={t('catalog:ui.form.nameEn')} {...form.getInputProps('name.en')} />
            <Textarea
              label={t('catalog:ui.form.descriptionId')}
              autosize
              minRows={3}
              {...form.getInputProps('description.id')}
            />
            <Textarea
              label={t('catalog:ui.form.descriptionEn')}
              description={t('catalog:ui.form.descriptionEnHelp')}
              autosize
              minRows={3}
              {...form.getInputProps('description.en')}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('catalog:ui.form.product')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('catalog:ui.form.category')}
              data={options(PRODUCT_CATEGORIES, 'category')}
              {...form.getInputProps('category')}
            />
            <Select
              label={t('catalog:ui.form.technique')}
              data={options(TECHNIQUES, 'technique')}
              {...form.getInputProps('technique')}
            />
            <TagsInput label={t('catalog:ui.form.materials')} {...form.getInputProps('materials')} />
            <TextInput
              label={t('catalog:ui.form.species')}
              description={t('catalog:ui.form.speciesHelp')}
              {...form.getInputProps('species')}
            />
            <TagsInput label={t('catalog:ui.form.finishes')} {...form.getInputProps('finishes')} />
            <NumberText label={t('catalog:ui.form.weight')} {...form.getInputProps('weightG')} />
          </SimpleGrid>
          <SimpleGrid cols={3} mt="sm">
            <NumberText label={t('catalog:ui.form.length')} {...form.getInputProps('dimensions.lengthMm')} />
            <NumberText label={t('catalog:ui.form.width')} {...form.getInputProps('dimensions.widthMm')} />
            <NumberText label={t('catalog:ui.form.height')} {...form.getInputProps('dimensions.heightMm')} />
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">
            {t('catalog:ui.form.trade')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberText
              kind="money"
              label={t('catalog:ui.form.price')}
              required
              {...form.getInputProps('priceIdr')}
            />
            <NumberText
              kind="integer"
              label={t('catalog:ui.form.moq')}
              required
              {...form.getInputProps('moq')}
            />
            <NumberText
              kind="integer"
              label={t('catalog:ui.form.leadTime')}
              required
              {...form.getInputProps('leadTimeDays')}
            />
            <NumberText
              kind="integer"
              label={t('catalog:ui.form.capacity')}
              {...form.getInputProps('monthlyCapacity')}
            />
            <Autocomplete
              label={t('catalog:ui.form.hsCode')}
              description={t('catalog:ui.form.hsHelp')}
              data={(hs.data?.items ?? []).map((h) => ({ value: h.code, label: `${h.code} ${h.label}` }))}
              {...form.getInputProps('hsCode')}
            />
            <TagsInput
              label={t('catalog:ui.form.certifications')}
              {...form.getInputProps('certifications')}
            />
            <TextInput
              label={t('catalog:ui.form.batch')}
              description={t('catalog:ui.form.batchHelp')}
              {...form.getInputProps('batchId')}
            />
          </SimpleGrid>
          <Title order={5} mt="md">
            {t('catalog:ui.form.tiers')}
          </Title>
          {form.values.priceTiers.map((_, i) => (
            <Group key={form.key(`priceTiers.${i}`)} align="flex-end" wrap="nowrap" mt="xs">
              <NumberText
                kind="integer"
                label={t('catalog:ui.form.tierQty')}
                {...form.getInputProps(`priceTiers.${i}.minQuantity`)}
              />
              <NumberText
                kind="money"
                label={t('catalog:ui.form.tierPrice')}
                {...form.getInputProps(`priceTiers.${i}.priceIdr`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('common:action.delete')}
                onClick={() => form.removeListItem('priceTiers', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {form.errors.priceTiers && (
            <div style={{ color: 'var(--mantine-color-error)' }}>{form.errors.priceTiers}</div>
          )}
          <Button
            mt="xs"
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('priceTiers', { minQuantity: '', priceIdr: '' })}
          >
            {t('catalog:ui.form.addTier')}
          </Button>
          <Title order={5} mt="md">
            {t('catalog:ui.form.compliance')}
          </Title>
          {form.values.compliance.map((_, i) => (
            <SimpleGrid key={form.key(`compliance.${i}`)} cols={{ base: 1, sm: 3 }} mt="xs">
              <Select
                label={t('catalog:ui.form.market')}
                data={[...MARKETS]}
                {...form.getInputProps(`compliance.${i}.market`)}
              />
              <Select
                label={t('catalog:ui.form.topic')}
                data={options(COMPLIANCE_TOPICS, 'topic')}
                {...form.getInputProps(`compliance.${i}.topic`)}
              />
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('catalog:ui.form.note')}
                  {...form.getInputProps(`compliance.${i}.note`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common:action.delete')}
                  onClick={() => form.removeListItem('compliance', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </SimpleGrid>
          ))}
          <Button
            mt="xs"
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              form.insertListItem('compliance', { market: 'EU', topic: 'nickel_cadmium_lead', note: '' })
            }
          >
            {t('catalog:ui.form.addCompliance')}
          </Button>
        </Card>
        {error && (
          <div role="alert" style={{ color: 'var(--mantine-color-error)' }}>
            {error}
          </div>
        )}
        <FormActions onCancel={onCancel} saving={save.isPending} testId="product-save" />
      </Stack>
    </form>
  );
}
