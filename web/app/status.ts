/**
 * How a status looks: a word, a distinct icon shape and a colour, never the colour alone.
 * The colours are also used by the charts and the status bars (see styles.css --status-*).
 */
import { h, svg } from './dom.ts';
import { statusWord } from '../src/i18n.ts';
import type { Lang, ProgressStatus } from '../src/types.ts';

export const statusColours: Record<ProgressStatus, string> = {
  achieved: '#1a7f37',
  on_track: '#1f66b3',
  at_risk: '#a86200',
  off_track: '#c2410c',
  missed: '#a31b1b',
  pending: '#6a4fb3',
  insufficient_data: '#5f6b7a',
  no_data: '#8a94a3',
};

const frame = (body: string) =>
  `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

/** One shape per status: check, rising arrow, warning triangle, falling arrow, cross, hourglass, question, dash. */
const icons: Record<ProgressStatus, string> = {
  achieved: frame('<circle cx="8" cy="8" r="6.5"/><path d="M5 8.2l2 2 4-4.4"/>'),
  on_track: frame('<path d="M3 12.5L12.5 3"/><path d="M6 3h6.5v6.5"/>'),
  at_risk: frame('<path d="M8 1.8L15 14H1z"/><path d="M8 6.5v3.2"/><path d="M8 11.9v.1"/>'),
  off_track: frame('<path d="M3 3.5L12.5 13"/><path d="M12.5 6.5V13H6"/>'),
  missed: frame('<circle cx="8" cy="8" r="6.5"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5"/>'),
  pending: frame(
    '<path d="M4 1.8h8M4 14.2h8"/><path d="M4.5 2c0 3.5 7 4.5 7 6s-7 2.5-7 6"/><path d="M11.5 2c0 3.5-7 4.5-7 6s7 2.5 7 6"/>',
  ),
  insufficient_data: frame(
    '<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.2 2"/><path d="M6.2 6.3a1.9 1.9 0 1 1 2.4 1.8c-.4.2-.6.5-.6.9v.6"/><path d="M8 11.6v.1"/>',
  ),
  no_data: frame('<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.2 2"/><path d="M5 8h6"/>'),
};

export const statusIcon = (status: ProgressStatus): Element => svg(icons[status]);

/** The badge: icon and word together, in the status's colour. */
export const statusBadge = (status: ProgressStatus, lang: Lang): HTMLElement =>
  h(
    'span',
    { class: `status status-${status}`, 'data-status': status },
    statusIcon(status),
    h('span', {}, statusWord(status, lang)),
  );
