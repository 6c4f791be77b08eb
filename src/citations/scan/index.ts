/**
 * The page scanner: finds the citations in a document and where each one's
 * badge goes. See document-scanner.ts for how the parts fit together.
 */
export type { ReadBlock } from './blocks';
export { DocumentScanner, type FoundCitation, type ScanOptions, scanDocument } from './document-scanner';
