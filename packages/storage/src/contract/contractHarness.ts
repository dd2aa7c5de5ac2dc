import type { DocumentStore } from '../documentStore.ts';
import type { ManualClock } from './manualClock.ts';
import { createManualClock, manualClockStart } from './manualClock.ts';

/** What the contract hands an adapter's factory: the store must take its timestamps from `now`. */
export interface ContractContext {
  /** The contract's manual clock; pass it as the store's `now` option. */
  now: () => Date;
}

/**
 * Opens a store for one contract test. Called once per test; a file-backed adapter should use a
 * fresh file each time.
 */
export type OpenStore = (context: ContractContext) => Promise<DocumentStore> | DocumentStore;

/** Options of `describeDocumentStoreContract`. */
export interface DocumentStoreContractOptions {
  /**
   * Opens the storage the latest `createStore` call used again (same file or database), after the
   * test closed it. When given, the durability tests are defined; otherwise they are left out.
   */
  reopen?: OpenStore;
}

/** Shared state of the contract tests: the clock, store factories, and cleanup. */
export interface ContractHarness {
  /** The clock every store opened here reads; reset before each test. */
  clock: ManualClock;
  /** Opens a fresh, empty store. */
  open(): Promise<DocumentStore>;
  /** Reopens the latest store's storage, or `undefined` when the adapter cannot. */
  reopen: (() => Promise<DocumentStore>) | undefined;
  /** Resets the clock; run before each test. */
  reset(): void;
  /** Closes every store opened since the last call; run after each test. */
  closeAll(): Promise<void>;
}

/** Builds the {@link ContractHarness} for one adapter. */
export function createContractHarness(
  createStore: OpenStore,
  options: DocumentStoreContractOptions,
): ContractHarness {
  const clock = createManualClock();
  const context: ContractContext = { now: clock.now };
  let opened: DocumentStore[] = [];
  const track = async (factory: OpenStore): Promise<DocumentStore> => {
    const store = await factory(context);
    opened.push(store);
    return store;
  };
  const { reopen } = options;
  return {
    clock,
    open: () => track(createStore),
    reopen: reopen && (() => track(reopen)),
    reset: () => clock.set(manualClockStart),
    closeAll: async () => {
      const stores = opened;
      opened = [];
      await Promise.all(stores.map((store) => store.close()));
    },
  };
}
