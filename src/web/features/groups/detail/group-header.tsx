import EditIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Group } from '../../../../shared/schemas/group';
import { CopyButton } from '../../../components/copy-button';
import { absoluteTime, relativeTime } from '../../../lib/dates';
import { DeleteGroupButton } from './delete-group-button';
import { GroupEditForm } from './group-edit-form';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ pt: 0.25 }}>
        {term}
      </Typography>
      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}

/** Name and description (Edit turns them into a form), the delete action, id and creation time. */
export function GroupHeader({ group }: { group: Group }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Focus goes back to Edit when the form closes, as it would for a dialog.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        sx={{ gap: 2, justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}
      >
        <Stack spacing={1} sx={{ minWidth: 0, flex: 1 }}>
          <Typography
            variant="h5"
            component="h1"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {editing ? `Edit group ${group.display_name}` : group.display_name}
          </Typography>
          {editing ? (
            <GroupEditForm group={group} onDone={() => setEditing(false)} />
          ) : (
            <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {group.description || 'No description.'}
            </Typography>
          )}
        </Stack>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>
          <Button
            ref={editButton}
            variant="outlined"
            startIcon={<EditIcon />}
            aria-label="Edit group"
            onClick={() => setEditing(true)}
            disabled={editing}
          >
            Edit
          </Button>
          <DeleteGroupButton group={group} />
        </Stack>
      </Stack>
      <Divider sx={{ my: 2 }} />
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 3,
          rowGap: { xs: 0.25, sm: 1 },
          '& dd': { mb: { xs: 1, sm: 0 } },
        }}
      >
        <Fact term="ID">
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
            <Typography
              variant="body2"
              sx={{ fontFamily: 'monospace', wordBreak: 'break-all', pt: 0.25 }}
            >
              {group.id}
            </Typography>
            <CopyButton value={group.id} label="Copy group ID" />
          </Stack>
        </Fact>
        <Fact term="Created">
          <Typography variant="body2" sx={{ pt: 0.25 }}>
            {absoluteTime(group.date_created)} ({relativeTime(group.date_created)})
          </Typography>
        </Fact>
      </Box>
    </Paper>
  );
}
