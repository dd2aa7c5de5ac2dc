import { describeDocumentStoreContract } from './contract/index.ts';
import { createMemoryStore } from './createMemoryStore.ts';

describeDocumentStoreContract('memory', ({ now }) => createMemoryStore({ now }));
