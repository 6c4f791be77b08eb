/** 'open' only in the end-to-end test build, so Playwright can read our UI; 'closed' in every shipped build. */
declare const __EL_SHADOW_MODE__: 'open' | 'closed';

declare module 'virtual:evidence-record' {
  const record: import('./evidence/record-store').PackedRecord;
  export default record;
}
