import AddIcon from '@mui/icons-material/Add';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useConfirmTarget } from '../lib/use-confirm-target';
import { ConfirmDialog } from './confirm-dialog';
import { EntityList, SectionIconButton } from './entity-list';
import type { EntityListItem } from './entity-list';
import { QuerySection } from './query-section';
import type { QueryLike } from './query-state';

/** What the section hands the dialog its Add button opens. */
export interface PickerState {
  open: boolean;
  onClose: () => void;
  /** The dialog's name: the Add button's label. */
  title: string;
  /** The keys of the rows listed: not offered again. */
  held: ReadonlySet<string>;
}

/** The rows: where they come from and how each reads. */
export interface ListedRows<T> {
  query: QueryLike<T[]>;
  /** What the read was for, in its messages: "the group's roles". */
  what: string;
  /** Said instead of an empty list. */
  empty: string;
  /** Names the list for screen readers. */
  label: string;
  /** One row; its key is what `PickerState.held` holds. */
  item: (row: T) => Omit<EntityListItem, 'action'>;
  /** Shown while the rows load, instead of the skeleton. */
  loading?: ReactNode;
}

/** Each row's button, and the question it asks first. */
export interface RowRemoval<T> {
  /** "Remove" (a membership) or "Detach" (an attachment): the confirming button's word. */
  verb: 'Remove' | 'Detach';
  /** The row's button; by default the verb and the row's name ("Remove Ann Lee"). */
  label?: (row: T) => string;
  /** The question, e.g. "Remove Ann Lee from On-call?". */
  question: (row: T) => string;
  /** What the removal costs, under the question. */
  consequence: (row: T) => ReactNode;
  run: (row: T) => void;
}

const ROW_ICONS = { Remove: <RemoveIcon />, Detach: <LinkOffIcon /> };

interface EditableListSectionProps<T> {
  title: string;
  /** The button beside the title ("Add member"), and the dialog it opens. */
  add: { label: string; icon?: ReactNode; dialog: (state: PickerState) => ReactNode };
  list: ListedRows<T>;
  remove: RowRemoval<T>;
}

/**
 * A section of an entity page listing what the entity holds or is attached to: one more is added
 * through a dialog, and each row removes its own after a confirming question.
 */
export function EditableListSection<T>({ title, add, list, remove }: EditableListSectionProps<T>) {
  const [adding, setAdding] = useState(false);
  const removing = useConfirmTarget<T>();
  const held = new Set(list.query.data?.map((row) => list.item(row).key));
  const target = removing.target;
  return (
    <QuerySection
      title={title}
      action={
        <SectionIconButton
          label={add.label}
          icon={add.icon ?? <AddIcon />}
          onClick={() => setAdding(true)}
        />
      }
      query={list.query}
      what={list.what}
      empty={list.empty}
      loading={list.loading}
      after={
        <>
          {add.dialog({ open: adding, onClose: () => setAdding(false), title: add.label, held })}
          <ConfirmDialog
            title={target === null ? '' : remove.question(target)}
            confirmLabel={remove.verb}
            destructive
            {...removing.dialog(remove.run)}
          >
            {target !== null && remove.consequence(target)}
          </ConfirmDialog>
        </>
      }
    >
      {(rows) => (
        <EntityList
          label={list.label}
          items={rows.map((row) => {
            const item = list.item(row);
            return {
              ...item,
              action: {
                label: remove.label?.(row) ?? `${remove.verb} ${item.name}`,
                icon: ROW_ICONS[remove.verb],
                onClick: () => removing.ask(row),
              },
            };
          })}
        />
      )}
    </QuerySection>
  );
}
