import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { DirectAndThrough, TitledEntityList } from '../../../components/entity-list';
import type { EntityListItem } from '../../../components/entity-list';
import { QuerySection } from '../../../components/query-section';
import type { QueryLike } from '../../../components/query-state';

/** A user's roles or policies as the API sends them: `split: false` when only `all` is known. */
interface Sourced<T> {
  split: boolean;
  all: T[];
  direct: T[];
  inherited: T[];
}

interface AccessSectionProps<T> {
  title: string;
  /** "roles", "policies". */
  noun: string;
  query: QueryLike<Sourced<T>>;
  item: (entity: T) => EntityListItem;
  /** Said instead of each list when it is empty. */
  empty: { all: string; direct: string; inherited: string };
  /** A sentence above the lists. */
  intro?: ReactNode;
}

/**
 * What a user holds itself and what comes to it through groups (and roles), side by side; or,
 * when the API sends one list without saying where each item comes from, that list as "All".
 */
export function AccessSection<T>({
  title,
  noun,
  query,
  item,
  empty,
  intro,
}: AccessSectionProps<T>) {
  return (
    <QuerySection title={title} query={query} what={`the user's ${noun}`}>
      {(sets) => (
        <>
          {intro}
          {sets.split ? (
            <DirectAndThrough
              noun={noun}
              direct={sets.direct.map(item)}
              through={{
                title: 'Inherited',
                label: `Inherited ${noun}`,
                items: sets.inherited.map(item),
              }}
              empty={{ direct: empty.direct, through: empty.inherited }}
            />
          ) : (
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary">
                The API lists the user&apos;s {noun} in one list and does not say which are given
                directly and which come through groups.
              </Typography>
              <TitledEntityList
                title="All"
                label={`All ${noun}`}
                items={sets.all.map(item)}
                empty={empty.all}
              />
            </Stack>
          )}
        </>
      )}
    </QuerySection>
  );
}
