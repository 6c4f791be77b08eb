/**
 * An import or review that stopped on purpose: bad input, or a result that
 * would not be a valid record. The message is for the maintainer and names
 * the file, line, element or record at fault; nothing was written.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
