/** 'open' only in the end-to-end test build, so Playwright can read our UI; 'closed' in every shipped build. */
declare const __EL_SHADOW_MODE__: 'open' | 'closed';

declare module 'virtual:evidence-record' {
  const record: import('./evidence/record-store').PackedRecord;
  export default record;
}

declare module 'virtual:evidence-data-manifest' {
  const manifest: import('./open-data/sources').DataManifest;
  export default manifest;
}

declare module 'virtual:evidence-record-size' {
  /** How many studies the bundled record holds. */
  const studies: number;
  export default studies;
}

declare module 'virtual:claim-hints' {
  /** The claims engine's trigger words as one global pattern (source and flags), built at build time. */
  const hints: { source: string; flags: string };
  export default hints;
}

declare module 'virtual:condition-briefs' {
  /** The condition briefs, validated against the record at build time. */
  const briefs: import('./evidence/load-conditions').LoadedBrief[];
  export default briefs;
}
