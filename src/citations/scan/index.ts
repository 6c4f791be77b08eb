/**
 * The page scanner: finds the citations in a document and where each one's
 * badge goes. See document-scanner.ts for how the parts fit together.
 */
export { DocumentScanner, type FoundCitation, type ReadBlock, type ScanOptions, scanDocument } from './document-scanner';
