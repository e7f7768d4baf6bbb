// IndexedDB for `*.db.test.ts` in Node: fake-indexeddb is a complete in-memory implementation,
// so storage tests exercise real Dexie code rather than mocks.
import 'fake-indexeddb/auto';
