export * from './isRoutingAllowed.ts';
export * from './routingTable.ts';
export * from './suggestRouting.ts';
