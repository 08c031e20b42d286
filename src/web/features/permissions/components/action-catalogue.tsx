import TextField from '@mui/material/TextField';
import type { HTMLAttributes, Key } from 'react';
import { TwoLineOption } from '../../../components/two-line-option';
import type { ActionOption } from '../model/simulator';

/**
 * Actions of the catalogue as an Autocomplete offers them: by value, grouped by service, found by
 * their name or their description (case aside), each option with its description under it.
 */
export function actionCatalogue(options: readonly ActionOption[], otherGroup: string) {
  const byValue = new Map(options.map((o) => [o.value, o]));
  const description = (value: string) => byValue.get(value)?.description ?? '';
  return {
    values: options.map((o) => o.value),
    has: (value: string) => byValue.has(value),
    groupBy: (value: string) => byValue.get(value)?.service ?? otherGroup,
    filterOptions: (values: string[], { inputValue }: { inputValue: string }) => {
      const words = inputValue.trim().toLowerCase().split(/\s+/).filter(Boolean);
      return values.filter((v) => {
        const text = `${v} ${description(v)}`.toLowerCase();
        return words.every((w) => text.includes(w));
      });
    },
    renderOption: (
      { key, ...itemProps }: HTMLAttributes<HTMLLIElement> & { key: Key },
      value: string,
    ) => (
      <TwoLineOption
        key={key}
        itemProps={itemProps}
        primary={value}
        secondary={description(value)}
      />
    ),
  };
}

/** The resource a simulation is for: `*` or one resource's id. */
export function ResourceField({
  value,
  onChange,
}: {
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <TextField
      label="Resource"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      helperText="* or one resource’s id"
      sx={{ width: { md: 260 } }}
      slotProps={{ htmlInput: { spellCheck: false } }}
    />
  );
}
