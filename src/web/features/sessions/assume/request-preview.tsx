import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import type { StsProxyRequest } from '../../../../shared/schemas/sts';
import { CodeFigure } from '../components/code-figure';
import { curlCommand } from '../model/sts-request';
import type { StsTarget } from '../model/sts-request';

interface RequestPreviewProps {
  /** The request the form would send now, or null while a field is invalid. */
  request: StsProxyRequest | null;
  target: StsTarget;
}

/** The exact STS call the form will make, shown before sending (the token masked). */
export function RequestPreview({ request, target }: RequestPreviewProps) {
  return (
    <Accordion disableGutters variant="outlined" sx={{ mt: 2, '&::before': { display: 'none' } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="body2">Request to send</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {request ? (
          <CodeFigure
            title="curl"
            note={
              request.action === 'AssumeRole'
                ? 'The console sends this with its key; here the key comes from $VULTR_API_KEY.'
                : 'Web identity calls are unsigned: the token is the credential.'
            }
            shown={curlCommand({ target, request, reveal: false })}
            copied={curlCommand({ target, request, reveal: true })}
          />
        ) : (
          <Typography variant="body2" color="text.secondary">
            Complete the form to see the request.
          </Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
