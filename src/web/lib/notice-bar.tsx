import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { CheckInSimulator } from './simulator-link';
import type { Notice } from './snackbar';

export interface NoticeBarProps {
  open: boolean;
  /** The notice shown (kept while the bar closes). */
  notice: (Notice & { key: number }) | null;
  /** The notice names a missing permission: it links the simulator and stays longer. */
  refusal: boolean;
  onClose: () => void;
}

/** One notice at the bottom of the screen, with its action and, for a refusal, the simulator. */
export function NoticeBar({ open, notice, refusal, onClose }: NoticeBarProps) {
  return (
    <Snackbar
      key={notice?.key}
      open={open}
      autoHideDuration={notice?.action || refusal ? 8000 : 5000}
      onClose={(_e, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice?.severity ?? 'success'}
        variant="filled"
        onClose={onClose}
        action={
          notice?.action ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                notice.action?.onClick();
                onClose();
              }}
            >
              {notice.action.label}
            </Button>
          ) : undefined
        }
        sx={{ width: '100%' }}
      >
        {notice?.message}
        {refusal && <CheckInSimulator text={notice?.message} onFollow={onClose} />}
      </Alert>
    </Snackbar>
  );
}
