import { createContext, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { TrustType } from '../../../../shared/schemas/role-trust';
import { commitPendingIp, pendingIpMessage } from '../model/pending-ip';
import type { EntityKind } from '../model/wizard-schema';

/** What a kind's entity picker held when the person switched to another kind. */
export interface RememberedEntity {
  entity_id: string;
  trust_type: TrustType;
}

/**
 * What a trust form holds beside its values: the text typed in the IP box but not added yet (kept
 * across steps and tabs, added by Next and Save), and the entity each kind had, so switching the
 * entity type and back brings it back.
 */
export interface TrustDraft {
  pendingIp: string;
  setPendingIp: (text: string) => void;
  /** The text in the IP box as typed, also before the next render shows it in `pendingIp`. */
  pendingIpNow: () => string;
  remembered: (kind: EntityKind) => RememberedEntity | undefined;
  remember: (kind: EntityKind, entity: RememberedEntity) => void;
}

/** A fresh draft, for the component that owns the form (the wizard, a trust dialog). */
export function useTrustDraftState(): TrustDraft {
  const [pendingIp, setPendingState] = useState('');
  const typed = useRef('');
  const memory = useRef(new Map<EntityKind, RememberedEntity>());
  return useMemo(
    () => ({
      pendingIp,
      setPendingIp: (text: string) => {
        typed.current = text;
        setPendingState(text);
      },
      pendingIpNow: () => typed.current,
      remembered: (kind) => memory.current.get(kind),
      remember: (kind, entity) => {
        memory.current.set(kind, entity);
      },
    }),
    [pendingIp],
  );
}

const TrustDraftContext = createContext<TrustDraft | null>(null);

export function TrustDraftProvider({
  draft,
  children,
}: {
  draft: TrustDraft;
  children: ReactNode;
}) {
  return <TrustDraftContext.Provider value={draft}>{children}</TrustDraftContext.Provider>;
}

/** The form's draft; a step used outside any form owner gets one of its own. */
export function useTrustDraft(): TrustDraft {
  const own = useTrustDraftState();
  return useContext(TrustDraftContext) ?? own;
}

/**
 * Adds the text waiting in the IP box to the list, as Next and Save do: `apply` gets the new list
 * (only when something was typed). When the text cannot be added, `refuse` gets the sentence to
 * show and the answer is false: the step or the save stops there.
 */
export function flushPendingIp(
  draft: TrustDraft,
  list: readonly string[],
  apply: (list: string[]) => void,
  refuse: (message: string) => void,
): boolean {
  if (draft.pendingIp.trim() === '') return true;
  const commit = commitPendingIp(draft.pendingIp, list);
  if (!commit.ok) {
    refuse(pendingIpMessage(commit.entry, commit.message));
    return false;
  }
  apply(commit.list);
  draft.setPendingIp('');
  return true;
}
