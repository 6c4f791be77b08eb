/**
 * The page scanner: finds the citations in a document and where each one's
 * badge goes. document-scanner.ts says how the parts fit together.
 */
export type { ReadBlock } from './blocks';
export { DocumentScanner, type ScanOptions, scanDocument } from './document-scanner';
export type { FoundCitation } from './found-citation';
