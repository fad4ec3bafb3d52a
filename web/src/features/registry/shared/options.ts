import type { TFunction } from 'i18next';
import {
  CERTIFICATION_TYPES,
  EDUCATION_LEVELS,
  EXPORT_STATUSES,
  GENDERS,
  LEGAL_FORMS,
  SUBSECTORS,
} from '#core/domain/registry/enums';

export type Option = { value: string; label: string };

const options = (t: TFunction, group: string, values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: t(`registry:enum.${group}.${value}`) }));

/** Select data for the registry's closed lists, labelled in the UI language. */
export const subsectorOptions = (t: TFunction) => options(t, 'subsector', SUBSECTORS);
export const legalFormOptions = (t: TFunction) => options(t, 'legal_form', LEGAL_FORMS);
export const exportStatusOptions = (t: TFunction) => options(t, 'export_status', EXPORT_STATUSES);
export const certificationOptions = (t: TFunction) => options(t, 'certification', CERTIFICATION_TYPES);
export const genderOptions = (t: TFunction) => options(t, 'gender', GENDERS);
export const educationOptions = (t: TFunction) => options(t, 'education', EDUCATION_LEVELS);

/** Data years offered by filters and the snapshot form: the current year and the ten before it. */
export function dataYearOptions(now = new Date()): Option[] {
  const year = now.getFullYear();
  return Array.from({ length: 11 }, (_, i) => String(year - i)).map((y) => ({ value: y, label: y }));
}

/** Label of one enum value, or the raw value when it is not in the catalog (old data). */
export function enumLabel(t: TFunction, group: string, value: string | null | undefined): string {
  if (!value) return '–';
  return t(`registry:enum.${group}.${value}`, { defaultValue: value });
}
