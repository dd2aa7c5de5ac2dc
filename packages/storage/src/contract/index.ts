/**
 * The `DocumentStore` contract suite (`@lianban/storage/contract`): import it from test files only,
 * it depends on vitest.
 */
export type {
  ContractContext,
  DocumentStoreContractOptions,
  OpenStore,
} from './contractHarness.ts';
export { describeDocumentStoreContract } from './documentStoreContract.ts';
export type { ManualClock } from './manualClock.ts';
export { createManualClock, manualClockStart } from './manualClock.ts';
