import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Ref } from 'react';
import { aliasOf, allTimeZones, utcOffsetLabel, zoneSearchText } from '../model/time-zones';

interface TimezoneFieldProps {
  label: string;
  /** The form's field (a `useController` field fits). */
  field: {
    name: string;
    value: string;
    onChange: (zone: string) => void;
    onBlur: () => void;
    ref: Ref<HTMLInputElement>;
  };
  error?: string;
  helperText?: string;
}

let cached: { hour: number; zones: string[]; offsets: Map<string, string> } | null = null;

/** The zones with their offsets now; worked out once an hour, as 400 zones take a moment. */
function zoneList(current: string) {
  const now = new Date();
  const hour = Math.floor(now.getTime() / 3_600_000);
  if (cached?.hour !== hour) {
    const zones = allTimeZones();
    cached = { hour, zones, offsets: new Map(zones.map((z) => [z, utcOffsetLabel(z, now)])) };
  }
  if (cached.zones.includes(current)) return cached;
  const offsets = new Map(cached.offsets).set(current, utcOffsetLabel(current, now));
  return { hour, zones: [...cached.zones, current], offsets };
}

/**
 * Every IANA zone by its current name (`Asia/Kolkata`), searchable by name (spaces for
 * underscores), by an old name (`Calcutta`) or by offset, each shown with its current UTC offset.
 * A value spelled the old way (as a stored trust may have it) stays selected, shown as an alias.
 * Never empty: the schedule always has a zone.
 */
export function TimezoneField(props: TimezoneFieldProps) {
  const { label, error, helperText } = props;
  const { name, value, onChange, onBlur, ref: inputRef } = props.field;
  // Offsets as of opening the step; they change only at a DST switch.
  const [{ zones, offsets }] = useState(() => zoneList(value));
  const filterOptions = useMemo(
    () =>
      createFilterOptions<string>({
        stringify: (zone) => zoneSearchText(zone, offsets.get(zone) ?? ''),
      }),
    [offsets],
  );
  const labelOf = (zone: string) => {
    const offset = offsets.get(zone) ?? utcOffsetLabel(zone, new Date());
    const alias = aliasOf(zone);
    const name = alias ? `${zone}, alias of ${alias}` : zone;
    return offset && zone !== 'UTC' ? `${name} (${offset})` : name;
  };
  return (
    <Autocomplete
      options={zones}
      value={value}
      disableClearable
      onChange={(_e, zone) => onChange(zone)}
      onBlur={onBlur}
      getOptionLabel={labelOf}
      filterOptions={filterOptions}
      autoHighlight
      noOptionsText="No time zone matches"
      renderOption={({ key, ...itemProps }, zone) => (
        <Box component="li" key={key} {...itemProps}>
          <Box sx={{ display: 'flex', width: '100%', gap: 2, justifyContent: 'space-between' }}>
            <Typography variant="body2">
              {zone}
              {aliasOf(zone) && (
                <Typography component="span" variant="body2" color="text.secondary">
                  {`, alias of ${aliasOf(zone)}`}
                </Typography>
              )}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ flexShrink: 0 }}>
              {offsets.get(zone)}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          name={name}
          label={label}
          error={error !== undefined}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}
