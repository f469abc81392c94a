import { cardStyles } from './card.styles.js';
import { fieldStyles } from './field.styles.js';

/**
 * Every shared style: the card (card.styles.ts) and the comment field (field.styles.ts).
 * The rating components and tp-survey use it whole; tp-feedback uses `cardStyles` and its own field rules.
 */
export const ratingStyles = [cardStyles, fieldStyles];
