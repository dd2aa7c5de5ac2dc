import { afterEach, beforeEach, describe } from 'vitest';
import { defineAppendContract } from './appendContract.ts';
import { defineCompactContract } from './compactContract.ts';
import type { DocumentStoreContractOptions, OpenStore } from './contractHarness.ts';
import { createContractHarness } from './contractHarness.ts';
import { defineDeleteContract } from './deleteContract.ts';
import { defineLifecycleContract } from './lifecycleContract.ts';
import { defineListContract } from './listContract.ts';
import { defineMetaContract } from './metaContract.ts';

/**
 * The vitest suite every `DocumentStore` adapter passes (call it at the top level of a test file).
 * `createStore` opens a fresh, empty store for each test and must pass the context's `now` as the
 * store's clock; stores are closed after each test. When `options.reopen` is given (file or
 * database backed adapters), the durability tests close a store and check that a store reopened on
 * the same storage holds everything.
 *
 * @example
 * describeDocumentStoreContract('memory', ({ now }) => createMemoryStore({ now }));
 */
export function describeDocumentStoreContract(
  adapterName: string,
  createStore: OpenStore,
  options: DocumentStoreContractOptions = {},
): void {
  describe(`DocumentStore contract: ${adapterName}`, () => {
    const harness = createContractHarness(createStore, options);
    beforeEach(() => harness.reset());
    afterEach(() => harness.closeAll());
    defineAppendContract(harness);
    defineCompactContract(harness);
    defineListContract(harness);
    defineDeleteContract(harness);
    defineMetaContract(harness);
    defineLifecycleContract(harness);
  });
}
