import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { consoleQueries } from '../../../lib/console-queries';
import { useTrustDraft } from '../components/trust-draft';
import { checkIpEntry, splitEntries } from '../model/ip-entry';
import { commitPendingIp, invalidEntries } from '../model/pending-ip';
import type { TrustFormInput } from '../model/wizard-schema';

const LABEL = 'IP address or CIDR range';
const HINT = 'Enter or a comma adds it. IPv4 or IPv6, one address or a range.';

interface Feedback {
  error: boolean;
  text: string;
}

/** What the box says about the text in it: why it cannot be added, or that Enter adds it. */
function typedFeedback(text: string, list: readonly string[]): Feedback | null {
  const entries = splitEntries(text);
  if (entries.length === 0) return null;
  if (entries.length === 1) {
    const check = checkIpEntry(entries[0]!, list);
    return check.ok
      ? { error: false, text: `Press Enter to add ${check.normalized}.` }
      : { error: true, text: check.message };
  }
  const commit = commitPendingIp(text, list);
  return commit.ok
    ? { error: false, text: `Press Enter to add ${commit.added.join(', ')}.` }
    : { error: true, text: commit.message };
}

/**
 * The allow-list as chips. Typing is checked as it goes (invalid, duplicate, overlapping);
 * Enter, a comma or Add puts the entry in; Add my IP adds the address the server sees. Text left
 * in the box is the form's draft: Next and Save add it, or stop and say why it cannot be added.
 * An entry the API would refuse (a trust read back may hold one) is marked with the reason.
 */
export function IpListField() {
  const { control, clearErrors } = useFormContext<TrustFormInput>();
  const { field, fieldState } = useController({ control, name: 'ip_address' });
  const list = field.value;
  const draft = useTrustDraft();
  const text = draft.pendingIp;
  // What the last add or remove did ("Added as …"), shown while the box is empty.
  const [note, setNote] = useState<Feedback | null>(null);
  const [looking, setLooking] = useState(false);
  const queryClient = useQueryClient();
  const hintId = useId();
  const problemsId = useId();
  const problems = invalidEntries(list);

  const setText = (value: string) => {
    draft.setPendingIp(value);
    // A blocked Next or Save said what to fix in the box; typing is the fix under way.
    if (fieldState.error?.type === 'pending') clearErrors('ip_address');
  };

  /** Adds every entry of `raw` that passes; keeps the first refused one in the box, with why. */
  const add = (raw: string): boolean => {
    let next = [...list];
    const added: string[] = [];
    const entries = splitEntries(raw);
    for (const [i, entry] of entries.entries()) {
      const check = checkIpEntry(entry, next);
      if (!check.ok) {
        field.onChange(next);
        // The refused entry stays in the box with the ones after it, nothing typed is lost.
        setText(entries.slice(i).join(', '));
        return false;
      }
      next = [...next, check.normalized];
      added.push(check.note ?? `Added ${check.normalized}.`);
    }
    field.onChange(next);
    setText('');
    setNote(added.length > 0 ? { error: false, text: added.join(' ') } : null);
    return true;
  };

  const onType = (value: string) => {
    if (value.includes(',')) {
      add(value);
      return;
    }
    setNote(null);
    setText(value);
  };

  const addMyIp = async () => {
    setLooking(true);
    try {
      const ip = await queryClient.fetchQuery(consoleQueries.clientAddress());
      add(ip);
    } catch (error) {
      setNote({ error: true, text: `Could not find your address: ${(error as Error).message}` });
    } finally {
      setLooking(false);
    }
  };

  const remove = (index: number) => {
    const entry = list[index];
    field.onChange(list.filter((_e, i) => i !== index));
    setNote({ error: false, text: `Removed ${entry}.` });
  };

  const feedback = typedFeedback(text, list) ?? note;
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
          helperText={<span aria-live="polite">{feedback?.text ?? HINT}</span>}
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
        {text.trim() !== '' && list.length === 0
          ? 'Nothing added yet: the entry typed in the box is added when you move on or save.'
          : list.length === 0
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
          {list.map((entry, i) => {
            const problem = problems.get(i);
            return (
              <li key={`${i}-${entry}`}>
                <Chip
                  label={entry}
                  onDelete={() => remove(i)}
                  color={problem ? 'error' : 'default'}
                  variant={problem ? 'outlined' : 'filled'}
                  icon={problem ? <ErrorIcon /> : undefined}
                  aria-describedby={problem ? `${problemsId}-${i} ${hintId}` : hintId}
                  sx={{ fontFamily: 'monospace' }}
                />
              </li>
            );
          })}
        </Stack>
      )}
      {problems.size > 0 && (
        <Box component="ul" aria-label="Entries to fix" sx={{ m: 0, pl: 2.5 }}>
          {[...problems].map(([i, reason]) => (
            <Box
              component="li"
              key={i}
              id={`${problemsId}-${i}`}
              sx={{ color: 'error.main', typography: 'body2' }}
            >
              {list[i]}: {reason} Remove it and add the range it should be.
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}
