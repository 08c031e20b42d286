import { describe, expect, it } from 'vitest';
import {
  POLICY_VERSION,
  describePolicyInputError,
  policyDocumentSchema,
  policyFieldPath,
  policyInputSchema,
} from './policy';

const message = (input: unknown) => {
  const r = policyInputSchema.safeParse(input);
  return r.success ? null : describePolicyInputError(r.error, input);
};

describe('policyDocumentSchema (reader)', () => {
  it('accepts string or array Action/Resource and emits arrays, even for unknown actions', () => {
    expect(
      policyDocumentSchema.parse({
        Statement: [{ Effect: 'Allow', Action: 'future.thing.Do', Resource: 'r-1' }],
      }),
    ).toEqual({
      Version: POLICY_VERSION,
      Statement: [{ Effect: 'Allow', Action: ['future.thing.Do'], Resource: ['r-1'] }],
    });
  });
});

describe('policyInputSchema (writer)', () => {
  it('trims the name, defaults description and Version, turns strings into arrays', () => {
    expect(
      policyInputSchema.parse({
        name: ' Ops ',
        policy_document: { Statement: [{ Effect: 'Deny', Action: 'iam.*', Resource: ' * ' }] },
      }),
    ).toEqual({
      name: 'Ops',
      description: '',
      policy_document: {
        Version: POLICY_VERSION,
        Statement: [{ Effect: 'Deny', Action: ['iam.*'], Resource: ['*'] }],
      },
    });
  });

  it.each([
    [
      { name: 'a', policy_document: { Statement: [] } },
      'policy_document.Statement must contain at least one statement',
    ],
    [
      {
        name: 'a',
        policy_document: {
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*' },
            { Effect: 'Allow', Action: ['compute.*', 'compute.instanse.Create'], Resource: '*' },
          ],
        },
      },
      'policy_document.Statement[1].Action[1] "compute.instanse.Create" is not a known action',
    ],
    [
      { name: 'a', policy_document: { Statement: [{ Action: '*', Resource: '*' }] } },
      'policy_document.Statement[0].Effect is required',
    ],
    [{ name: '', policy_document: {} }, 'name must be between 1 and 100 characters'],
    [
      {
        name: 'a',
        policy_document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        description: 1,
      },
      'description must be a string',
    ],
  ])('describes %j', (input, expected) => {
    expect(message(input)).toBe(expected);
  });

  it('accepts a JSON-encoded document', () => {
    const doc = { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };
    expect(
      policyInputSchema.parse({ name: 'x', policy_document: JSON.stringify(doc) }).policy_document,
    ).toEqual({ Version: POLICY_VERSION, ...doc });
  });
});

describe('policyFieldPath', () => {
  it.each([
    [['policy_document', 'Statement', 0, 'Action', 2], 'policy_document.Statement[0].Action[2]'],
    [['name'], 'name'],
    [[0, 'x'], '[0].x'],
    [[], ''],
  ])('%j → %s', (path, expected) => {
    expect(policyFieldPath(path)).toBe(expected);
  });
});
