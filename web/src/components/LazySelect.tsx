import { type ComboboxData, type SelectProps, TextInput } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';

// Mantine's Select is generic over its value type; the pages here use strings.
const Select = lazy(() =>
  import('./select.lazy').then((m) => ({ default: m.Select as (props: SelectProps) => React.JSX.Element })),
);

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
