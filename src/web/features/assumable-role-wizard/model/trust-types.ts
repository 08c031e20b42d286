import { TRUST_TYPES_FOR_ENTITY } from '../../../../shared/iam/trust-lint';
import type { TrustType } from '../../../../shared/schemas/role-trust';
import type { EntityKind } from './wizard-schema';

/** The trust types a kind of entity can use, in the order the field lists them. */
export const trustTypesFor = (kind: EntityKind): readonly TrustType[] =>
  TRUST_TYPES_FOR_ENTITY[kind];

/** `preferred` when the kind can use it, else the kind's first type. */
export function fittingTrustType(kind: EntityKind, preferred: TrustType | undefined): TrustType {
  const types = trustTypesFor(kind);
  return preferred !== undefined && types.includes(preferred) ? preferred : types[0]!;
}
