import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

export interface AccessItem {
  id: string;
  name: string;
  description: string;
  /** Where the name links to, e.g. /roles/<id>. */
  to: string;
  /** A chip or two after the name. */
  badge?: ReactNode;
}

interface AccessListProps {
  /** "Direct", "Inherited". */
  title: string;
  /** Names the list for screen readers, e.g. "Direct roles". */
  label: string;
  items: AccessItem[];
  empty: string;
}

function AccessList({ title, label, items, empty }: AccessListProps) {
  return (
    <Stack spacing={0.5} sx={{ minWidth: 0, flex: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding aria-label={label}>
          {items.map((item) => (
            <ListItem key={item.id} divider disableGutters>
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Link component={RouterLink} to={item.to} sx={{ overflowWrap: 'anywhere' }}>
                      {item.name}
                    </Link>
                    {item.badge}
                  </Stack>
                }
                secondary={item.description || 'No description.'}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}

interface DirectAndInheritedProps {
  /** "roles", "policies". */
  noun: string;
  /** False when the API sent one flat list: then only `all` is known. */
  split: boolean;
  all: AccessItem[];
  direct: AccessItem[];
  inherited: AccessItem[];
  directEmpty: string;
  inheritedEmpty: string;
  /** When the API does not split the list: "No roles." */
  allEmpty: string;
}

/**
 * What a user holds itself and what comes to it through groups (and roles), side by side; or,
 * when the API sends one list without saying where each item comes from, that list as "All".
 */
export function DirectAndInherited(props: DirectAndInheritedProps) {
  if (!props.split) {
    return (
      <Stack spacing={1}>
        <Typography variant="body2" color="text.secondary">
          The API lists the user&apos;s {props.noun} in one list and does not say which are given
          directly and which come through groups.
        </Typography>
        <AccessList
          title="All"
          label={`All ${props.noun}`}
          items={props.all}
          empty={props.allEmpty}
        />
      </Stack>
    );
  }
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 2, md: 3 }}>
      <AccessList
        title="Direct"
        label={`Direct ${props.noun}`}
        items={props.direct}
        empty={props.directEmpty}
      />
      <AccessList
        title="Inherited"
        label={`Inherited ${props.noun}`}
        items={props.inherited}
        empty={props.inheritedEmpty}
      />
    </Stack>
  );
}
