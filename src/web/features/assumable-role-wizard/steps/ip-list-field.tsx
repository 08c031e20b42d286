import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { wizardQueries } from '../api/wizard-queries';
import { checkIpEntry, splitEntries } from '../model/ip-entry';
import type { TrustFormInput } from '../model/wizard-schema';

const LABEL = 'IP address or CIDR range';

interface Feedback {
  error: boolean;
  text: string;
}

/**
 * The allow-list as chips. Typing is checked as it goes (invalid, duplicate, overlapping);
 * Enter, a comma or Add puts the entry in; Add my IP adds the address the server sees.
 */
export function IpListField() {
  const { control } = useFormContext<TrustFormInput>();
  const { field, fieldState } = useController({ control, name: 'ip_address' });
  const list = field.value;
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [looking, setLooking] = useState(false);
  const queryClient = useQueryClient();
  const hintId = useId();

  /** Adds every entry of `raw` that passes; keeps the first refused one in the box, with why. */
  const add = (raw: string): boolean => {
    let next = [...list];
    const added: string[] = [];
    for (const entry of splitEntries(raw)) {
      const check = checkIpEntry(entry, next);
      if (!check.ok) {
        field.onChange(next);
        setText(entry);
        setFeedback({ error: true, text: check.message });
        return false;
      }
      next = [...next, check.normalized];
      added.push(check.note ?? `Added ${check.normalized}.`);
    }
    field.onChange(next);
    setText('');
    setFeedback(added.length > 0 ? { error: false, text: added.join(' ') } : null);
    return true;
  };

  const onType = (value: string) => {
    if (value.includes(',')) {
      add(value);
      return;
    }
    setText(value);
    const entry = value.trim();
    if (entry === '') return setFeedback(null);
    const check = checkIpEntry(entry, list);
    setFeedback(
      check.ok
        ? { error: false, text: `Press Enter to add ${check.normalized}.` }
        : { error: true, text: check.message },
    );
  };

  const addMyIp = async () => {
    setLooking(true);
    try {
      const { ip } = await queryClient.fetchQuery(wizardQueries.clientAddress());
      add(ip);
    } catch (error) {
      setFeedback({
        error: true,
        text: `Could not find your address: ${(error as Error).message}`,
      });
    } finally {
      setLooking(false);
    }
  };

  const remove = (entry: string) => {
    field.onChange(list.filter((e) => e !== entry));
    setFeedback({ error: false, text: `Removed ${entry}.` });
  };

  const listError = fieldState.error?.message;
  return (
    <Stack spacing={1.5} sx={{ maxWidth: 720 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={LABEL}
          name={field.name}
          inputRef={field.ref}
          value={text}
          onChange={(e) => onType(e.target.value)}
          onBlur={field.onBlur}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // Enter adds the entry; it must not submit the form.
              e.preventDefault();
              if (text.trim() !== '') add(text);
            }
          }}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text');
            if (splitEntries(pasted).length > 1) {
              e.preventDefault();
              add(pasted);
            }
          }}
          placeholder="203.0.113.0/24, 2001:db8::/32"
          error={feedback?.error ?? false}
          helperText={
            <span aria-live="polite">
              {feedback?.text ?? 'Enter or a comma adds it. IPv4 or IPv6, one address or a range.'}
            </span>
          }
          fullWidth
          autoComplete="off"
        />
        <Stack direction="row" spacing={1} sx={{ pt: { sm: 1 }, flexShrink: 0 }}>
          <Button variant="outlined" onClick={() => add(text)} disabled={text.trim() === ''}>
            Add
          </Button>
          <Button onClick={() => void addMyIp()} loading={looking}>
            Add my IP
          </Button>
        </Stack>
      </Stack>
      {listError && (
        <Box role="alert" sx={{ color: 'error.main', typography: 'body2' }}>
          {listError}
        </Box>
      )}
      <Box aria-live="polite" sx={{ typography: 'body2' }}>
        {list.length === 0
          ? 'No restrictions: the role can be assumed from any IP address.'
          : `Only callers from ${list.length === 1 ? 'this address or range' : `these ${list.length} addresses and ranges`} can assume the role.`}
        {list.length > 0 && (
          <Box component="span" id={hintId} sx={{ color: 'text.secondary' }}>
            {' '}
            Remove an entry with its ✕, or focus it and press Delete.
          </Box>
        )}
      </Box>
      {list.length > 0 && (
        <Stack
          component="ul"
          aria-label="Allowed IP addresses"
          direction="row"
          sx={{ gap: 1, flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }}
        >
          {list.map((entry) => (
            <li key={entry}>
              <Chip
                label={entry}
                onDelete={() => remove(entry)}
                aria-describedby={hintId}
                sx={{ fontFamily: 'monospace' }}
              />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
