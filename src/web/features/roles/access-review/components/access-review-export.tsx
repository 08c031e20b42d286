import FileDownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNotify } from '../../../../lib/snackbar';
import { loadAccessReview } from '../api/load-access-review';
import { accessReviewCsv, accessReviewJson } from '../model/access-review';

type Format = 'csv' | 'json';

const FORMATS: readonly { format: Format; label: string; detail: string }[] = [
  {
    format: 'csv',
    label: 'CSV',
    detail: 'For a spreadsheet: one line per role, trust and principal',
  },
  { format: 'json', label: 'JSON', detail: 'For scripts: the same rows, lists kept as arrays' },
];

/** Hands a file to the browser's downloads; nothing is kept anywhere else. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Export access review: every assumable role × trust × principal (groups resolved to their
 * members) × conditions × "assumable now", as CSV or JSON — what an auditor asks for each quarter.
 * Read fresh from the API on each export.
 */
export function AccessReviewExport() {
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const notify = useNotify();
  const exporting = useMutation({
    // Reads only: nothing to mark stale.
    meta: { invalidates: [] },
    mutationFn: async (format: Format) => {
      const generatedAt = new Date();
      const rows = await loadAccessReview(new AbortController().signal, generatedAt);
      const stamp = generatedAt.toISOString().slice(0, 19).replaceAll(':', '-');
      if (format === 'csv') {
        download(`access-review-${stamp}.csv`, 'text/csv;charset=utf-8', accessReviewCsv(rows));
      } else {
        download(
          `access-review-${stamp}.json`,
          'application/json',
          accessReviewJson(rows, generatedAt),
        );
      }
      return rows.length;
    },
    onSuccess: (count) =>
      notify({
        message: `Access review exported: ${count} ${count === 1 ? 'line' : 'lines'}`,
      }),
    onError: (error) =>
      notify({
        message: `Could not export the access review: ${error.message}`,
        severity: 'error',
      }),
  });
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        startIcon={<FileDownloadIcon />}
        loading={exporting.isPending}
        loadingPosition="start"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        // The phone shows "Export" alone; the name stays the same everywhere.
        aria-label="Export access review"
      >
        Export
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          &nbsp;access review
        </Box>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {FORMATS.map((f) => (
          <MenuItem
            key={f.format}
            onClick={() => {
              setAnchor(null);
              exporting.mutate(f.format);
            }}
          >
            <ListItemText primary={f.label} secondary={f.detail} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
