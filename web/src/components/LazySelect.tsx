import { type ComboboxData, type ComboboxItem, InputBase, type SelectProps, TextInput } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Suspense } from 'react';
import { lazyOr } from '#web/lib/lazy-or';

// Mantine's Select is generic over its value type; the pages here use strings. Should its chunk
// fail to load (offline after a deploy), the browser's own select stands in (PlainSelect).
const Select = lazyOr(
  () => import('./select.lazy').then((m) => m.Select as (props: SelectProps) => React.JSX.Element),
  PlainSelect,
);

/** Mantine's `data` shapes (strings, options, groups) as the browser's options. */
function options(data: SelectProps['data'] | ComboboxData): React.JSX.Element[] {
  return (data ?? []).map((item) => {
    if (typeof item === 'string')
      return (
        <option key={item} value={item}>
          {item}
        </option>
      );
    if ('group' in item)
      return (
        <optgroup key={String(item.group)} label={String(item.group)}>
          {options(item.items as ComboboxData)}
        </optgroup>
      );
    return (
      <option key={item.value} value={item.value} disabled={item.disabled}>
        {'label' in item && typeof item.label === 'string' ? item.label : item.value}
      </option>
    );
  });
}

/**
 * The browser's own select in the same frame (label, error, size), for when Mantine's cannot be
 * loaded: no search, but every choice can still be made, and cleared when it may be.
 */
function PlainSelect(props: SelectProps) {
  const { data, value, defaultValue, onChange, placeholder, clearable } = props;
  const chosen = value === undefined ? undefined : (value ?? '');
  return (
    <InputBase
      component="select"
      label={props.label}
      description={props.description}
      error={props.error}
      withAsterisk={props.withAsterisk}
      required={props.required}
      disabled={props.disabled}
      size={props.size}
      w={props.w}
      maw={props.maw}
      miw={props.miw}
      style={props.style}
      className={props.className}
      aria-label={props['aria-label']}
      value={chosen}
      defaultValue={chosen === undefined ? (defaultValue ?? '') : undefined}
      onChange={(event: React.ChangeEvent<HTMLSelectElement>) => {
        const next = event.currentTarget.value || null;
        const label = next === null ? '' : labelOf(data, next);
        onChange?.(next, { value: next ?? '', label } as ComboboxItem);
      }}
      rightSection={<IconChevronDown size={16} />}
      rightSectionPointerEvents="none"
    >
      <option value="" disabled={!clearable && value != null}>
        {placeholder ?? ''}
      </option>
      {options(data)}
    </InputBase>
  );
}

/** The label shown for `value` in Mantine's `data` shapes (strings, options, groups). */
function labelOf(data: SelectProps['data'] | ComboboxData, value: string | null | undefined): string {
  if (value == null || !data) return '';
  for (const item of data) {
    if (typeof item === 'string') {
      if (item === value) return item;
    } else if ('group' in item) {
      const found = labelOf(item.items as ComboboxData, value);
      if (found) return found;
    } else if (item.value === value) {
      return 'label' in item && typeof item.label === 'string' ? item.label : item.value;
    }
  }
  return '';
}

/**
 * Mantine's Select, its dropdown machinery (combobox, popover positioning: ~35 KB gzip) loaded
 * after the page's first paint (issue 10: first load under 250 KB). Until it arrives — a moment
 * later — a read-only field with the same label, placeholder, value and size stands in, hidden
 * from assistive technology and tests so that nobody acts on it.
 */
export function LazySelect(props: SelectProps) {
  const {
    label,
    placeholder,
    value,
    defaultValue,
    data,
    size,
    w,
    maw,
    miw,
    style,
    className,
    error,
    disabled,
  } = props;
  const standIn = (
    <TextInput
      readOnly
      tabIndex={-1}
      aria-hidden
      label={label}
      placeholder={placeholder}
      value={labelOf(data, value ?? defaultValue)}
      size={size}
      w={w}
      maw={maw}
      miw={miw}
      style={style}
      className={className}
      error={error}
      disabled={disabled}
      description={props.description}
      withAsterisk={props.withAsterisk}
      rightSection={<IconChevronDown size={16} />}
      rightSectionPointerEvents="none"
    />
  );
  return (
    <Suspense fallback={standIn}>
      <Select {...props} />
    </Suspense>
  );
}
