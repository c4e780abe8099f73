/**
 * The one calendar: UK days (`yyyy-MM-dd`), instants in Europe/London, working days and bank
 * holidays, and dates written as UK readers write them. Every date sum in Bid Desk comes from here.
 */
export * from './days';
export * from './format';
export * from './instants';
export * from './relative';
export * from './working-days';
