import type { ReactNode, Ref } from 'react';
import { QueryView } from './query-state';
import type { QueryViewProps } from './query-state';
import { SectionCard } from './section-card';

type QuerySectionProps<T> = QueryViewProps<T> & {
  title: string;
  /** A button or two beside the title. */
  action?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Below what the query shows, e.g. the dialogs the section's buttons open. */
  after?: ReactNode;
};

/** A section of a page that shows one read: its heading, then loading, error, empty or the data. */
export function QuerySection<T>({
  title,
  action,
  headingRef,
  after,
  ...view
}: QuerySectionProps<T>) {
  return (
    <SectionCard title={title} action={action} headingRef={headingRef}>
      <QueryView {...view} />
      {after}
    </SectionCard>
  );
}
