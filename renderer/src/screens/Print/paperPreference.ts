// The paper size the print view starts with: the user's last choice on this machine, else A4
// (the paper of Vietnam and most of the world; Letter is one click away and then remembered).
// Not guessed from the system locale: many people here run an en-US system on A4 paper.
import type { PaperSize } from '../../../../shared/contract';

const KEY = 'prepnote.print.paper';

export function initialPaperSize(): PaperSize {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved === 'A4' || saved === 'Letter') return saved;
  } catch {
    // Storage may be unavailable (privacy settings): the default will do.
  }
  return 'A4';
}

export function rememberPaperSize(paper: PaperSize): void {
  try {
    window.localStorage.setItem(KEY, paper);
  } catch {
    // Not remembered; the choice still holds for this view.
  }
}
