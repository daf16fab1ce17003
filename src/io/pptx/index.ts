export { buildDeck, deckSlideCount, isDeckImage } from './deck';
export type {
  DeckGap,
  DeckImage,
  DeckInput,
  DeckOutput,
  DeckSuggestions,
  DeckSummary,
  DeckView,
} from './types';
