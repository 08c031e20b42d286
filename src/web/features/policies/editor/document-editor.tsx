import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import type { Control, FieldError } from 'react-hook-form';
import type { ReactNode } from 'react';
import type { PolicyInput } from '../../../../shared/schemas/policy';
import { analysePolicyText } from '../document/analyse-policy-text';
import type { PolicyTextAnalysis } from '../document/analyse-policy-text';
import {
  builderToDocument,
  emptyBuilder,
  formatDocument,
  sameBuilder,
} from '../document/builder-model';
import type { BuilderState } from '../document/builder-model';
import { JsonView } from './json-view';
import { PolicyBuilder } from './policy-builder';

type View = 'builder' | 'json';

const VIEWS: readonly { value: View; label: string }[] = [
  { value: 'builder', label: 'Visual editor' },
  { value: 'json', label: 'JSON' },
];

interface ViewTabsProps {
  tab: View;
  onTab: (tab: View) => void;
  views: Record<View, ReactNode>;
}

/** Narrow screens: the visual editor and the JSON as two tabs, one shown at a time. */
function ViewTabs({ tab, onTab, views }: ViewTabsProps) {
  const id = useId();
  return (
    <Box>
      <Tabs
        value={tab}
        onChange={(_e, value: View) => onTab(value)}
        aria-label="Policy document views"
        sx={{ mb: 1.5, borderBottom: 1, borderColor: 'divider' }}
      >
        {VIEWS.map(({ value, label }) => (
          <Tab
            key={value}
            value={value}
            label={label}
            id={`${id}-${value}`}
            aria-controls={`${id}-${value}-panel`}
          />
        ))}
      </Tabs>
      {VIEWS.map(({ value }) => (
        <Box
          key={value}
          role="tabpanel"
          id={`${id}-${value}-panel`}
          aria-labelledby={`${id}-${value}`}
          hidden={tab !== value}
          sx={{ pt: value === 'json' ? 1 : 0 }}
        >
          {views[value]}
        </Box>
      ))}
    </Box>
  );
}

/** Why the builder cannot be used for this text, or null when it can. */
function lockReason(analysis: PolicyTextAnalysis): string | null {
  if (analysis.syntax) {
    return `The JSON has an error (${analysis.syntax.message}). The visual editor shows the last valid document; fix the JSON to edit here again.`;
  }
  if (analysis.problems.length > 0) {
    return `The JSON names ${analysis.problems.length === 1 ? 'a problem' : 'problems'} (${analysis.problems[0]}). The visual editor shows the last valid document until it is fixed.`;
  }
  return analysis.unsupported;
}

/** The first message anywhere in a (possibly nested) field error. */
function firstMessage(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  if (typeof error.message === 'string' && error.message) return error.message;
  for (const value of Object.values(error as Record<string, unknown>)) {
    if (value && typeof value === 'object' && 'message' in value) {
      const found = firstMessage(value as FieldError);
      if (found) return found;
    }
  }
  return undefined;
}

interface DocumentEditorProps {
  control: Control<PolicyInput>;
  /** Once a save was tried, a document without statements is an error, not a hint. */
  submitted: boolean;
}

/**
 * The policy document in two views kept in step: the visual builder and the JSON text. The
 * form holds the text (the schema parses it); the builder reads it whenever it is valid and
 * writes a normalised document back. Side by side on wide screens, as tabs on narrow ones.
 */
export function DocumentEditor({ control, submitted }: DocumentEditorProps) {
  const { field, fieldState } = useController({ control, name: 'policy_document' });
  const text = typeof field.value === 'string' ? field.value : formatDocument(field.value);
  const analysis = useMemo(() => analysePolicyText(text), [text]);

  // The builder follows every valid text and keeps its last state while the text is not.
  const [shown, setShown] = useState<BuilderState>(() => analysis.builder ?? emptyBuilder());
  if (analysis.builder && !sameBuilder(analysis.builder, shown)) setShown(analysis.builder);
  const latest = useRef(shown);
  useEffect(() => {
    latest.current = shown;
  }, [shown]);
  const { onChange } = field;
  const apply = useCallback(
    (change: (state: BuilderState) => BuilderState) => {
      const next = change(latest.current);
      latest.current = next;
      setShown(next);
      onChange(formatDocument(builderToDocument(next)));
    },
    [onChange],
  );

  // noSsr: the right layout from the first render, so the text area is not mounted twice.
  const wide = useMediaQuery(useTheme().breakpoints.up('lg'), { noSsr: true });
  const [tab, setTab] = useState<View>('builder');
  const showJson = useCallback(() => setTab('json'), []);
  const lock = lockReason(analysis);
  const serverError = fieldState.error?.type === 'server' ? fieldState.error.message : undefined;
  const error = serverError ?? (submitted ? firstMessage(fieldState.error) : undefined);

  const builder = (
    <PolicyBuilder
      state={shown}
      apply={apply}
      lock={lock}
      onShowJson={wide ? undefined : showJson}
    />
  );
  const json = (
    <JsonView
      field={{ text, onChange, onBlur: field.onBlur, ref: field.ref }}
      analysis={analysis}
      error={error}
      submitted={submitted}
      rows={wide ? { min: 20, max: 32 } : { min: 12, max: 24 }}
    />
  );
  const emptyNote = analysis.empty && (
    <Typography variant="body2" color={submitted ? 'error' : 'text.secondary'} sx={{ mb: 1 }}>
      {submitted
        ? 'Statement must contain at least one statement: allow or deny at least one action.'
        : 'Nothing chosen yet: allow or deny at least one action.'}
    </Typography>
  );

  if (wide) {
    return (
      <Box sx={{ display: 'grid', gridTemplateColumns: '7fr 5fr', gap: 2, alignItems: 'start' }}>
        <Box component="section" aria-label="Visual editor" sx={{ minWidth: 0 }}>
          {emptyNote}
          {builder}
        </Box>
        <Box
          component="section"
          aria-label="JSON"
          sx={{ position: 'sticky', top: 80, minWidth: 0, pt: 1 }}
        >
          {json}
        </Box>
      </Box>
    );
  }
  const views = {
    builder: (
      <>
        {emptyNote}
        {builder}
      </>
    ),
    json,
  };
  return <ViewTabs tab={tab} onTab={setTab} views={views} />;
}
