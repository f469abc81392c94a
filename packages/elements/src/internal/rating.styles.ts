/**
 * Every shared style (card.styles.ts): the card, scale, buttons and comment field. The rating
 * components, tp-feedback and tp-survey start from it.
 */
export { cardStyles as ratingStyles } from './card.styles.js';
