import { describe, expect, it } from 'vitest';
import { POLICY_VERSION } from '../../../../shared/schemas/policy';
import {
  allowAllInCategory,
  builderToDocument,
  categoryActions,
  clearCategory,
  decide,
  documentToBuilder,
  emptyBuilder,
  patternWords,
  sameBuilder,
  summariseCategory,
  withChoice,
} from './builder-model';
import type { BuilderState, Effect, ReadDocument } from './builder-model';

const state = (entries: [string, Effect][], version = POLICY_VERSION): BuilderState => ({
  version,
  choices: new Map(entries),
});

/** Choices in order, each "+pattern" (Allow) or "-pattern" (Deny). */
const choices = (...spec: string[]) =>
  state(spec.map((c): [string, Effect] => [c.slice(1), c.startsWith('+') ? 'Allow' : 'Deny']));

function read(document: ReadDocument): BuilderState {
  const result = documentToBuilder(document);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

describe('builder → document', () => {
  it('writes one Allow and one Deny statement, actions sorted, Resource "*"', () => {
    const built = state([
      ['compute.instance.Start', 'Allow'],
      ['compute.instance.Delete', 'Deny'],
      ['compute.instance.Create', 'Allow'],
      ['compute.*', 'Allow'],
    ]);
    expect(builderToDocument(built)).toEqual({
      Version: POLICY_VERSION,
      Statement: [
        {
          Effect: 'Allow',
          Action: ['compute.*', 'compute.instance.Create', 'compute.instance.Start'],
          Resource: ['*'],
        },
        { Effect: 'Deny', Action: ['compute.instance.Delete'], Resource: ['*'] },
      ],
    });
  });

  it('leaves empty statements out', () => {
    expect(builderToDocument(emptyBuilder())).toEqual({ Version: POLICY_VERSION, Statement: [] });
    expect(builderToDocument(state([['iam.*', 'Deny']])).Statement).toEqual([
      { Effect: 'Deny', Action: ['iam.*'], Resource: ['*'] },
    ]);
  });
});

describe('document → builder', () => {
  it('round-trips a normalised document unchanged', () => {
    const document = {
      Version: '2026-01-01',
      Statement: [
        { Effect: 'Allow' as const, Action: ['*', 'storage.bucket.List'], Resource: ['*'] },
        { Effect: 'Deny' as const, Action: ['iam.user.Delete'], Resource: ['*'] },
      ],
    };
    expect(builderToDocument(read(document))).toEqual(document);
  });

  it('round-trips builder states', () => {
    const built = state(
      [
        ['network.*', 'Allow'],
        ['network.vpc.Delete', 'Deny'],
        ['support.ticket.*', 'Allow'],
      ],
      'v2',
    );
    expect(read(builderToDocument(built))).toEqual(built);
  });

  it('merges several statements of one effect and drops duplicates', () => {
    const built = read({
      Version: POLICY_VERSION,
      Statement: [
        { Effect: 'Allow', Action: ['compute.instance.Read'], Resource: ['*'] },
        {
          Effect: 'Allow',
          Action: ['compute.instance.List', 'compute.instance.Read'],
          Resource: ['*'],
        },
      ],
    });
    expect(builderToDocument(built).Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['compute.instance.List', 'compute.instance.Read'],
        Resource: ['*'],
      },
    ]);
  });

  it('gives Deny precedence when an action is both allowed and denied, in either order', () => {
    for (const order of [
      ['Allow', 'Deny'],
      ['Deny', 'Allow'],
    ] as const) {
      const built = read({
        Version: POLICY_VERSION,
        Statement: order.map((Effect) => ({
          Effect,
          Action: ['iam.role.Delete'],
          Resource: ['*'],
        })),
      });
      expect(built.choices.get('iam.role.Delete')).toBe('Deny');
      expect(builderToDocument(built).Statement).toEqual([
        { Effect: 'Deny', Action: ['iam.role.Delete'], Resource: ['*'] },
      ]);
    }
  });

  it('cannot show statements naming specific resources, and says which', () => {
    expect(
      documentToBuilder({
        Version: POLICY_VERSION,
        Statement: [
          { Effect: 'Allow', Action: ['*'], Resource: ['*'] },
          { Effect: 'Deny', Action: ['compute.*'], Resource: ['abc'] },
        ],
      }),
    ).toEqual({ ok: false, reason: expect.stringMatching(/^Statement\[1\] applies to specific/) });
  });
});

