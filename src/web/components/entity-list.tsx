import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** An icon button named by its tooltip's words, e.g. "Remove Ann" or "Attach policy". */
export interface IconAction {
  label: string;
  icon: ReactNode;
  onClick: () => void;
}

/** The icon button beside a section's title that adds to it ("Add member", "Attach policy"). */
export function SectionIconButton({ label, icon, onClick }: IconAction) {
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} color="primary" onClick={onClick}>
        {icon}
      </IconButton>
    </Tooltip>
  );
}

/** One entity in a list: its name (a link to its page when it has one) over a second line. */
export interface EntityListItem {
  /** Unique in the list. */
  key: string;
  name: string;
  /** The entity's page; without it the name is plain text. */
  to?: string;
  /** Chips after the name, e.g. "System". */
  badge?: ReactNode;
  secondary?: string;
  /** The one action at the row's end, e.g. Remove or Detach. */
  action?: IconAction;
}

function EntityName({ item }: { item: EntityListItem }) {
  if (item.to === undefined) return <>{item.name}</>;
  return (
    <Link component={RouterLink} to={item.to}>
      {item.name}
    </Link>
  );
}

/** The users, groups, roles or policies an entity page lists, one a row. */
export function EntityList({ label, items }: { label: string; items: EntityListItem[] }) {
  return (
    <List dense disablePadding aria-label={label}>
      {items.map((item) => (
        <ListItem
          key={item.key}
          divider
          disableGutters
          secondaryAction={
            item.action && (
              <Tooltip title={item.action.label}>
                <IconButton edge="end" aria-label={item.action.label} onClick={item.action.onClick}>
                  {item.action.icon}
                </IconButton>
              </Tooltip>
            )
          }
        >
          <ListItemText
            primary={
              item.badge ? (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <EntityName item={item} />
                  {item.badge}
                </Stack>
              ) : (
                <EntityName item={item} />
              )
            }
            secondary={item.secondary}
            // Room for the action; names, emails and ids are long unbroken words.
            sx={{ pr: item.action ? 5 : 0, overflowWrap: 'anywhere' }}
          />
        </ListItem>
      ))}
    </List>
  );
}

interface TitledEntityListProps {
  /** "Direct", "From roles"; the count follows it. */
  title: string;
  /** Names the list for screen readers, e.g. "Direct policies". */
  label: string;
  items: EntityListItem[];
  /** Said instead of an empty list. */
  empty: string;
}

/** One of two lists side by side in a section: a small heading with the count, then the list. */
export function TitledEntityList({ title, label, items, empty }: TitledEntityListProps) {
  return (
    <Stack spacing={0.5} sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2" component="h3">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <EntityList label={label} items={items} />
      )}
    </Stack>
  );
}

interface DirectAndThroughProps {
  /** "roles", "policies": names the first list for screen readers ("Direct policies"). */
  noun: string;
  direct: EntityListItem[];
  /** What comes through something else: its heading, its name for screen readers, its items. */
  through: { title: string; label: string; items: EntityListItem[] };
  /** Said instead of each list when it is empty. */
  empty: { direct: string; through: string };
}

/** What an entity holds itself beside what comes to it through others (groups, roles). */
export function DirectAndThrough({ noun, direct, through, empty }: DirectAndThroughProps) {
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 2, md: 3 }}>
      <TitledEntityList
        title="Direct"
        label={`Direct ${noun}`}
        items={direct}
        empty={empty.direct}
      />
      <TitledEntityList {...through} empty={empty.through} />
    </Stack>
  );
}
