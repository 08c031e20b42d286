import { lazyPopup } from '../../lib/on-demand';

/**
 * The secret dialog, fetched when first opened: its text field and dialog code are not needed to
 * show the first page.
 */
export const SecretDialog = lazyPopup(() => import('./secret-dialog').then((m) => m.SecretDialog));