describe('wildcards', () => {
  const operator = read({
    Version: POLICY_VERSION,
    Statement: [
      { Effect: 'Allow', Action: ['compute.instance.*', 'compute.snapshot.*'], Resource: ['*'] },
      { Effect: 'Deny', Action: ['compute.instance.Delete'], Resource: ['*'] },
    ],
  });

  it('keep the wildcard itself as the choice', () => {
    expect([...operator.choices.keys()]).toEqual([
      'compute.instance.*',
      'compute.snapshot.*',
      'compute.instance.Delete',
    ]);
  });

  it('cover the rows below them, the most specific pattern deciding', () => {
    expect(decide(operator, 'compute.instance.Create')).toEqual({
      effect: 'Allow',
      by: 'compute.instance.*',
    });
    expect(decide(operator, 'compute.instance.Delete')).toEqual({
      effect: 'Deny',
      by: 'compute.instance.Delete',
    });
    expect(decide(operator, 'compute.backup.List')).toEqual({ effect: null, by: null });
    expect(decide(operator, 'compute.instance.*')).toEqual({
      effect: 'Allow',
      by: 'compute.instance.*',
    });
  });

  it('a Deny wildcard beats an Allow on the action itself', () => {
    const built = choices('+compute.instance.Create', '-compute.*');
    expect(decide(built, 'compute.instance.Create')).toEqual({ effect: 'Deny', by: 'compute.*' });
  });

  it('`*` covers every category; `compute.*` never covers `computex`', () => {
    const everything = state([['*', 'Allow']]);
    expect(summariseCategory(everything, 'iam')).toEqual({
      allowed: categoryActions('iam').length,
      denied: 0,
      total: categoryActions('iam').length,
    });
    expect(decide(state([['compute.*', 'Allow']]), 'container.registry.List').effect).toBeNull();
  });

  it('are named in words', () => {
    expect(patternWords('*')).toBe('every action');
    expect(patternWords('compute.*')).toBe('all of compute');
    expect(patternWords('compute.instance.*')).toBe('all of compute.instance');
    expect(patternWords('compute.instance.Read')).toBe('compute.instance.Read');
  });
});

describe('category operations', () => {
  it('Select all allows every action of the category, replacing a Deny', () => {
    const built = allowAllInCategory(state([['oidc.issuer.Delete', 'Deny']]), 'oidc');
    expect(builderToDocument(built).Statement).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'oidc.issuer.Create',
          'oidc.issuer.Delete',
          'oidc.issuer.List',
          'oidc.issuer.Read',
        ],
        Resource: ['*'],
      },
    ]);
    expect(summariseCategory(built, 'oidc')).toEqual({ allowed: 4, denied: 0, total: 4 });
  });

  it('Clear removes the category’s choices and wildcards, nothing else', () => {
    const built = choices('+oidc.*', '-oidc.issuer.Read', '+iam.user.List', '-*');
    expect([...clearCategory(built, 'oidc').choices.keys()]).toEqual(['iam.user.List', '*']);
  });

  it('withChoice sets and clears one pattern without touching the original', () => {
    const before = emptyBuilder();
    const after = withChoice(before, 'iam.*', 'Allow');
    expect(before.choices.size).toBe(0);
    expect(withChoice(after, 'iam.*', null).choices.size).toBe(0);
    expect(sameBuilder(after, state([['iam.*', 'Allow']]))).toBe(true);
    expect(sameBuilder(after, state([['iam.*', 'Deny']]))).toBe(false);
  });
});
